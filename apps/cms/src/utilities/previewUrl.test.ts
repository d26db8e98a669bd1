import type { PayloadRequest } from 'payload'
import { describe, expect, it } from 'vitest'

import { previewUrlFor } from './previewUrl.ts'

const req = {} as PayloadRequest

describe('the admin’s Preview button', () => {
  it('opens the draft in the locale the editor is working in, on the CMS’s own origin', async () => {
    const preview = previewUrlFor('hearings')
    expect(await preview({ id: 12 }, { locale: 'fr', req, token: null })).toBe(
      '/preview/fr/hearings/12',
    )
    expect(await preview({ id: 12 }, { locale: 'en', req, token: null })).toBe(
      '/preview/en/hearings/12',
    )
  })

  it('falls back to French for an unknown locale, and offers nothing before the first save', async () => {
    const preview = previewUrlFor('partner-networks')
    expect(await preview({ id: 4 }, { locale: 'all', req, token: null })).toBe(
      '/preview/fr/partner-networks/4',
    )
    expect(await preview({}, { locale: 'fr', req, token: null })).toBeNull()
  })
})
