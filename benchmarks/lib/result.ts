/**
 * The common shape of every benchmark part (issue 8): a part measures, then returns one {@link BenchResult} per
 * figure; the runner (benchmarks/run.ts) prints them side by side and writes them as JSON. Parts never fail on
 * a missed target: benchmarks report, they are not timed tests.
 */

/** A target a figure should meet, in the figure's unit, e.g. `{ op: '<=', value: 6 }` for "p50 ≤ 6 s". */
export interface BenchTarget {
  op: '<=' | '>='
  value: number
}

/** One measured figure. */
export interface BenchResult {
  /** The part that measured it, e.g. `intake` (filled in by the runner). */
  part: string
  /** What was measured, readable on its own, e.g. `accepted/s at 50 connections`. */
  metric: string
  /** NaN when the figure could not be measured (the note says why). */
  value: number
  /** Unit of `value`, `target` and `baseline`: `ms`, `s`, `req/s`, `count`. */
  unit: string
  target?: BenchTarget
  /** The same figure for the baseline (e.g. a bare `node:http` + `pg` server); ratio = value / baseline.value. */
  baseline?: { label: string; value: number }
  note?: string
}

/** A figure as a part produces it: the runner adds the part's name. */
export type PartResult = Omit<BenchResult, 'part'>

/** What a part is given. */
export interface PartContext {
  /** Progress lines for the person waiting (stderr); never the results themselves. */
  log: (line: string) => void
}

/** A benchmark part: a module under benchmarks/parts/, runnable alone as `pnpm bench <name>`. */
export interface BenchPart {
  name: string
  /** One line for `pnpm bench --help`. */
  summary: string
  /**
   * Starts what it measures (on a disposable database and temporary folders), measures, stops everything.
   * @throws when what it measures cannot be started at all; a figure it cannot get is a NaN result instead
   */
  run: (context: PartContext) => Promise<PartResult[]>
}

/** True when `value` meets `target`; undefined without a target or a value. */
export function meetsTarget(value: number, target: BenchTarget | undefined): boolean | undefined {
  if (target === undefined || Number.isNaN(value)) return undefined
  return target.op === '<=' ? value <= target.value : value >= target.value
}
