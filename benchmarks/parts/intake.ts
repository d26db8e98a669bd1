import { spawn } from 'node:child_process'
import { createInterface } from 'node:readline'
import path from 'node:path'

import { createTestDatabase, freePort, terminate } from '@mist/platform'
import pg from 'pg'

import {
  benchSiteUrl,
  ensureCmsBuilt,
  startCmsUnderTest,
  type CmsUnderTest,
} from '../lib/cms-under-test.ts'
import { runLoad, sampleLatency, type LoadRun } from '../lib/load.ts'
import { cpuSeconds } from '../lib/process-cpu.ts'
import type { BenchPart, PartResult } from '../lib/result.ts'
import { envInteger, envIntegerList, percentile, roundMs } from '../lib/stats.ts'

/** Connections at which the issue sets its targets. */
const targetConnections = 50

/**
 * A valid quote request (packages/schema/src/quote-request.ts) for the published training `trainingId`.
 * `[<id>]` becomes a new random id per request (autocannon's idReplacement): every body differs, so the
 * duplicate rule (same fields within 10 minutes) merges none; no `Idempotency-Key` is sent.
 */
const quoteRequestBody = (trainingId: number) =>
  JSON.stringify({
    name: 'Camille Durand',
    organisation: 'Service éducatif [<id>]',
    email: 'camille.durand@example.org',
    training: String(trainingId),
    participants: 12,
    message: 'Nous souhaitons former notre équipe (demande [<id>]).',
    locale: 'fr',
    consent: true,
  })

const postHeaders = { 'Content-Type': 'application/json', Origin: benchSiteUrl }

/** Rows in `form_submissions`, where the intake stores requests. */
async function storedSubmissions(databaseUrl: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const result = await client.query<{ n: number }>(
      'select count(*)::int as n from form_submissions',
    )
    return result.rows[0]?.n ?? NaN
  } finally {
    await client.end()
  }
}

// Answers to requests in flight when autocannon stops are never read, but the server still stores them.
const settle = () => new Promise((resolve) => setTimeout(resolve, 2000))

/** Starts benchmarks/lib/baseline-intake-server.ts on `databaseUrl`; resolves once it listens. */
async function startBaselineServer(databaseUrl: string) {
  const port = await freePort()
  const child = spawn(
    process.execPath,
    [path.join(import.meta.dirname, '../lib/baseline-intake-server.ts')],
    {
      env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port) },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  )
  const lines = createInterface({ input: child.stdout })
  await new Promise<void>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the baseline server exited (${code})`)))
    lines.on('line', (line) => {
      if (line === 'listening') resolve()
    })
  })
  const url = `http://127.0.0.1:${port}`
  const rows = async () => {
    const { rows } = (await (await fetch(`${url}/count`)).json()) as { rows: number }
    return rows
  }
  return { url, rows, pid: child.pid, stop: () => terminate(child) }
}

/** One load run against an intake, with what it stored meanwhile. */
interface IntakeRun {
  load: LoadRun
  stored: number
  /** CPU time the server process used per answer, in ms (NaN without /proc). */
  cpuMsPerAnswer: number
  /** The server process's CPU use over the run, in % of one core. */
  cpuPercent: number
}

/** The server's CPU use while `load` ran, from its CPU seconds before and after. */
function cpuFigures(load: LoadRun, cpuBefore: number, cpuAfter: number) {
  const used = cpuAfter - cpuBefore
  const answers = Object.values(load.statuses).reduce((sum, n) => sum + n, 0)
  return { cpuMsPerAnswer: (used * 1000) / answers, cpuPercent: (used / load.seconds) * 100 }
}

async function floodIntake(
  url: string,
  trainingId: number,
  connections: number,
  seconds: number,
  count: () => Promise<number>,
  pid: number | undefined,
): Promise<IntakeRun> {
  const before = await count()
  const cpuBefore = cpuSeconds(pid)
  const load = await runLoad({
    url,
    connections,
    seconds,
    method: 'POST',
    headers: postHeaders,
    body: quoteRequestBody(trainingId),
    idReplacement: true,
  })
  const cpu = cpuFigures(load, cpuBefore, cpuSeconds(pid))
  await settle()
  return { load, stored: (await count()) - before, ...cpu }
}

