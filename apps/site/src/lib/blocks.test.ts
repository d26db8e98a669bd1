import type { Locale, PageBlock, PageDoc, TrainingDoc, UrgentContact } from '@mist/schema'
import { describe, expect, it } from 'vitest'

import { useTranslations } from '../i18n/index.ts'
import {
  featuredTrainings,
  linksTo,
  resolveLink,
  urgentNumbersHref,
  type BlockLinkContext,
} from './blocks.ts'

const updatedAt = '2026-11-01T00:00:00.000Z'
const page = (id: number, purpose: PageDoc['purpose'], title: string, slug: string): PageDoc => ({
  id,
  purpose,
  title,
  slug,
  updatedAt,
})
const urgent: UrgentContact[] = [{ number: '17', label: 'Police secours' }]
const urgentBlock: PageBlock = { blockType: 'urgent-numbers' }

/** French has the victims and professionals pages; English only the victims page. */
function context(locale: Locale, extra: Partial<BlockLinkContext> = {}): BlockLinkContext {
  return {
    locale,
    pages: {
      fr: [
        page(1, 'home', 'Accueil', 'accueil'),
        page(2, 'victims', 'Information et orientation des victimes', 'victimes'),
        page(3, 'professionals', 'Formation des professionnels', 'professionnels'),
      ],
      en: [page(2, 'victims', 'Information for victims', 'victims')],
    },
    urgentContacts: urgent,
    layout: [],
    t: useTranslations(locale),
    ...extra,
  }
}

describe('block links', () => {
  it('leads to the form pages in the page’s language, with their usual names', () => {
    expect(resolveLink({ destination: 'appointment' }, context('fr'))).toEqual({
      href: '/fr/prendre-rendez-vous/',
      label: 'Demander un rendez-vous',
    })
    expect(resolveLink({ destination: 'membership' }, context('en'))).toEqual({
      href: '/en/become-a-member/',
      label: 'Ask to become a member',
    })
  })

  it('keeps the editors’ text when they wrote one', () => {
    const link = resolveLink(
      { destination: 'appointment', label: '  Rencontrer Mist  ' },
      context('fr'),
    )
    expect(link?.label).toBe('Rencontrer Mist')
  })

  it('leads to the urgent numbers on the same page when it has them, else to the footer’s', () => {
    const withBlock = context('fr', { layout: [urgentBlock] })
    expect(resolveLink({ destination: 'urgent-numbers' }, withBlock)).toEqual({
      href: '#urgent-numbers',
      label: 'Numéros d’urgence',
    })
    expect(resolveLink({ destination: 'urgent-numbers' }, context('fr'))?.href).toBe(
      '#footer-urgent-heading',
    )
  })

  it('leaves out the urgent-numbers link while no number is set', () => {
    const none = context('fr', { urgentContacts: [], layout: [urgentBlock] })
    expect(resolveLink({ destination: 'urgent-numbers' }, none)).toBeUndefined()
    expect(urgentNumbersHref([urgentBlock], [])).toBeUndefined()
  })

  it('names a chosen page by its title in the page’s language', () => {
    expect(resolveLink({ destination: 'page', page: 2 }, context('en'))).toEqual({
      href: '/en/victims/',
      label: 'Information for victims',
    })
  })

  it('leads to the French page, marked as French, when the page is not translated yet', () => {
    expect(resolveLink({ destination: 'trainings' }, context('en'))).toEqual({
      href: '/fr/professionnels/',
      label: 'Our trainings',
      hreflang: 'fr',
    })
    expect(resolveLink({ destination: 'page', page: 3 }, context('en'))).toEqual({
      href: '/fr/professionnels/',
      label: 'Formation des professionnels',
      hreflang: 'fr',
      lang: 'fr',
    })
  })

  it('leaves out a link to a page that is published in no language', () => {
    expect(resolveLink({ destination: 'page', page: 99 }, context('fr'))).toBeUndefined()
    expect(resolveLink({ destination: 'advocacy' }, context('fr'))).toBeUndefined()
  })

  it('tells whether a page’s blocks already lead to the appointment form', () => {
    const layout: PageBlock[] = [
      {
        blockType: 'call-to-action',
        heading: 'Prendre rendez-vous',
        link: { destination: 'appointment' },
      },
    ]
    expect(linksTo(layout, 'appointment')).toBe(true)
    expect(linksTo([urgentBlock], 'appointment')).toBe(false)
  })
})

describe('featured trainings', () => {
  const training = (id: number): TrainingDoc => ({
    id,
    title: `Formation ${id}`,
    slug: `formation-${id}`,
    audience: 'adults',
    format: 'initial',
    updatedAt,
  })

  it('keeps the editors’ order and drops trainings not published in the language', () => {
    const published = [training(1), training(2), training(3)]
    expect(featuredTrainings([3, 9, 1], published).map((doc) => doc.id)).toEqual([3, 1])
  })
})
