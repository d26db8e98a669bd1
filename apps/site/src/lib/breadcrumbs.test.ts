import type { PageDoc, PublicationDoc } from '@mist/schema'
import { describe, expect, it } from 'vitest'

import { useTranslations } from '../i18n/index.ts'
import { breadcrumbs } from './breadcrumbs.ts'
import type { SiteRoute } from './site-data.ts'

const page = (id: number, purpose: PageDoc['purpose'], title: string, slug: string): PageDoc => ({
  id,
  purpose,
  title,
  slug,
  updatedAt: '2026-11-01T00:00:00.000Z',
})
const home = page(1, 'home', 'Centre de ressources', 'accueil')
const advocacy = page(2, 'advocacy', 'Recommandations aux pouvoirs publics', 'recommandations')
const victims = page(3, 'victims', 'Information et orientation des victimes', 'victimes')
const pages = [home, advocacy, victims]
const t = useTranslations('fr')
const base = { locale: 'fr' as const, alternates: {} }

describe('breadcrumbs', () => {
  it('gives the home page none', () => {
    const route: SiteRoute = { ...base, kind: 'page', page: home, path: '/fr/' }
    expect(breadcrumbs(route, { pages }, home.title ?? '', t)).toEqual([])
  })

  it('leads from a publication up through the advocacy page and the library, ending unlinked', () => {
    const publication = { id: 9, title: '3e rapport du GRETA' } as PublicationDoc
    const route: SiteRoute = {
      ...base,
      kind: 'publication',
      publication,
      path: '/fr/publications/x/',
    }
    expect(breadcrumbs(route, { pages }, '3e rapport du GRETA', t)).toEqual([
      { label: 'Accueil', href: '/fr/' },
      { label: 'Plaidoyer', href: '/fr/recommandations/' },
      { label: 'Bibliothèque des publications', href: '/fr/publications/' },
      { label: '3e rapport du GRETA' },
    ])
  })

  it('puts the appointment form under the victims page, and leaves out a section missing in the locale', () => {
    const route: SiteRoute = {
      ...base,
      kind: 'form',
      form: 'appointment',
      path: '/fr/prendre-rendez-vous/',
    }
    expect(breadcrumbs(route, { pages }, 'Prendre rendez-vous', t).map((c) => c.label)).toEqual([
      'Accueil',
      'Victimes',
      'Prendre rendez-vous',
    ])
    const membership: SiteRoute = {
      ...base,
      kind: 'form',
      form: 'membership',
      path: '/fr/devenir-membre/',
    }
    expect(breadcrumbs(membership, { pages }, 'Devenir membre', t).map((c) => c.label)).toEqual([
      'Accueil',
      'Devenir membre',
    ])
  })
})
