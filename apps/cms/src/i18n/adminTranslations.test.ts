import { fr } from '@payloadcms/translations/languages/fr'
import { describe, expect, it } from 'vitest'

import { frenchOverrides } from './adminTranslations.ts'

describe('French admin wording', () => {
  it('replaces only strings Payload still has, so a renamed key cannot silently bring "paramètres régionaux" back', () => {
    const payloadFrench: Record<string, Record<string, string>> = fr.translations
    for (const [namespace, entries] of Object.entries(frenchOverrides)) {
      for (const key of Object.keys(entries)) {
        expect(payloadFrench[namespace]?.[key], `${namespace}:${key}`).toBeTypeOf('string')
      }
    }
  })
})
