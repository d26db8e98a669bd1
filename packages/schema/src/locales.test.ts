import { describe, expect, it } from 'vitest'

import { localeDirection } from './locales.ts'

describe('writing direction of a locale', () => {
  it('writes French and English left to right, and Arabic, Hebrew and Persian right to left', () => {
    expect(localeDirection('fr')).toBe('ltr')
    expect(localeDirection('en')).toBe('ltr')
    for (const code of ['ar', 'he', 'fa']) expect(localeDirection(code), code).toBe('rtl')
  })
})
