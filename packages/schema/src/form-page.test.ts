import { describe, expect, it } from 'vitest'

import { isFormPagePath } from './form-page.ts'

describe('the page path a form carries', () => {
  it('accepts the site’s own paths in the form’s locale', () => {
    expect(isFormPagePath('/fr/devenir-membre/', 'fr')).toBe(true)
    expect(isFormPagePath('/en/trainings/initial-training/', 'en')).toBe(true)
    expect(isFormPagePath('/fr/', 'fr')).toBe(true)
  })

  it('refuses a path of another locale, another site, or anything a file path or URL could abuse', () => {
    for (const value of [
      '/en/become-a-member/',
      'https://evil.example/fr/devenir-membre/',
      '//evil.example/fr/',
      '/fr/../../etc/passwd/',
      '/fr/%2e%2e/',
      '/fr/devenir-membre',
      '/fr/devenir-membre/?x=1',
      '/fr/devenir-membre/#top',
      '/fr\\devenir-membre/',
      '/fr//devenir-membre/',
      '/fr/Devenir-Membre/',
      '/fr/devenir--membre/',
      `/fr/${'a/'.repeat(200)}`,
      '',
      null,
      42,
    ]) {
      expect(isFormPagePath(value, 'fr'), String(value)).toBe(false)
    }
  })
})
