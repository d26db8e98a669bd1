import { createServer, request, type IncomingHttpHeaders } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Readable } from 'node:stream'

import { sql } from '@payloadcms/db-postgres'

import { stampPeer } from '../../src/server/stampPeer.ts'
import { bootPayload, testCmsUrl } from './payload.ts'

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE' | 'PUT' | 'OPTIONS'

let listening: Promise<number> | undefined

/**
 * Serves the CMS's REST route handlers over real HTTP on 127.0.0.1, behind the same peer step as the CMS's
 * production server (apps/cms/server.ts), so tests can connect from chosen loopback addresses.
 * @returns the port
 */
export function serve(): Promise<number> {
  listening ??= (async () => {
    await bootPayload()
    const handlers = await import('../../src/app/(payload)/api/[...slug]/route.ts')
    const server = createServer((req, res) => {
      stampPeer(req)
      const url = new URL(req.url ?? '/', testCmsUrl)
      const method = (req.method ?? 'GET') as Method
      const headers = new Headers()
      for (const [name, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value)
      }
      const hasBody = method !== 'GET' && method !== 'OPTIONS'
      // Streamed as Next.js streams it, so the intake's size limit reads it as in production.
      const body = hasBody ? (Readable.toWeb(req) as ReadableStream<Uint8Array>) : null
      const init: RequestInit & { duplex: 'half' } = { method, headers, body, duplex: 'half' }
      const forwarded = new Request(url, init)
      const slug = url.pathname.replace(/^\/api\//, '').split('/')
      void handlers[method](forwarded, { params: Promise.resolve({ slug }) }).then(
        async (response) => {
          res.writeHead(response.status, Object.fromEntries(response.headers))
          res.end(Buffer.from(await response.arrayBuffer()))
        },
        () => {
          res.writeHead(500)
          res.end()
        },
      )
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    server.unref()
    return (server.address() as AddressInfo).port
  })()
  return listening
}

/** An answer received over HTTP. */
export interface HttpAnswer {
  status: number
  headers: IncomingHttpHeaders
  text: string
}

/**
 * Sends one request over real HTTP to the CMS's REST API from the loopback address `from`
 * (any 127.x.y.z: Linux routes the whole block to the loopback interface), as a client at that address would.
 * @param path under `/api/`, e.g. `forms/quote-request`
 */
export async function httpRequest(
  method: Method,
  path: string,
  init: { from: string; headers?: Record<string, string>; body?: string | Buffer },
): Promise<HttpAnswer> {
  const port = await serve()
  return new Promise((resolve, reject) => {
    const outgoing = request(
      {
        host: '127.0.0.1',
        port,
        method,
        path: `/api/${path}`,
        localAddress: init.from,
        headers: {
          ...init.headers,
          ...(init.body === undefined ? {} : { 'Content-Length': Buffer.byteLength(init.body) }),
        },
        agent: false,
      },
      (incoming) => {
        const chunks: Buffer[] = []
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk))
        incoming.on('end', () =>
          resolve({
            status: incoming.statusCode ?? 0,
            headers: incoming.headers,
            text: Buffer.concat(chunks).toString('utf8'),
          }),
        )
        incoming.on('error', reject)
      },
    )
    outgoing.on('error', reject)
    outgoing.end(init.body)
  })
}

/** Empties the form intake's rate-limit windows, fingerprints and idempotency keys (a fresh quarter of an hour). */
export async function resetFormIntake(): Promise<void> {
  const { payload } = await bootPayload()
  await payload.db.drizzle.execute(
    sql`truncate form_intake.rate_limits, form_intake.fingerprints, form_intake.idempotency_keys`,
  )
  // Loaded after the boot: the intake's module reads the environment bootPayload sets.
  const { forgetRateLimitRefusals } = await import('../../src/endpoints/formIntake.ts')
  forgetRateLimitRefusals()
}

/**
 * {@link httpRequest} with its answer as a fetch `Response` (status, headers, body), for tests written against
 * `Response`: the same assertions, but the request crosses a real TCP connection from `from`.
 */
export async function httpFetch(
  method: Method,
  path: string,
  init: { from: string; headers?: Record<string, string>; body?: string | Buffer },
): Promise<Response> {
  const answer = await httpRequest(method, path, init)
  const headers = new Headers()
  for (const [name, value] of Object.entries(answer.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value)
  }
  const empty = answer.status === 204 || answer.status === 304
  return new Response(empty ? null : answer.text, { status: answer.status, headers })
}
