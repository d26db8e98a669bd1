import { mkdirSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { meetsTarget, type BenchResult } from './result.ts'

/** Folder of the raw results, one JSON file per run (git-ignored). */
export const resultsDir = path.join(import.meta.dirname, '..', 'results')

const formatNumber = (value: number): string => {
  if (Number.isNaN(value)) return 'n/a'
  if (Math.abs(value) >= 100) return Math.round(value).toLocaleString('en-US')
  return String(Math.round(value * 100) / 100)
}

/**
 * The results as a markdown table: part, metric, value, target (with ✓ met / ✗ missed), baseline and the ratio
 * value / baseline. Notes follow the table, numbered.
 */
export function markdownTable(results: readonly BenchResult[]): string {
  const notes: string[] = []
  const rows = results.map((result) => {
    const met = meetsTarget(result.value, result.target)
    const target = result.target
      ? `${result.target.op === '<=' ? '≤' : '≥'} ${formatNumber(result.target.value)} ${result.unit}${met === undefined ? '' : met ? ' ✓' : ' ✗'}`
      : ''
    const baseline = result.baseline
      ? `${formatNumber(result.baseline.value)} ${result.unit} (${result.baseline.label})`
      : ''
    const ratio =
      result.baseline && result.baseline.value !== 0
        ? `${formatNumber(result.value / result.baseline.value)}×`
        : ''
    let metric = result.metric
    if (result.note) {
      notes.push(result.note)
      metric += ` [${notes.length}]`
    }
    return [
      result.part,
      metric,
      `${formatNumber(result.value)} ${result.unit}`,
      target,
      baseline,
      ratio,
    ]
  })
  const header = ['part', 'metric', 'value', 'target', 'baseline', 'ratio to baseline']
  const line = (cells: readonly string[]) =>
    `| ${cells.map((cell) => cell.replaceAll('|', '\\|')).join(' | ')} |`
  return [
    line(header),
    line(header.map(() => '---')),
    ...rows.map(line),
    ...(notes.length > 0 ? ['', ...notes.map((note, index) => `[${index + 1}] ${note}`)] : []),
  ].join('\n')
}

/** What the JSON file holds: the results and enough about the machine to compare runs. */
export interface RunRecord {
  startedAt: string
  finishedAt: string
  parts: string[]
  /** Parts that stopped with an error, and the error's message. */
  failures: Array<{ part: string; error: string }>
  machine: { cpus: number; loadAverage: number[]; totalMemoryMb: number; node: string }
  environment: Record<string, string>
  results: BenchResult[]
}

/**
 * Writes `record` to `benchmarks/results/<startedAt>.json` (colons replaced, so the name is valid everywhere).
 * @returns the file's path
 */
export function writeRunRecord(record: Omit<RunRecord, 'machine' | 'environment'>): string {
  mkdirSync(resultsDir, { recursive: true })
  const file = path.join(resultsDir, `${record.startedAt.replaceAll(':', '-')}.json`)
  const full: RunRecord = {
    ...record,
    machine: {
      cpus: os.availableParallelism(),
      loadAverage: os.loadavg(),
      totalMemoryMb: Math.round(os.totalmem() / 1024 / 1024),
      node: process.version,
    },
    // The knobs that change what is measured; DATABASE_URL says only whether an external server was used.
    environment: {
      ...Object.fromEntries(
        Object.entries(process.env)
          .filter(([name]) => name.startsWith('BENCH_'))
          .map(([name, value]): [string, string] => [name, value ?? '']),
      ),
      DATABASE_URL: process.env.DATABASE_URL ? 'external server' : 'embedded',
    },
  }
  writeFileSync(file, `${JSON.stringify(full, null, 2)}\n`)
  return file
}
