import { describe, expect, it } from 'vitest'

import { isValidSlug, slugify } from './slug.ts'

describe('slugify', () => {
  it('folds French accents, apostrophes and ligatures into readable ASCII', () => {
    expect(
      slugify('Audition de Mist par la Commission nationale consultative des droits de l’homme'),
    ).toBe('audition-de-mist-par-la-commission-nationale-consultative-des-droits-de-lhomme')
    expect(slugify('Œuvre, cœur & Ælys à l’été — déjà vu !')).toBe(
      'oeuvre-coeur-aelys-a-lete-deja-vu',
    )
    expect(slugify('Groupes d’analyse des pratiques (type Balint)')).toBe(
      'groupes-danalyse-des-pratiques-type-balint',
    )
  })

  it('cuts long titles on a word boundary', () => {
    const slug = slugify('Contribution '.repeat(20))
    expect(slug.length).toBeLessThanOrEqual(80)
    expect(slug.endsWith('-')).toBe(false)
    expect(isValidSlug(slug)).toBe(true)
  })

  it('gives an empty slug for a title without letters', () => {
    expect(slugify('—  !!')).toBe('')
  })
})
