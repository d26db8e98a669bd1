import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, request as httpRequest, type Server } from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { repoRoot } from '@mist/platform'
import { locales } from '@mist/schema'
import pg from 'pg'

import { benchSiteUrl, ensureCmsBuilt, startCmsUnderTest } from '../lib/cms-under-test.ts'
import { replicateDocuments } from '../lib/replicate.ts'
import type { BenchPart, PartResult } from '../lib/result.ts'
import { envIntegerList } from '../lib/stats.ts'
import { syntheticCollections, type SyntheticCollection } from '../lib/synthetic-content.ts'
import { loadThroughRest, uploadImages } from '../lib/synthetic-load.ts'

const siteDir = path.join(repoRoot, 'apps', 'site')
const astroBin = path.join(siteDir, 'node_modules', 'astro', 'bin', 'astro.mjs')
const MiB = 1024 * 1024

/** A proxy to the CMS that counts the requests going through it (the site build's HTTP requests). */
async function countingProxy(
  target: string,
): Promise<{ url: string; count: () => number; close: () => Promise<void> }> {
  const upstream = new URL(target)
  let requests = 0
  const server: Server = createServer((req, res) => {
    requests += 1
    const forward = httpRequest(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: req.method,
        path: req.url,
        headers: { ...req.headers, host: upstream.host },
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers)
        answer.pipe(res)
      },
    )
    forward.on('error', () => res.writeHead(502).end())
    req.pipe(forward)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return {
    url: `http://127.0.0.1:${port}`,
    count: () => requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}

/** Resident memory of a process and its descendants, in bytes (Linux /proc; 0 once gone). */
function treeRss(pid: number): number {
  let total = 0
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8')
    total += Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      const children = readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim()
      for (const child of children ? children.split(' ') : []) total += treeRss(Number(child))
    }
  } catch {
    // The process ended between two reads.
  }
  return total
}

/**
 * Runs `astro build` in `root` with `env`, sampling the resident memory of its process tree every 100 ms.
 * @returns wall time (ms) and peak RSS (bytes)
 * @throws with the end of the build's output when it fails
 */
async function timedAstroBuild(
  root: string,
  env: Record<string, string>,
): Promise<{ wallMs: number; peakRss: number; output: string }> {
  const began = performance.now()
  const child = spawn(process.execPath, [astroBin, 'build'], {
    cwd: root,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000)
  }
  child.stdout.on('data', keep)
  child.stderr.on('data', keep)
  let peakRss = 0
  const sampler = setInterval(() => {
    if (child.pid !== undefined) peakRss = Math.max(peakRss, treeRss(child.pid))
  }, 100)
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>(
    (resolve, reject) => {
      child.on('error', reject)
      child.on('exit', (exitCode, exitSignal) => resolve([exitCode, exitSignal]))
    },
  )
  clearInterval(sampler)
  if (code !== 0) {
    // eslint-disable-next-line no-control-regex -- strips ANSI colour codes (ESC [ … m) from Astro's output
    const plain = output.replace(/\u001b\[[0-9;]*m/g, '')
    throw new Error(
      `astro build in ${root} failed (exit ${code ?? signal}):\n${plain.trim().split('\n').slice(-40).join('\n')}`,
    )
  }
  return { wallMs: performance.now() - began, peakRss, output }
}

/**
 * What the site build's compression step reported (apps/site/astro.config.mjs, `mist-precompress`): its
 * duration and the files it compressed, or undefined when the build printed no such line (the baseline).
 */
function precompressed(output: string): { ms: number; files: number; reused: number } | undefined {
  const match =
    /Compressed copies of (\d+) files \(\d+ bytes\) in (\d+) ms: .*?, (\d+) from the cache/.exec(
      // eslint-disable-next-line no-control-regex -- strips ANSI colour codes (ESC [ … m) from Astro's output
      output.replace(/\u001b\[[0-9;]*m/g, ''),
    )
  if (!match) return undefined
  return { files: Number(match[1]), ms: Number(match[2]), reused: Number(match[3]) }
}

/** The compression step's time as a figure (it is part of the build wall time), if the build reported it. */
function compressionFigure(step: ReturnType<typeof precompressed>, at: string): PartResult[] {
  if (!step) return []
  return [
    {
      metric: `build's brotli and gzip copies ${at} (part of the wall time)`,
      value: step.ms / 1000,
      unit: 's',
      note: `${step.files} files; ${step.reused} copies taken from the cache of earlier builds (docs/decisions/024-compression-and-caching.md)`,
    },
  ]
}

/** Pages of a built site: its `index.html` files. */
function countPages(dir: string): number {
  let pages = 0
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name === 'index.html') pages += 1
  }
  return pages
}

