import { describe, expect, it } from 'vitest'

import {
  documentPath,
  listPagePath,
  normalizeRedirectFrom,
  redirectFromPattern,
  sectionPath,
  timelineFilterPath,
} from './routes.ts'

describe('document paths', () => {
  it('puts the home page at the locale root whatever its slug, and sections under their translated name', () => {
    expect(documentPath('pages', 'fr', { slug: 'centre-de-ressources', purpose: 'home' })).toBe(
      '/fr/',
    )
    expect(documentPath('pages', 'en', { slug: 'networks', purpose: 'networks' })).toBe(
      '/en/networks/',
    )
    expect(documentPath('hearings', 'fr', { slug: 'audition-cncdh' })).toBe(
      '/fr/auditions/audition-cncdh/',
    )
    expect(documentPath('trainings', 'en', { slug: 'initial-training' })).toBe(
      '/en/trainings/initial-training/',
    )
  })
})

describe('timeline filter pages', () => {
  it('sit under the advocacy page, with the filter named in the page’s language', () => {
    expect(
      timelineFilterPath('fr', '/fr/plaidoyer/', { by: 'institution', institution: 'greta' }),
    ).toBe('/fr/plaidoyer/institution/greta/')
    expect(timelineFilterPath('fr', '/fr/plaidoyer/', { by: 'year', year: 2023 })).toBe(
      '/fr/plaidoyer/annee/2023/',
    )
    expect(timelineFilterPath('en', '/en/advocacy/', { by: 'year', year: 2023 })).toBe(
      '/en/advocacy/year/2023/',
    )
  })
})

describe('old addresses of redirects', () => {
  it('turns a pasted address into a path of the site with its final slash', () => {
    expect(normalizeRedirectFrom(' https://mist.example/fr/ancienne-page?utm=x#haut ')).toBe(
      '/fr/ancienne-page/',
    )
    expect(normalizeRedirectFrom('en/old-page')).toBe('/en/old-page/')
  })

  it('accepts only paths under a locale, in the site’s characters', () => {
    expect(redirectFromPattern.test('/fr/auditions/ancienne-adresse/')).toBe(true)
    expect(redirectFromPattern.test('/fr/')).toBe(false)
    expect(redirectFromPattern.test('/de/seite/')).toBe(false)
    expect(redirectFromPattern.test('/fr/Ancienne Page/')).toBe(false)
  })
})

describe('addresses of the statements', () => {
  it('puts the accessibility, privacy and safe-browsing statements under translated section words', () => {
    expect(sectionPath('fr', 'accessibility')).toBe('/fr/accessibilite/')
    expect(sectionPath('en', 'accessibility')).toBe('/en/accessibility/')
    expect(sectionPath('fr', 'privacy')).toBe('/fr/donnees-personnelles/')
    expect(sectionPath('en', 'privacy')).toBe('/en/privacy/')
    expect(sectionPath('fr', 'safe-browsing')).toBe('/fr/naviguer-en-securite/')
    expect(sectionPath('en', 'safe-browsing')).toBe('/en/safe-browsing/')
  })
})

describe('address of the search page', () => {
  it('puts the search page under a translated section word in each locale', () => {
    expect(sectionPath('fr', 'search')).toBe('/fr/recherche/')
    expect(sectionPath('en', 'search')).toBe('/en/search/')
  })
})

describe('the further pages of a list', () => {
  it('keep page 1 at the list’s address and put page 2 under page/2/', () => {
    expect(listPagePath('fr', '/fr/publications/', 1)).toBe('/fr/publications/')
    expect(listPagePath('en', '/en/advocacy/year/2023/', 2)).toBe('/en/advocacy/year/2023/page/2/')
  })

  it('have no page 0', () => {
    expect(() => listPagePath('fr', '/fr/publications/', 0)).toThrow(RangeError)
  })
})
