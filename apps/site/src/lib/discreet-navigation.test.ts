import type { PageDoc } from '@mist/schema'
import { describe, expect, it } from 'vitest'

import { alwaysDiscreet } from './discreet-navigation.ts'
import type { SiteRoute } from './site-data.ts'

const at = { locale: 'fr', path: '/fr/x/', alternates: {} } as const

const page = (purpose: PageDoc['purpose']): SiteRoute => ({
  ...at,
  kind: 'page',
  page: { id: 1, purpose, title: 'Titre', slug: 'titre', updatedAt: '2026-11-01T00:00:00.000Z' },
})

describe('pages that always browse discreetly', () => {
  it('covers every page a victim passes through, from the home to the appointment’s result', () => {
    const victimsPath: SiteRoute[] = [
      page('home'),
      page('victims'),
      page('peer-education'),
      page('membership-contact'),
      { ...at, kind: 'form', form: 'appointment' },
      { ...at, kind: 'form-result', result: 'thanks' },
      { ...at, kind: 'form-result', result: 'invalid' },
      { ...at, kind: 'statement', statement: 'privacy' },
      { ...at, kind: 'search' },
      { ...at, kind: 'not-found' },
    ]
    expect(victimsPath.filter((route) => !alwaysDiscreet(route))).toEqual([])
  })

  it('treats a page whose role the site does not know as a victims’ page', () => {
    expect(alwaysDiscreet(page(null))).toBe(true)
    expect(alwaysDiscreet(page(undefined))).toBe(true)
  })

  it('keeps Back as usual on the professionals’ and advocacy pages', () => {
    const training = { id: 2, title: 'Formation', slug: 'formation' } as never
    const others: SiteRoute[] = [
      page('professionals'),
      page('advocacy'),
      page('networks'),
      { ...at, kind: 'form', form: 'membership' },
      { ...at, kind: 'training', training },
      { ...at, kind: 'publications', listPage: 1 },
    ]
    expect(others.filter((route) => alwaysDiscreet(route))).toEqual([])
  })
})