/** Transactions committed in `database` so far: with Payload's autocommit reads, about one per SQL query. */
async function committedTransactions(databaseUrl: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const result = await client.query<{ n: string }>(
      'select xact_commit + xact_rollback as n from pg_stat_database where datname = current_database()',
    )
    return Number(result.rows[0]?.n ?? Number.NaN)
  } finally {
    await client.end()
  }
}

/**
 * Checks copies through the REST API as the public reads them: the last copy of every template is published,
 * with its title and slug in every locale.
 * @throws naming the first copy that is missing or incomplete
 */
async function checkCopies(
  cmsUrl: string,
  templates: ReadonlyMap<SyntheticCollection, readonly number[]>,
  copy: number,
): Promise<void> {
  for (const [collection, ids] of templates) {
    const original = ids[0]
    if (original === undefined) continue
    const source = (await (
      await fetch(`${cmsUrl}/api/${collection}/${original}?locale=fr&depth=0`)
    ).json()) as { slug: string }
    const slug = `${source.slug}-${copy}`
    const found = (await (
      await fetch(
        `${cmsUrl}/api/${collection}?locale=all&depth=0&where[slug][equals]=${encodeURIComponent(slug)}`,
      )
    ).json()) as { docs: Array<{ title?: Record<string, string>; slug?: Record<string, string> }> }
    const doc = found.docs[0]
    for (const locale of locales) {
      if (!doc?.title?.[locale] || !doc.slug?.[locale])
        throw new Error(
          `copy ${copy} of ${collection} ${original} is not served complete in ${locale}`,
        )
    }
  }
}

/** Every published document of the synthetic collections, all locales, as the site's API serves it. */
async function exportContent(cmsUrl: string): Promise<Record<string, unknown[]>> {
  const content: Record<string, unknown[]> = {}
  for (const collection of syntheticCollections) {
    const docs: unknown[] = []
    for (let page = 1; ; page += 1) {
      const response = await fetch(
        `${cmsUrl}/api/${collection}?locale=all&depth=0&limit=1000&page=${page}&where[_status][equals]=published`,
      )
      const body = (await response.json()) as { docs: unknown[]; hasNextPage: boolean }
      docs.push(...body.docs)
      if (!body.hasNextPage) break
    }
    content[collection] = docs
  }
  return content
}

/**
 * The baseline: a minimal Astro project (one dynamic page, a plain layout) building one page per document and
 * locale from the exported JSON (title, summary, text's paragraphs). Written under apps/site so it uses the
 * same Astro; removed afterwards.
 */
function writeBaselineProject(dir: string): void {
  mkdirSync(path.join(dir, 'src', 'pages'), { recursive: true })
  writeFileSync(
    path.join(dir, 'astro.config.mjs'),
    "import { defineConfig } from 'astro/config'\nexport default defineConfig({ outDir: process.env.SITE_OUT_DIR })\n",
  )
  writeFileSync(
    path.join(dir, 'src', 'pages', '[...path].astro'),
    `---
import { readFileSync } from 'node:fs'

export function getStaticPaths() {
  const content = JSON.parse(readFileSync(process.env.BENCH_CONTENT_JSON ?? '', 'utf8'))
  const paths = []
  for (const [collection, docs] of Object.entries(content)) {
    for (const doc of docs) {
      for (const locale of ${JSON.stringify(locales)}) {
        const slug = doc.slug?.[locale]
        const title = doc.title?.[locale]
        if (!slug || !title) continue
        paths.push({ params: { path: locale + '/' + collection + '/' + slug }, props: { locale, doc, title } })
      }
    }
  }
  return paths
}
const { locale, doc, title } = Astro.props
const textOf = (node) => node?.text ?? (node?.children ?? []).map(textOf).join('')
const blocks = doc.body?.[locale]?.root?.children ?? []
const summary = doc.summary?.[locale] ?? doc.description?.[locale] ?? ''
---
<html lang={locale}><head><meta charset="utf-8" /><title>{title}</title></head>
<body><main><h1>{title}</h1><p>{summary}</p>{blocks.map((block) => <p>{textOf(block)}</p>)}</main></body></html>
`,
  )
}

