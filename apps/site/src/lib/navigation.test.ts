import type { PageDoc } from '@mist/schema'
import { describe, expect, it } from 'vitest'

import { useTranslations } from '../i18n/index.ts'
import { footerNavigation, mainNavigation } from './navigation.ts'

const t = useTranslations('fr')

const page = (id: number, purpose: PageDoc['purpose'], title: string, slug: string): PageDoc => ({
  id,
  purpose,
  title,
  slug,
  updatedAt: '2026-11-01T00:00:00.000Z',
})

const pages = [
  page(1, 'home', 'Accueil', 'accueil'),
  page(2, 'victims', 'Vos droits', 'vos-droits'),
  page(3, 'professionals', 'Professionnels', 'professionnels'),
]

describe('menus', () => {
  it('lists the section pages by their short names, without the home page, while editors have written no header menu', () => {
    const items = mainNavigation({ pages, navigation: {} }, 'fr', t)
    expect(items).toEqual([
      { label: 'Victimes', href: '/fr/vos-droits/', external: false },
      { label: 'Professionnel·les', href: '/fr/professionnels/', external: false },
    ])
  })

  it('names a page without a role by its title', () => {
    const free = { ...page(4, null, 'Nos valeurs', 'valeurs') }
    const items = mainNavigation(
      { pages: [...pages, free], navigation: { header: [{ page: 4 }] } },
      'fr',
      t,
    )
    expect(items).toEqual([{ label: 'Nos valeurs', href: '/fr/valeurs/', external: false }])
  })

  it('follows the editors’ header menu, with page titles where they left the text empty', () => {
    const items = mainNavigation(
      {
        pages,
        navigation: {
          header: [
            { page: 3 },
            { label: 'Nos droits', page: 2 },
            { label: 'Réseau', url: 'https://example.org/' },
          ],
        },
      },
      'fr',
      t,
    )
    expect(items).toEqual([
      { label: 'Professionnels', href: '/fr/professionnels/', external: false },
      { label: 'Nos droits', href: '/fr/vos-droits/', external: false },
      { label: 'Réseau', href: 'https://example.org/', external: true },
    ])
  })

  it('leaves out a link to a page that does not exist in this language', () => {
    const items = footerNavigation(
      { pages, navigation: { footer: [{ page: 99 }, { page: 1 }] } },
      'en',
    )
    expect(items).toEqual([{ label: 'Accueil', href: '/en/', external: false }])
  })
})
