import { describe, expect, it } from 'vitest'

import { excerpt } from './excerpt.ts'

describe('excerpt', () => {
  it('keeps a short text whole, with its line breaks made spaces', () => {
    expect(excerpt('Formation initiale\nsur demande.', 80)).toBe('Formation initiale sur demande.')
  })

  it('cuts a long text after a whole word and ends it with an ellipsis', () => {
    const text =
      'Mist aide les professionnels, travailleurs sociaux et pairs aidants à comprendre des situations complexes.'
    const short = excerpt(text, 40)
    expect(short).toBe('Mist aide les professionnels…')
    expect([...short].length).toBeLessThanOrEqual(40)
  })

  it('gives an empty text for a missing one', () => {
    expect(excerpt(null)).toBe('')
  })
})
