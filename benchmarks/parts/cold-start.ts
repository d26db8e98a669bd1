import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import {
  cmsDir,
  cmsStartCommand,
  dropDatabase,
  freePort,
  startPlatform,
  terminate,
  type PlatformOptions,
} from '@mist/platform'

import { benchSiteUrl, ensureCmsBuilt, startCmsUnderTest } from '../lib/cms-under-test.ts'
import type { BenchPart, PartResult } from '../lib/result.ts'
import { envInteger, percentile } from '../lib/stats.ts'

/** Polls `url` every 20 ms until it answers 200. @returns ms from `since` @throws after `timeoutMs` */
async function firstOk(url: string, since: number, timeoutMs = 120_000): Promise<number> {
  for (;;) {
    try {
      const response = await fetch(url)
      await response.arrayBuffer()
      if (response.status === 200) return performance.now() - since
    } catch {
      // not listening yet
    }
    if (performance.now() - since > timeoutMs)
      throw new Error(`${url} not 200 after ${timeoutMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

/** The platform's options on a temporary folder and a database named for this run, free ports. */
async function platformOptions(dataDir: string, database: string): Promise<PlatformOptions> {
  const [cmsPort, sitePort, previewPort, embeddedDatabasePort] = [
    await freePort(),
    await freePort(),
    await freePort(),
    await freePort(),
  ]
  return {
    dataDir,
    externalDatabaseUrl: process.env.DATABASE_URL || undefined,
    database,
    cmsPort,
    sitePort,
    previewPort,
    embeddedDatabasePort,
    cmsUrl: `http://127.0.0.1:${cmsPort}`,
    siteUrl: `http://127.0.0.1:${sitePort}`,
    quiet: true,
  }
}

/**
 * Cold start (issue 8, part 6). CMS: BENCH_STARTS (5) starts of the built CMS's production server on an
 * already migrated and seeded database, each timed from spawning `node server.ts` to the first 200 of
 * `GET /api/pages` (polled every 20 ms). Platform: what `pnpm start` does on an installation that has run
 * before (built CMS, migrated database, a site release), timed in this process from `startPlatform` to the
 * site's first 200 on `/fr/`: Node's and tsx's own start (well under a second) is not included.
 */
export const coldStart: BenchPart = {
  name: 'cold-start',
  summary: 'CMS start to first 200 on /api/pages; pnpm start (existing build) to a served site',
  run: async ({ log }) => {
    const starts = envInteger('BENCH_STARTS', 5)
    await ensureCmsBuilt(log)
    log('first start: migrations and seed')
    const cms = await startCmsUnderTest()
    const cmsTimes: number[] = []
    try {
      await cms.stop()
      const port = await freePort()
      const [, ...args] = cmsStartCommand(port, '127.0.0.1')
      for (let i = 1; i <= starts; i += 1) {
        log(`CMS start ${i}/${starts}`)
        const began = performance.now()
        const child = spawn(process.execPath, args, {
          cwd: cmsDir,
          env: {
            ...process.env,
            DATABASE_URL: cms.database.url,
            PAYLOAD_SECRET: cms.payloadSecret,
            CMS_URL: `http://127.0.0.1:${port}`,
            SITE_URL: benchSiteUrl,
            SITE_BUILDER: 'off',
            NODE_ENV: 'production',
            NEXT_TELEMETRY_DISABLED: '1',
          },
          stdio: ['ignore', 'ignore', 'inherit'],
        })
        try {
          cmsTimes.push(await firstOk(`http://127.0.0.1:${port}/api/pages?limit=1&depth=0`, began))
        } finally {
          await terminate(child)
        }
      }
    } finally {
      await cms.dispose()
    }

    const dataDir = mkdtempSync(path.join(tmpdir(), 'mist-bench-start-'))
    const database = `mist_bench_${randomBytes(5).toString('hex')}`
    let platformMs: number
    try {
      log('platform, first start (builds the site)')
      const options = await platformOptions(dataDir, database)
      const first = await startPlatform(options)
      await first.stop()
      log('platform, second start')
      const began = performance.now()
      const again = await startPlatform(options)
      try {
        platformMs = await firstOk(`${again.siteUrl}/fr/`, began)
      } finally {
        await again.stop()
      }
    } finally {
      const external = process.env.DATABASE_URL
      if (external) await dropDatabase(external, database).catch(() => {})
      rmSync(dataDir, { recursive: true, force: true })
    }

    const results: PartResult[] = [50, 95].map((p) => ({
      metric: `CMS start to first 200 on /api/pages, p${p} of ${starts}`,
      value: Math.round(percentile(cmsTimes, p)) / 1000,
      unit: 's',
      target: { op: '<=', value: 3 },
    }))
    results.push({
      metric: 'pnpm start (existing build, migrated database) to the site’s first 200',
      value: Math.round(platformMs) / 1000,
      unit: 's',
      note: 'startPlatform in this process, as `pnpm start` runs it, on a temporary folder; Node’s own start is not included',
    })
    return results
  },
}
