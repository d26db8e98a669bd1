import { describe, expect, it } from 'vitest'

import { canonicalFields, intakeHash, intakeHashKey } from './intakeKeys.ts'

describe('intake keys', () => {
  it('gives the same fingerprint text to the same fields in any order, ignoring undefined ones', () => {
    expect(canonicalFields({ name: 'A', email: 'a@b.fr', phone: undefined })).toBe(
      canonicalFields({ email: 'a@b.fr', name: 'A' }),
    )
  })

  it('hashes with a key derived from the secret: other secret, other hash; no address in clear', () => {
    const one = intakeHash(intakeHashKey('a'.repeat(32)), 'client', '/forms/x', '203.0.113.5')
    const other = intakeHash(intakeHashKey('b'.repeat(32)), 'client', '/forms/x', '203.0.113.5')
    expect(one).toMatch(/^[0-9a-f]{64}$/)
    expect(one).not.toBe(other)
    expect(one).not.toContain('203.0.113.5')
  })

  it('keeps parts apart: ("ab", "c") and ("a", "bc") differ', () => {
    const key = intakeHashKey('a'.repeat(32))
    expect(intakeHash(key, 'ab', 'c')).not.toBe(intakeHash(key, 'a', 'bc'))
  })
})