/**
 * Build scale (issue 8, part 1): synthetic documents (tests' shapes: pages and publications with rich text
 * holding an internal link and an image, hearings, trainings; French and English) loaded through the CMS's REST
 * API for the first of BENCH_SCALES (500: each validated as an editor's would be), then copied in SQL up to the
 * next ones (5,000, 20,000; lib/replicate.ts) and checked through the API; at each scale the real site (apps/site) is built from the running CMS, through a proxy counting its
 * HTTP requests, while its process tree's memory is sampled and PostgreSQL's transaction counter is read; then
 * the same content, exported once to JSON, is built by a minimal Astro project (the baseline).
 */
export const buildScale: BenchPart = {
  name: 'build-scale',
  summary: 'site build at 500 / 5,000 / 20,000 documents vs a minimal Astro build of the same JSON',
  run: async ({ log }) => {
    const scales = envIntegerList('BENCH_SCALES', [500, 5000, 20000]).sort((a, b) => a - b)
    await ensureCmsBuilt(log)
    log('starting a CMS on a fresh database (seeded)')
    const cms = await startCmsUnderTest()
    const work = mkdtempSync(path.join(tmpdir(), 'mist-bench-build-'))
    const baselineDir = mkdtempSync(path.join(siteDir, '.bench-baseline-'))
    const results: PartResult[] = []
    try {
      const auth = await cms.signIn()
      const images = await uploadImages(cms.url, auth, 3)
      writeBaselineProject(baselineDir)
      let loaded = 0
      /** Documents loaded through REST (the first scale): the ones copied for larger scales. */
      let loaded0 = 0
      let previous: { scale: number; docs: number; requests: number } | undefined
      // The first scale is loaded through REST (every document validated as an editor's); larger scales copy
      // those documents in SQL (replicate.ts) and check copies through the API.
      const templates = new Map<SyntheticCollection, number[]>()
      let nextCopy = 1
      for (const scale of scales) {
        const began = performance.now()
        if (loaded === 0) {
          log(`loading documents 1–${scale} through REST`)
          for (const [collection, ids] of await loadThroughRest(cms.url, auth, scale, images)) {
            templates.set(collection, ids)
          }
        } else {
          const copies = Math.ceil((scale - loaded) / loaded0)
          log(`copying the ${loaded0} documents ${copies} times in SQL (up to ${scale})`)
          for (const [collection, ids] of templates) {
            await replicateDocuments(
              cms.database.url,
              collection,
              ids,
              nextCopy,
              nextCopy + copies - 1,
            )
          }
          nextCopy += copies
          await checkCopies(cms.url, templates, nextCopy - 1)
        }
        const loadSeconds = (performance.now() - began) / 1000
        loaded = scale
        if (loaded0 === 0) loaded0 = scale

        log(`building the site at ${scale} documents`)
        const proxy = await countingProxy(cms.url)
        const out = path.join(work, `site-${scale}`)
        const before = await committedTransactions(cms.database.url)
        let site: { wallMs: number; peakRss: number; output: string }
        try {
          site = await timedAstroBuild(siteDir, {
            CMS_URL: proxy.url,
            SITE_URL: benchSiteUrl,
            SITE_OUT_DIR: out,
          })
        } finally {
          await proxy.close()
        }
        // PostgreSQL publishes its counters about once a second (pgstat): let them settle.
        await new Promise((resolve) => setTimeout(resolve, 1500))
        const sql = (await committedTransactions(cms.database.url)) - before
        const requests = proxy.count()
        const pages = countPages(out)
        rmSync(out, { recursive: true, force: true })

        log(`baseline build at ${scale} documents`)
        const json = path.join(work, `content-${scale}.json`)
        const content = await exportContent(cms.url)
        writeFileSync(json, JSON.stringify(content))
        const baselineOut = path.join(work, `baseline-${scale}`)
        const baseline = await timedAstroBuild(baselineDir, {
          BENCH_CONTENT_JSON: json,
          SITE_OUT_DIR: baselineOut,
        })
        const baselinePages = countPages(baselineOut)
        rmSync(baselineOut, { recursive: true, force: true })
        rmSync(json, { force: true })

        const docs = Object.values(content).reduce((sum, list) => sum + list.length, 0)
        const msPerPage = site.wallMs / pages
        const baselineMsPerPage = baseline.wallMs / baselinePages
        const at = `at ${scale.toLocaleString('en-US')} documents`
        const tenThousandPages = pages >= 8000 && pages <= 12000
        results.push(
          {
            metric:
              scale === scales[0]
                ? `load time ${at} (REST, 2 writes per document)`
                : `load time ${at} (SQL copies of the REST documents, checked through the API)`,
            value: loadSeconds,
            unit: 's',
          },
          { metric: `pages built ${at}`, value: pages, unit: 'count' },
          { metric: `build wall time ${at}`, value: site.wallMs / 1000, unit: 's' },
          {
            metric: `build ms per page ${at}`,
            value: msPerPage,
            unit: 'ms',
            ...(tenThousandPages ? { target: { op: '<=' as const, value: 3 } } : {}),
            baseline: { label: 'minimal Astro from JSON, ms per page', value: baselineMsPerPage },
            note: `baseline built ${baselinePages} pages in ${(baseline.wallMs / 1000).toFixed(1)} s (peak ${Math.round(baseline.peakRss / MiB)} MiB); target ours/baseline ≤ 1.3`,
          },
          {
            metric: `build peak RSS ${at}`,
            value: site.peakRss / MiB,
            unit: 'MiB',
            ...(tenThousandPages ? { target: { op: '<=' as const, value: 1536 } } : {}),
          },
          { metric: `build HTTP requests to the CMS ${at}`, value: requests, unit: 'count' },
          ...compressionFigure(precompressed(site.output), at),
          ...(previous
            ? [
                {
                  metric: `documents × locales per added request, ${previous.scale.toLocaleString('en-US')} → ${scale.toLocaleString('en-US')} documents`,
                  value:
                    ((docs - previous.docs) * locales.length) /
                    Math.max(1, requests - previous.requests),
                  unit: 'docs',
                  target: { op: '>=' as const, value: 100 },
                  note: 'documents added (in each locale) over the requests they added to the build: ≥ 100 means the build reads lists in pages (of 500 documents: apps/site/src/lib/cms.ts), never one request per document',
                },
              ]
            : []),
          {
            metric: `SQL transactions during the build ${at}`,
            value: sql,
            unit: 'count',
            note: 'pg_stat_database xact_commit + xact_rollback of the CMS database over the build (each autocommit query is one)',
          },
        )
        previous = { scale, docs, requests }
        log(
          `${scale}: ${pages} pages in ${(site.wallMs / 1000).toFixed(1)} s (${msPerPage.toFixed(2)} ms/page), ${requests} requests, ${sql} transactions; baseline ${baselineMsPerPage.toFixed(2)} ms/page`,
        )
      }
      const perPage = results.filter((result) => result.metric.startsWith('build ms per page'))
      const first = perPage.find((result) => result.target !== undefined) ?? perPage[0]
      const last = perPage.at(-1)
      if (first && last && first !== last) {
        results.push({
          metric: 'build ms per page, largest scale ÷ 10,000-page scale',
          value: last.value / first.value,
          unit: '×',
          note: 'linear growth keeps the time per page flat: ≈ 1',
        })
      }
      return results
    } finally {
      rmSync(baselineDir, { recursive: true, force: true })
      rmSync(work, { recursive: true, force: true })
      await cms.dispose()
    }
  },
}
