/**
 * `pnpm bench [part …]` (issue 8): runs the benchmark parts one after another (all of them without
 * arguments), prints a markdown table of every figure (value, target, baseline, ratio), and writes the raw
 * figures to `benchmarks/results/<timestamp>.json` (git-ignored). A missed target is reported, never an error:
 * the exit code is 1 only when a part could not run at all. `pnpm bench --help` lists the parts and the
 * environment variables that shorten them.
 */
import { markdownTable, writeRunRecord } from './lib/report.ts'
import type { BenchPart, BenchResult } from './lib/result.ts'
import { buildScale } from './parts/build-scale.ts'
import { coldStart } from './parts/cold-start.ts'
import { intake } from './parts/intake.ts'
import { pageQuality } from './parts/page-quality.ts'
import { publishToLive } from './parts/publish-to-live.ts'
import { readApi } from './parts/read-api.ts'

/** Every part, in the order `pnpm bench` runs them. */
const parts: BenchPart[] = [coldStart, readApi, intake, publishToLive, pageQuality, buildScale]

const knobs = `Environment (for short runs while developing):
  BENCH_SECONDS       intake: seconds per load run (default 30)
  BENCH_CONNECTIONS   intake: connection counts, comma-separated (default 10,50,200)
  BENCH_CHANGES       publish-to-live: published changes (default 20)
  BENCH_LARGE_DOCUMENTS  publish-to-live: documents of the large site (default 5000; 0: skip it)
  BENCH_LARGE_CHANGES publish-to-live: published changes on the large site (default 5)
  BENCH_READS         read-api: requests per figure (default 200)
  BENCH_STARTS        cold-start: CMS starts timed (default 5)
  BENCH_SCALES        build-scale: document counts, comma-separated (default 500,5000,20000)
  BENCH_TEMPLATES     page-quality: templates measured, comma-separated, e.g. search (default all)
  BENCH_PAGES         page-quality: pages measured (default every template in every locale)
  BENCH_CPU_PROFILE   a folder: the benchmarked CMS writes a V8 CPU profile there when it stops
  DATABASE_URL        a PostgreSQL server to use (else an embedded one)`

const args = process.argv.slice(2)
if (args.includes('--help') || args.includes('-h')) {
  console.log(
    `pnpm bench [part …]\n\nParts:\n${parts.map((part) => `  ${part.name.padEnd(18)}${part.summary}`).join('\n')}\n\n${knobs}`,
  )
  process.exit(0)
}
const unknown = args.filter((name) => !parts.some((part) => part.name === name))
if (unknown.length > 0) {
  console.error(
    `Unknown benchmark part: ${unknown.join(', ')}. Parts: ${parts.map((part) => part.name).join(', ')}`,
  )
  process.exit(2)
}
const selected = args.length === 0 ? parts : parts.filter((part) => args.includes(part.name))

const startedAt = new Date().toISOString()
const results: BenchResult[] = []
const failures: Array<{ part: string; error: string }> = []
for (const part of selected) {
  const began = performance.now()
  const log = (line: string) => console.error(`[${part.name}] ${line}`)
  log('starting')
  try {
    const figures = await part.run({ log })
    results.push(...figures.map((figure) => ({ part: part.name, ...figure })))
    log(`done in ${Math.round((performance.now() - began) / 1000)} s`)
  } catch (error) {
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error)
    failures.push({ part: part.name, error: message })
    log(`failed: ${message}`)
  }
}

const file = writeRunRecord({
  startedAt,
  finishedAt: new Date().toISOString(),
  parts: selected.map((part) => part.name),
  failures,
  results,
})
console.log(`\n${markdownTable(results)}\n`)
if (failures.length > 0)
  console.log(`Parts that could not run: ${failures.map((f) => f.part).join(', ')}`)
console.log(`Raw figures: ${file}`)
process.exitCode = failures.length > 0 ? 1 : 0
