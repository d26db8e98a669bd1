import { describe, expect, it } from 'vitest'

import type { SiteRoute } from './site-data.ts'
import { sitemapPages } from './sitemap.ts'

const notFound = (path: string, locale: 'fr' | 'en'): SiteRoute => ({
  kind: 'not-found',
  locale,
  path,
  alternates: {},
})
const translated = { fr: '/fr/auditions/audition-cncdh/', en: '/en/hearings/cncdh-hearing/' }

describe('sitemap pages', () => {
  it('pairs a document’s translations whatever their slugs, with x-default to French', () => {
    // Setup: one hearing in both locales, one page in French only, and a page robots must not index.
    const routes: SiteRoute[] = [
      { ...notFound(translated.fr, 'fr'), alternates: translated },
      { ...notFound(translated.en, 'en'), alternates: translated },
      { ...notFound('/fr/plaidoyer/', 'fr'), alternates: { fr: '/fr/plaidoyer/' } },
      notFound('/fr/404/', 'fr'),
    ]
    // Action
    const { pages } = sitemapPages(routes, (route) => route.path !== '/fr/404/')
    // Assert
    const expected = [
      { lang: 'fr', url: translated.fr },
      { lang: 'en', url: translated.en },
      { lang: 'x-default', url: translated.fr },
    ]
    expect(pages[translated.fr]).toEqual(expected)
    expect(pages[translated.en]).toEqual(expected)
    expect(pages['/fr/plaidoyer/']).toEqual([])
    expect(Object.keys(pages)).not.toContain('/fr/404/')
  })
})
