import { describe, expect, it } from 'vitest'

import { typeset } from './typeset.ts'

describe('typeset', () => {
  it('keeps a French colon or guillemet on the line of the word before it', () => {
    expect(typeset('Centre de ressources : victimes', 'fr')).toBe(
      'Centre de ressources\u00a0: victimes',
    )
    expect(typeset('« Sortie rapide »', 'fr')).toBe('«\u00a0Sortie rapide\u00a0»')
  })

  it('leaves English text as typed', () => {
    expect(typeset('Note : this', 'en')).toBe('Note : this')
  })
})
