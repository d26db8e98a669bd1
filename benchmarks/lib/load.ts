import autocannon from 'autocannon'

import { percentile } from './stats.ts'

/** What one load run saw, counted from every answer (autocannon's own histogram has no p95). */
export interface LoadRun {
  connections: number
  /** Length of the run as autocannon measured it, in seconds. */
  seconds: number
  /** Answers per HTTP status. */
  statuses: Record<number, number>
  /** Answers per second with `status`. */
  ratePerSecond: (status: number) => number
  /** Latency percentiles of every answer, in ms. */
  p50: number
  p95: number
  p99: number
  /** Connection errors and timeouts (no answer at all). */
  errors: number
}

/**
 * Sends requests on `connections` keep-alive connections for `seconds` with autocannon (as a library, in this
 * process) and records every answer's status and latency. With `idReplacement`, each `[<id>]` in the body
 * becomes a new random id per request, so no two bodies are equal.
 * @throws when autocannon cannot start (bad URL)
 */
export function runLoad(options: {
  url: string
  connections: number
  seconds: number
  method?: 'GET' | 'POST'
  headers?: Record<string, string>
  body?: string
  idReplacement?: boolean
}): Promise<LoadRun> {
  const latencies: number[] = []
  const statuses: Record<number, number> = {}
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.url,
        connections: options.connections,
        duration: options.seconds,
        method: options.method ?? 'GET',
        ...(options.headers ? { headers: options.headers } : {}),
        ...(options.body === undefined ? {} : { body: options.body }),
        idReplacement: options.idReplacement ?? false,
        timeout: 30,
      },
      (error: unknown, result) => {
        if (error) {
          reject(error instanceof Error ? error : new Error('autocannon could not run'))
          return
        }
        resolve({
          connections: options.connections,
          seconds: result.duration,
          statuses,
          ratePerSecond: (status) => (statuses[status] ?? 0) / result.duration,
          p50: percentile(latencies, 50),
          p95: percentile(latencies, 95),
          p99: percentile(latencies, 99),
          errors: result.errors,
        })
      },
    )
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      statuses[statusCode] = (statuses[statusCode] ?? 0) + 1
      latencies.push(responseTime)
    })
  })
}

/**
 * Times `request` back to back until `until` settles (at most `limit` requests), for the latency of a route
 * while something else loads the server. @returns each request's time in ms, and the statuses that were not 200
 */
export async function sampleLatency(
  request: () => Promise<Response>,
  until: Promise<unknown>,
  limit = 100_000,
): Promise<{ latencies: number[]; failures: number }> {
  let done = false
  void until.finally(() => {
    done = true
  })
  const latencies: number[] = []
  let failures = 0
  while (!done && latencies.length < limit) {
    const began = performance.now()
    try {
      const response = await request()
      await response.arrayBuffer()
      if (response.status !== 200) failures += 1
    } catch {
      failures += 1
    }
    latencies.push(performance.now() - began)
  }
  return { latencies, failures }
}
