import { describe, expect, it } from 'vitest'

import { hasLocaleVersion } from './translation.ts'

describe('translation rule', () => {
  it('counts a document as translated only when title and slug are both filled', () => {
    expect(hasLocaleVersion({ title: 'Trainings', slug: 'trainings' })).toBe(true)
    expect(hasLocaleVersion({ title: 'Trainings', slug: null })).toBe(false)
    expect(hasLocaleVersion({ title: null, slug: 'trainings' })).toBe(false)
    expect(hasLocaleVersion({ title: '  ', slug: 'trainings' })).toBe(false)
    expect(hasLocaleVersion({})).toBe(false)
  })
})
