import { describe, expect, it } from 'vitest'

import { OverLimitMemo } from './overLimitMemo.ts'

describe('over-limit memo', () => {
  it('refuses a key remembered over its limit until its window ends, then asks again', () => {
    const memo = new OverLimitMemo()
    memo.remember('client-a', 120, 1_000_000)
    expect(memo.retryAfter('client-a', 1_000_000)).toBe(120)
    expect(memo.retryAfter('client-a', 1_000_000 + 119_500)).toBe(1)
    expect(memo.retryAfter('client-a', 1_000_000 + 120_000)).toBeNull()
    expect(memo.retryAfter('client-b', 1_000_000)).toBeNull()
  })

  it('keeps at most its bound of keys, dropping expired ones first', () => {
    const memo = new OverLimitMemo(2)
    memo.remember('old', 1, 0)
    memo.remember('live', 600, 0)
    memo.remember('new', 600, 5_000)
    expect(memo.retryAfter('old', 5_000)).toBeNull()
    expect(memo.retryAfter('live', 5_000)).toBe(595)
    expect(memo.retryAfter('new', 5_000)).toBe(600)
  })
})
