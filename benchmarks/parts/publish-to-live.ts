import { randomBytes } from 'node:crypto'

import { startDisposablePlatform } from '@mist/platform'

import { replicateDocuments } from '../lib/replicate.ts'
import type { BenchPart, PartResult } from '../lib/result.ts'
import { envInteger, percentile } from '../lib/stats.ts'
import { loadThroughRest, uploadImages } from '../lib/synthetic-load.ts'

/** The CMS's default quiet period before a site build, in ms (BUILD_QUIET_MS). */
const quietPeriodMs = 2000

/** Where a change is published and where it shows. */
interface ChangeTarget {
  cmsUrl: string
  auth: Record<string, string>
  /** The training whose French title changes. */
  id: number
  /** Its served page. */
  url: string
  log: (line: string) => void
}

/**
 * Publishes `count` new French titles of the training, one after another, each timed from the API's answer to
 * the served page showing it (polled every 50 ms).
 * @returns the latencies, in ms
 * @throws when a change is not live after `timeoutMs`
 */
async function timeChanges(target: ChangeTarget, count: number, timeoutMs: number) {
  const latencies: number[] = []
  for (let i = 1; i <= count; i += 1) {
    target.log(`change ${i}/${count}`)
    const title = `Formation initiale ${i}-${randomBytes(2).toString('hex')}`
    const response = await fetch(`${target.cmsUrl}/api/trainings/${target.id}?locale=fr`, {
      method: 'PATCH',
      headers: target.auth,
      body: JSON.stringify({ title, _status: 'published' }),
    })
    if (!response.ok) throw new Error(`PATCH answered ${response.status}`)
    const published = performance.now()
    for (;;) {
      const html = await (await fetch(target.url)).text()
      if (html.includes(`<h1>${title}</h1>`)) break
      if (performance.now() - published > timeoutMs) {
        throw new Error(`change ${i} not live after ${timeoutMs / 1000} s`)
      }
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    latencies.push(performance.now() - published)
  }
  return latencies
}

/** The pages and durations of the CMS's latest successful site builds, newest first. */
async function succeededBuilds(cmsUrl: string, auth: Record<string, string>, limit: number) {
  const builds = (await (
    await fetch(
      `${cmsUrl}/api/site-builds?limit=${limit}&sort=-startedAt&where[status][equals]=succeeded`,
      { headers: auth },
    )
  ).json()) as { docs: Array<{ durationMs: number; pages: number }> }
  return builds.docs
}

/**
 * Publish-to-live (issue 8, part 2): the platform as `pnpm start` runs it (built-in site builder, default quiet
 * period), then BENCH_CHANGES (20) published title changes of a seeded training through REST, one after
 * another, each timed from the API's answer to the served page showing the new title (polled every 50 ms).
 * Also the build durations the CMS recorded. Then the same on a large site (issue 8: "5,000-document site
 * reported"): BENCH_LARGE_DOCUMENTS (5,000) synthetic documents added, BENCH_LARGE_CHANGES (5) changes timed
 * after one untimed change that builds the whole site once.
 */
export const publishToLive: BenchPart = {
  name: 'publish-to-live',
  summary:
    'published change to the served page, built-in builder, seeded site then 5,000 documents',
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
      const latencies = await timeChanges(
        { cmsUrl: platform.cmsUrl, auth, id, url, log },
        changes,
        120_000,
      )
      const builds = await succeededBuilds(platform.cmsUrl, auth, 100)
      const buildTimes = builds.map((build) => build.durationMs)
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
          metric: `site build (${builds[0]?.pages ?? '?'} pages) p${p} over ${buildTimes.length} builds`,
          value: seconds(percentile(buildTimes, p)),
          unit: 's',
        })),
      ]

      // The same changes on a site of BENCH_LARGE_DOCUMENTS (5,000) synthetic documents besides the seed:
      // 500 through REST, the rest copied in SQL (replicate.ts; copies trigger no build).
      const largeDocuments = envInteger('BENCH_LARGE_DOCUMENTS', 5000)
      const largeChanges = envInteger('BENCH_LARGE_CHANGES', 5)
      if (largeDocuments > 0 && largeChanges > 0) {
        const viaRest = Math.min(500, largeDocuments)
        log(`loading ${viaRest} documents through REST`)
        const images = await uploadImages(platform.cmsUrl, auth.Authorization, 3)
        const templates = await loadThroughRest(
          platform.cmsUrl,
          auth.Authorization,
          viaRest,
          images,
        )
        const copies = Math.ceil((largeDocuments - viaRest) / viaRest)
        log(`copying them ${copies} times in SQL (${largeDocuments} documents)`)
        for (const [collection, ids] of templates) {
          await replicateDocuments(platform.databaseUrl, collection, ids, 1, copies)
        }
        // One untimed change first: the builds queued while loading, and the first build of the whole site.
        log('a first change, untimed, to build the large site')
        await timeChanges({ cmsUrl: platform.cmsUrl, auth, id, url, log }, 1, 900_000)
        const large = await timeChanges(
          { cmsUrl: platform.cmsUrl, auth, id, url, log },
          largeChanges,
          900_000,
        )
        const largeBuilds = await succeededBuilds(platform.cmsUrl, auth, largeChanges)
        const at = `${largeDocuments.toLocaleString('en-US')}-document site`
        results.push(
          {
            metric: `publish-to-live p50 over ${largeChanges} changes, ${at}`,
            value: seconds(percentile(large, 50)),
            unit: 's',
            note: `${largeBuilds[0]?.pages ?? '?'} pages per build; max ${seconds(Math.max(...large))} s`,
          },
          {
            metric: `publish-to-live p95 over ${largeChanges} changes, ${at}`,
            value: seconds(percentile(large, 95)),
            unit: 's',
          },
          {
            metric: `site build p50 over ${largeBuilds.length} builds, ${at}`,
            value: seconds(
              percentile(
                largeBuilds.map((build) => build.durationMs),
                50,
              ),
            ),
            unit: 's',
          },
        )
      }
      return results
    } finally {
      await dispose()
    }
  },
}
