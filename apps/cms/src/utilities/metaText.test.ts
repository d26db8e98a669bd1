import { describe, expect, it } from 'vitest'

import { metaDescriptionFrom, metaDescriptionMaxLength, metaTitleFrom } from './metaText.ts'

describe('suggested search-engine texts', () => {
  it('suggests the title as typed, without stray spaces', () => {
    expect(metaTitleFrom('  Formation   initiale ')).toBe('Formation initiale')
    expect(metaTitleFrom(null)).toBe('')
  })

  it('suggests the summary, else the description, and keeps a short one whole', () => {
    expect(metaDescriptionFrom('', 'Former les professionnels.')).toBe('Former les professionnels.')
    expect(metaDescriptionFrom('Audition par la CNCDH.', 'autre')).toBe('Audition par la CNCDH.')
  })

  it('cuts a long summary on a word boundary and marks the cut', () => {
    const summary =
      'Mist informe les victimes de traite des êtres humains sur leurs droits, forme les professionnels qui les accompagnent, anime la pair-aidance et porte un plaidoyer auprès des institutions.'
    const description = metaDescriptionFrom(summary)
    expect(description.length).toBeLessThanOrEqual(metaDescriptionMaxLength)
    expect(description.endsWith('…')).toBe(true)
    expect(summary.startsWith(description.slice(0, -1))).toBe(true)
    expect(summary.charAt(description.length - 1)).toBe(' ')
  })
})
