import type { HearingDoc, PartnerNetworkDoc } from '@mist/schema'
import { describe, expect, it } from 'vitest'

import { arrangeSiteData, type LocaleContent } from '../lib/site-data.ts'
import {
  draftHasLocaleVersion,
  parsePreviewAddress,
  routeShowing,
  withDraft,
  type PreviewDraft,
} from './draft.ts'

const updatedAt = '2026-11-01T10:00:00.000Z'
const hearing = (id: number, date: string, extra: Partial<HearingDoc> = {}): HearingDoc => ({
  id,
  kind: 'hearing',
  institution: 'cncdh',
  date,
  datePrecision: 'day',
  title: `Audition ${id}`,
  slug: `audition-${id}`,
  updatedAt,
  ...extra,
})
const network = (id: number, name: string): PartnerNetworkDoc => ({
  id,
  kind: 'partnership',
  name,
  updatedAt,
})
const content = (extra: Partial<LocaleContent> = {}): LocaleContent => ({
  pages: [
    { id: 1, title: 'Accueil', slug: 'accueil', purpose: 'home', updatedAt },
    { id: 2, title: 'Réseaux', slug: 'reseaux', purpose: 'networks', updatedAt },
  ],
  publications: [],
  hearings: [hearing(10, '2024-05-01T00:00:00.000Z'), hearing(11, '2022-01-01T00:00:00.000Z')],
  networks: [network(20, 'Réseau publié')],
  trainings: [],
  settings: {},
  navigation: {},
  urgentContacts: [],
  safety: {},
  media: [],
  ...extra,
})
const empty = (): LocaleContent => ({ ...content(), pages: [], hearings: [], networks: [] })

describe('draft preview', () => {
  it('reads a preview address and refuses anything else', () => {
    expect(parsePreviewAddress({ lang: 'en', collection: 'hearings', id: '12' })).toEqual({
      locale: 'en',
      collection: 'hearings',
      id: 12,
    })
    expect(parsePreviewAddress({ lang: 'de', collection: 'hearings', id: '12' })).toBeNull()
    expect(parsePreviewAddress({ lang: 'fr', collection: 'users', id: '1' })).toBeNull()
    expect(parsePreviewAddress({ lang: 'fr', collection: 'pages', id: '1; drop' })).toBeNull()
    expect(parsePreviewAddress({ lang: 'fr', collection: 'pages', id: '0' })).toBeNull()
  })

  it('shows a never-published hearing on its own page, at the address publishing will give it', () => {
    // Setup: a French draft with a title and no slug yet (drafts get theirs when published)
    const draft: PreviewDraft = {
      collection: 'hearings',
      doc: hearing(30, '2023-03-01T00:00:00.000Z', {
        title: 'Audition au Sénat',
        slug: null,
      }),
    }
    // Action
    const data = arrangeSiteData({ fr: withDraft(content(), draft), en: empty() })
    const route = routeShowing(data, 'fr', draft)
    // Assert
    expect(route?.kind).toBe('hearing')
    expect(route?.path).toBe('/fr/auditions/audition-au-senat/')
    expect(data.content.fr.hearings.map((doc) => doc.id)).toEqual([10, 30, 11])
  })

  it('shows the draft instead of the published version of the same document', () => {
    const draft: PreviewDraft = {
      collection: 'hearings',
      doc: hearing(10, '2024-05-01T00:00:00.000Z', { title: 'Titre modifié' }),
    }
    const data = arrangeSiteData({ fr: withDraft(content(), draft), en: empty() })
    const route = routeShowing(data, 'fr', draft)
    expect(route?.kind === 'hearing' && route.hearing.title).toBe('Titre modifié')
    expect(data.content.fr.hearings.filter((doc) => doc.id === 10)).toHaveLength(1)
  })

  it('shows a partner network on the networks page, among the published ones', () => {
    const draft: PreviewDraft = {
      collection: 'partner-networks',
      doc: network(21, 'Nouveau réseau'),
    }
    const data = arrangeSiteData({ fr: withDraft(content(), draft), en: empty() })
    const route = routeShowing(data, 'fr', draft)
    expect(route?.kind === 'page' && route.page.purpose).toBe('networks')
    expect(data.content.fr.networks.map((item) => item.name)).toEqual([
      'Réseau publié',
      'Nouveau réseau',
    ])
  })

  it('has nothing to show in a locale where the draft has no title yet', () => {
    const draft: PreviewDraft = {
      collection: 'hearings',
      doc: hearing(30, '2023-03-01T00:00:00.000Z', { title: '  ', slug: null }),
    }
    expect(draftHasLocaleVersion(draft)).toBe(false)
  })
})
