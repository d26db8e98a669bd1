import { describe, expect, it } from 'vitest'

import { linksToPublicSite, tokenFromAuthorization } from './gate.ts'

describe('preview server gate', () => {
  it('takes the session token from the header the CMS forwards, and nothing else', () => {
    expect(tokenFromAuthorization('JWT abc.def.ghi')).toBe('abc.def.ghi')
    expect(tokenFromAuthorization('Bearer abc.def.ghi')).toBe('abc.def.ghi')
    expect(tokenFromAuthorization(null)).toBeNull()
    expect(tokenFromAuthorization('Basic dXNlcjpwYXNz')).toBeNull()
    expect(tokenFromAuthorization('JWT a b')).toBeNull()
  })

  it('sends the site’s links to the public site and keeps links between previews', () => {
    const html =
      '<a href="/fr/formations/">x</a><a href="/en/">y</a><a href="/preview/en/pages/1">z</a>'
    expect(linksToPublicSite(html, 'https://mist.example/', ['fr', 'en'])).toBe(
      '<a href="https://mist.example/fr/formations/">x</a><a href="https://mist.example/en/">y</a><a href="/preview/en/pages/1">z</a>',
    )
  })
})
