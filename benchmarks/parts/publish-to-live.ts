import { randomBytes } from 'node:crypto'

import { startDisposablePlatform } from '@mist/platform'

import type { BenchPart, PartResult } from '../lib/result.ts'
import { envInteger, percentile } from '../lib/stats.ts'

/** The CMS's default quiet period before a site build, in ms (BUILD_QUIET_MS). */
const quietPeriodMs = 2000

/**
 * Publish-to-live (issue 8, part 2): the platform as `pnpm start` runs it (built-in site builder, default quiet
 * period), then BENCH_CHANGES (20) published title changes of a seeded training through REST, one after
 * another, each timed from the API's answer to the served page showing the new title (polled every 50 ms).
 * Also the build durations the CMS recorded.
 */
export const publishToLive: BenchPart = {
  name: 'publish-to-live',
  summary: 'published change to the served page, built-in builder, seeded site',
  run: async ({ log }) => {
    const changes = envInteger('BENCH_CHANGES', 20)
    log('starting the platform (builds the CMS or the preview server first when stale)')
    const { platform, dispose } = await startDisposablePlatform({ prefix: 'bench' })
    try {
      const credentials = { email: 'bench@mist.invalid', password: randomBytes(12).toString('hex') }
      const json = { 'Content-Type': 'application/json' }
      await platform.createAdmin(credentials)
      const { token } = (await (
        await fetch(`${platform.cmsUrl}/api/users/login`, {
          method: 'POST',
          headers: json,
          body: JSON.stringify(credentials),
        })
      ).json()) as { token: string }
      const auth = { ...json, Authorization: `JWT ${token}` }
      const { docs } = (await (
        await fetch(
          `${platform.cmsUrl}/api/trainings?locale=fr&where[slug][equals]=formation-initiale`,
          { headers: auth },
        )
      ).json()) as { docs: Array<{ id: number }> }
      const id = docs[0]?.id
      if (id === undefined) throw new Error('The seeded training "formation-initiale" is missing')
      const url = `${platform.siteUrl}/fr/formations/formation-initiale/`

      // Let the start-up build finish first.
      await new Promise((resolve) => setTimeout(resolve, 8000))
      const latencies: number[] = []
      for (let i = 1; i <= changes; i += 1) {
        log(`change ${i}/${changes}`)
        const title = `Formation initiale ${i}-${randomBytes(2).toString('hex')}`
        const response = await fetch(`${platform.cmsUrl}/api/trainings/${id}?locale=fr`, {
          method: 'PATCH',
          headers: auth,
          body: JSON.stringify({ title, _status: 'published' }),
        })
        if (!response.ok) throw new Error(`PATCH answered ${response.status}`)
        const published = performance.now()
        for (;;) {
          const html = await (await fetch(url)).text()
          if (html.includes(`<h1>${title}</h1>`)) break
          if (performance.now() - published > 120_000) {
            throw new Error(`change ${i} not live after 120 s`)
          }
          await new Promise((resolve) => setTimeout(resolve, 50))
        }
        latencies.push(performance.now() - published)
      }
      const builds = (await (
        await fetch(
          `${platform.cmsUrl}/api/site-builds?limit=100&sort=-startedAt&where[status][equals]=succeeded`,
          { headers: auth },
        )
      ).json()) as { docs: Array<{ durationMs: number; pages: number }> }
      const buildTimes = builds.docs.map((build) => build.durationMs)
      const seconds = (ms: number) => Math.round(ms) / 1000
      const results: PartResult[] = [
        {
          metric: `publish-to-live p50 over ${changes} changes`,
          value: seconds(percentile(latencies, 50)),
          unit: 's',
          target: { op: '<=', value: 6 },
          note: `quiet period ${quietPeriodMs / 1000} s included; max ${seconds(Math.max(...latencies))} s`,
        },
        {
          metric: `publish-to-live p95 over ${changes} changes`,
          value: seconds(percentile(latencies, 95)),
          unit: 's',
          target: { op: '<=', value: 15 },
        },
        ...[50, 95].map((p): PartResult => ({
          metric: `site build (${builds.docs[0]?.pages ?? '?'} pages) p${p} over ${buildTimes.length} builds`,
          value: seconds(percentile(buildTimes, p)),
          unit: 's',
        })),
      ]
      return results
    } finally {
      await dispose()
    }
  },
}
