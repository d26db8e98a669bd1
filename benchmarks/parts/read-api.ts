import { locales } from '@mist/schema'

import { ensureCmsBuilt, startCmsUnderTest } from '../lib/cms-under-test.ts'
import type { BenchPart, PartResult } from '../lib/result.ts'
import { envInteger, percentile, roundMs } from '../lib/stats.ts'

/** Publications the listing reads; the seed's are copied until there are at least this many. */
const publicationCount = 100

interface Doc {
  id: number
  [field: string]: unknown
}

// Fields Payload sets itself; a copy must not carry them.
const generated = ['id', 'createdAt', 'updatedAt', 'slug', 'translations', 'missingTranslations']
const copyOf = (doc: Doc, suffix: string): Record<string, unknown> => {
  const data = Object.fromEntries(
    Object.entries(doc).filter(([field]) => !generated.includes(field)),
  )
  // With locale=all a localized title is { fr, en }: each locale's title gets the suffix.
  const title =
    typeof doc.title === 'object' && doc.title !== null
      ? Object.fromEntries(
          Object.entries(doc.title as Record<string, unknown>).map(([locale, text]) => [
            locale,
            typeof text === 'string' ? `${text} ${suffix}` : text,
          ]),
        )
      : `${String(doc.title)} ${suffix}`
  return { ...data, title, _status: 'published' }
}

/** Times `count` sequential GETs of `url` (anonymous, as the site reads); @throws on an answer other than 200 */
async function timeReads(url: string, count: number): Promise<number[]> {
  const latencies: number[] = []
  for (let i = 0; i < count; i += 1) {
    const began = performance.now()
    const response = await fetch(url)
    await response.arrayBuffer()
    latencies.push(performance.now() - began)
    if (response.status !== 200) throw new Error(`GET ${url} answered ${response.status}`)
  }
  return latencies
}

/**
 * Read API (issue 8, part 4): p50/p95 of BENCH_READS (200) sequential anonymous REST reads, per locale, of one
 * seeded page at depth 1 and of a listing of 100 publications at depth 1; the seed's publications are first
 * copied (published, both locales) through REST until there are 100.
 */
export const readApi: BenchPart = {
  name: 'read-api',
  summary: 'REST reads: one page at depth 1, 100 publications, per locale',
  run: async ({ log }) => {
    const reads = envInteger('BENCH_READS', 200)
    await ensureCmsBuilt(log)
    const cms = await startCmsUnderTest()
    try {
      const authorization = await cms.signIn()
      const headers = { 'Content-Type': 'application/json', Authorization: authorization }
      const get = async (path: string) => {
        const response = await fetch(`${cms.url}${path}`, { headers })
        if (!response.ok) throw new Error(`GET ${path} answered ${response.status}`)
        return (await response.json()) as { docs: Doc[]; totalDocs: number }
      }
      const seeded = await get('/api/publications?limit=100&depth=0&locale=all')
      if (seeded.docs.length === 0) throw new Error('the seed has no publication to copy')
      log(`copying publications: ${seeded.totalDocs} seeded, ${publicationCount} wanted`)
      for (let i = seeded.totalDocs; i < publicationCount; i += 1) {
        const source = seeded.docs[i % seeded.docs.length]
        if (!source) continue
        // locale=all: localized fields are sent as { fr, en } objects and stored in both locales at once.
        const response = await fetch(`${cms.url}/api/publications?locale=all&depth=0`, {
          method: 'POST',
          headers,
          body: JSON.stringify(copyOf(source, `(${i})`)),
        })
        if (!response.ok) {
          throw new Error(
            `copying a publication answered ${response.status}: ${await response.text()}`,
          )
        }
      }
      const page = (await get('/api/pages?limit=1&depth=0')).docs[0]
      if (!page) throw new Error('the seed has no page')

      const results: PartResult[] = []
      for (const locale of locales) {
        // The listing must hold what it claims: 100 published publications, titled in this locale.
        const listing = (await (
          await fetch(
            `${cms.url}/api/publications?limit=${publicationCount}&depth=0&locale=${locale}`,
          )
        ).json()) as { docs: Array<{ title?: unknown }> }
        const titled = listing.docs.filter(
          (doc) => typeof doc.title === 'string' && doc.title !== '',
        )
        if (titled.length < publicationCount) {
          throw new Error(
            `the public listing in ${locale} has ${titled.length} titled publications, not ${publicationCount}`,
          )
        }
        log(`${reads} reads of a page and of 100 publications in ${locale}`)
        const pageReads = await timeReads(
          `${cms.url}/api/pages/${page.id}?depth=1&locale=${locale}`,
          reads,
        )
        const listReads = await timeReads(
          `${cms.url}/api/publications?limit=${publicationCount}&depth=1&locale=${locale}`,
          reads,
        )
        for (const [what, latencies] of [
          ['one page, depth 1', pageReads],
          [`${publicationCount} publications, depth 1`, listReads],
        ] as const) {
          for (const p of [50, 95]) {
            results.push({
              metric: `GET ${what}, ${locale}, p${p}`,
              value: roundMs(percentile(latencies, p)),
              unit: 'ms',
            })
          }
        }
      }
      return results
    } finally {
      await cms.dispose()
    }
  },
}
