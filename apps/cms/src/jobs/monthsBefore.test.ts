import { describe, expect, it } from 'vitest'

import { monthsBefore } from './monthsBefore.ts'

describe('retention cut-off', () => {
  it('goes back whole calendar months, across years', () => {
    expect(monthsBefore(new Date('2026-11-29T03:00:00.000Z'), 12).toISOString()).toBe(
      '2025-11-29T03:00:00.000Z',
    )
    expect(monthsBefore(new Date('2026-02-15T00:00:00.000Z'), 3).toISOString()).toBe(
      '2025-11-15T00:00:00.000Z',
    )
  })

  it('stops at the end of a shorter month instead of spilling into the next', () => {
    expect(monthsBefore(new Date('2026-03-31T12:00:00.000Z'), 1).toISOString()).toBe(
      '2026-02-28T12:00:00.000Z',
    )
  })
})
