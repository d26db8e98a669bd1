/**
 * The `p`-th percentile of `values` by the nearest-rank method (the smallest value with at least p % of the
 * values at or below it). NaN for no values.
 * @param p from 0 (exclusive) to 100
 */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN
  const sorted = [...values].sort((a, b) => a - b)
  return (
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ??
    NaN
  )
}

/** A positive whole number from the environment variable `name`, else `fallback`. @throws naming the variable */
export function envInteger(name: string, fallback: number): number {
  const raw = process.env[name]
  if (raw === undefined || raw === '') return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < 1) {
    throw new Error(`${name} must be a whole number of 1 or more (got "${raw}")`)
  }
  return value
}

/** A comma-separated list of positive whole numbers from `name`, else `fallback`. @throws naming the variable */
export function envIntegerList(name: string, fallback: number[]): number[] {
  const raw = process.env[name]
  if (raw === undefined || raw === '') return fallback
  const values = raw.split(',').map((item) => Number(item.trim()))
  if (values.some((value) => !Number.isInteger(value) || value < 1)) {
    throw new Error(`${name} must be whole numbers of 1 or more separated by commas (got "${raw}")`)
  }
  return values
}

/** Milliseconds, rounded to 0.1 ms for the report. */
export const roundMs = (ms: number): number => Math.round(ms * 10) / 10
