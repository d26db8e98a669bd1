import { describe, expect, it } from 'vitest'

import { formatDate, machineDate } from './dates.ts'

describe('dates', () => {
  it('shows a month-precision date as a month, never a day', () => {
    expect(formatDate('2023-06-01T00:00:00.000Z', 'month', 'fr')).toBe('juin 2023')
    expect(formatDate('2023-06-01T00:00:00.000Z', 'month', 'en')).toBe('June 2023')
    expect(machineDate('2023-06-01T00:00:00.000Z', 'month')).toBe('2023-06')
  })

  it('shows a day-precision date in full in each language', () => {
    expect(formatDate('2022-02-18T00:00:00.000Z', 'day', 'fr')).toBe('18 février 2022')
    expect(formatDate('2022-02-18T00:00:00.000Z', 'day', 'en')).toBe('18 February 2022')
  })
})
