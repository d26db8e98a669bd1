/**
 * Publish-to-live latency (issue 3): the platform as `pnpm start` runs it (default quiet period 2 s), then ten
 * published title changes through the REST API, each timed from the API's answer to the served page showing the
 * new title (polled every 50 ms). Prints p50/p95 and the build durations the CMS recorded.
 * Run: `pnpm bench` (uses DATABASE_URL's server when set, else an embedded PostgreSQL; creates and drops its own
 * database and temporary folder).
 */
import { randomBytes } from 'node:crypto'

import { startDisposablePlatform } from '@mist/platform'

const changes = Number(process.env.BENCH_CHANGES ?? 10)
const { platform, dispose } = await startDisposablePlatform({ prefix: 'bench' })

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN

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
      if (performance.now() - published > 120_000)
        throw new Error(`change ${i} not live after 120 s`)
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
  const sorted = [...latencies].sort((a, b) => a - b)
  const buildTimes = builds.docs.map((build) => build.durationMs).sort((a, b) => a - b)
  console.log(
    `publish-to-live over ${changes} changes (quiet period 2 s): p50 ${(percentile(sorted, 50) / 1000).toFixed(2)} s, p95 ${(percentile(sorted, 95) / 1000).toFixed(2)} s, max ${((sorted.at(-1) ?? NaN) / 1000).toFixed(2)} s`,
  )
  console.log(
    `site build (${builds.docs[0]?.pages ?? '?'} pages) over ${buildTimes.length} builds: p50 ${(percentile(buildTimes, 50) / 1000).toFixed(2)} s, p95 ${(percentile(buildTimes, 95) / 1000).toFixed(2)} s`,
  )
} finally {
  await dispose()
}