/**
 * Form intake (issue 8, part 3): valid, distinct quote requests to `POST /api/forms/quote-request` with
 * autocannon at each of BENCH_CONNECTIONS (10, 50, 200) for BENCH_SECONDS (30) each, with the rate limits
 * raised out of reach (window 1 s, 10,000 per client, 1,000,000 per form) and no email server: accepted/s,
 * p50/p95/p99, errors, and the submissions stored against the 201 answers. Then the same flood (largest
 * connection count) on a CMS with the default limits: rejected/s and the latency of `GET /api/pages` meanwhile,
 * against the same route when quiet. Baseline: a bare `node:http` + `pg` INSERT server on the same database.
 */
export const intake: BenchPart = {
  name: 'intake',
  summary: 'form intake under load (limits raised, then on) vs a bare node:http + pg server',
  run: async ({ log }) => {
    const seconds = envInteger('BENCH_SECONDS', 30)
    const connectionCounts = envIntegerList('BENCH_CONNECTIONS', [10, 50, 200])
    const floodConnections = Math.max(...connectionCounts)
    await ensureCmsBuilt(log)
    const database = await createTestDatabase()
    const count = () => storedSubmissions(database.url)
    let cms: CmsUnderTest | undefined
    try {
      log('starting the CMS with the rate limits raised')
      cms = await startCmsUnderTest(
        {
          FORM_RATE_LIMIT_PER_CLIENT: '10000',
          FORM_RATE_LIMIT_GLOBAL: '1000000',
          FORM_RATE_LIMIT_WINDOW_SECONDS: '1',
        },
        database,
      )
      const trainings = (await (
        await fetch(`${cms.url}/api/trainings?limit=1&depth=0&locale=fr`)
      ).json()) as { docs: Array<{ id: number }> }
      const trainingId = trainings.docs[0]?.id
      if (trainingId === undefined) throw new Error('the seed has no published training')
      const intakeUrl = `${cms.url}/api/forms/quote-request`

      const raised: IntakeRun[] = []
      for (const connections of connectionCounts) {
        log(`limits raised: ${connections} connections for ${seconds} s`)
        raised.push(
          await floodIntake(
            intakeUrl,
            trainingId,
            connections,
            seconds,
            count,
            cms.process.child.pid,
          ),
        )
      }
      await cms.stop()
      cms = undefined

      log('starting the CMS with the default rate limits')
      cms = await startCmsUnderTest(
        {
          FORM_RATE_LIMIT_PER_CLIENT: '',
          FORM_RATE_LIMIT_GLOBAL: '',
          FORM_RATE_LIMIT_WINDOW_SECONDS: '',
        },
        database,
      )
      const pagesUrl = `${cms.url}/api/pages?locale=fr&depth=1&limit=10`
      const quietSeconds = Math.min(seconds, 10)
      log(`GET /api/pages, quiet, for ${quietSeconds} s`)
      const quiet = await sampleLatency(
        () => fetch(pagesUrl),
        new Promise((resolve) => setTimeout(resolve, quietSeconds * 1000)),
      )
      log(`limits on: flood of ${floodConnections} connections for ${seconds} s`)
      const floodCpuBefore = cpuSeconds(cms.process.child.pid)
      const floodRun = runLoad({
        url: `${cms.url}/api/forms/quote-request`,
        connections: floodConnections,
        seconds,
        method: 'POST',
        headers: postHeaders,
        body: quoteRequestBody(trainingId),
        idReplacement: true,
      })
      const [flood, duringFlood] = await Promise.all([
        floodRun,
        sampleLatency(() => fetch(pagesUrl), floodRun),
      ])
      const floodCpu = cpuFigures(flood, floodCpuBefore, cpuSeconds(cms.process.child.pid))
      await cms.stop()
      cms = undefined

      log('starting the baseline (node:http + pg)')
      const baseline = await startBaselineServer(database.url)
      const base: IntakeRun[] = []
      try {
        for (const connections of connectionCounts) {
          log(`baseline: ${connections} connections for ${seconds} s`)
          base.push(
            await floodIntake(
              baseline.url,
              trainingId,
              connections,
              seconds,
              baseline.rows,
              baseline.pid,
            ),
          )
        }
      } finally {
        await baseline.stop()
      }

      const results: PartResult[] = []
      raised.forEach((run, index) => {
        const { connections } = run.load
        const baseRun = base[index]
        const label = 'node:http + pg'
        const atTarget = connections === targetConnections
        const answers201 = run.load.statuses[201] ?? 0
        const others = Object.entries(run.load.statuses).filter(([status]) => status !== '201')
        const otherAnswers = others.map(([status, n]) => `${n} × ${status}`)
        const otherCount = others.reduce((sum, [, n]) => sum + n, 0)
        results.push(
          {
            metric: `accepted/s at ${connections} connections (limits raised)`,
            value: run.load.ratePerSecond(201),
            unit: 'req/s',
            ...(atTarget ? { target: { op: '>=', value: 500 } } : {}),
            ...(baseRun ? { baseline: { label, value: baseRun.load.ratePerSecond(201) } } : {}),
          },
          ...(['p50', 'p95', 'p99'] as const).map((p): PartResult => ({
            metric: `intake ${p} at ${connections} connections`,
            value: roundMs(run.load[p]),
            unit: 'ms',
            ...(atTarget && p === 'p95' ? { target: { op: '<=', value: 100 } } : {}),
            ...(baseRun ? { baseline: { label, value: roundMs(baseRun.load[p]) } } : {}),
          })),
          {
            metric: `errors at ${connections} connections (no answer, or not 201)`,
            value: run.load.errors + otherCount,
            unit: 'count',
            ...(otherAnswers.length > 0
              ? { note: `answers other than 201: ${otherAnswers.join(', ')}` }
              : {}),
          },
          {
            metric: `stored submissions − 201 answers at ${connections} connections`,
            value: run.stored - answers201,
            unit: 'count',
            note: `${run.stored} stored (count in form_submissions), ${answers201} answered 201; requests still in flight when the load stops are stored without their answer being read, so 0 to ${connections} is expected, never below 0`,
          },
          {
            metric: `server CPU per answer at ${connections} connections`,
            value: roundMs(run.cpuMsPerAnswer),
            unit: 'ms',
            ...(baseRun ? { baseline: { label, value: roundMs(baseRun.cpuMsPerAnswer) } } : {}),
            note: `CPU time of the server process (user + system) over the run / answers; its CPU use was ${Math.round(run.cpuPercent)} % of one core${baseRun ? ` (baseline ${Math.round(baseRun.cpuPercent)} %)` : ''}. PostgreSQL's own CPU is not counted`,
          },
        )
      })
      const duringP = (p: number) => roundMs(percentile(duringFlood.latencies, p))
      const quietP = (p: number) => roundMs(percentile(quiet.latencies, p))
      results.push(
        {
          metric: `rejected/s (429) under a ${floodConnections}-connection flood (default limits)`,
          value: flood.ratePerSecond(429),
          unit: 'req/s',
          target: { op: '>=', value: 3000 },
          note: `flood answers: ${Object.entries(flood.statuses)
            .map(([status, n]) => `${n} × ${status}`)
            .join(
              ', ',
            )}; ${flood.errors} without an answer; p50 ${roundMs(flood.p50)} ms, p95 ${roundMs(flood.p95)} ms; CMS CPU ${roundMs(floodCpu.cpuMsPerAnswer)} ms per answer, ${Math.round(floodCpu.cpuPercent)} % of one core`,
        },
        ...[50, 95].map((p): PartResult => ({
          metric: `GET /api/pages p${p} during the flood`,
          value: duringP(p),
          unit: 'ms',
          baseline: { label: 'same route, no flood', value: quietP(p) },
          ...(p === 50
            ? {
                note: `pages?locale=fr&depth=1&limit=10, one request at a time: ${duringFlood.latencies.length} during the flood (${duringFlood.failures} not 200), ${quiet.latencies.length} quiet`,
              }
            : {}),
        })),
      )
      return results
    } finally {
      await cms?.stop()
      await database.drop()
    }
  },
}
