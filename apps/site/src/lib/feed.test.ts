import type { HearingDoc } from '@mist/schema'
import { describe, expect, it } from 'vitest'

import { feedItems, feedLength } from './feed.ts'
import type { SiteRoute } from './site-data.ts'

const site = new URL('https://mist.example')
/** A French hearing route dated `day` days after 1 January 2020. */
const hearingRoute = (id: number, day: number): SiteRoute => {
  const hearing: HearingDoc = {
    id,
    kind: 'hearing',
    institution: 'cncdh',
    date: new Date(Date.UTC(2020, 0, 1 + day)).toISOString(),
    datePrecision: 'day',
    title: `Audition ${id}`,
    slug: `audition-${id}`,
    updatedAt: '2026-11-01T00:00:00.000Z',
  }
  const path = `/fr/auditions/audition-${id}/`
  return { kind: 'hearing', hearing, locale: 'fr', path, alternates: { fr: path } }
}

describe('the RSS feed', () => {
  it('keeps the newest items only, newest first, however many texts the site holds', () => {
    const routes = Array.from({ length: feedLength + 1 }, (_, i) => hearingRoute(i + 1, i))
    const items = feedItems(routes, 'fr', site)
    expect(items).toHaveLength(feedLength)
    expect(items[0]?.link).toBe(`https://mist.example/fr/auditions/audition-${feedLength + 1}/`)
    expect(items.map((item) => item.title)).not.toContain('Audition 1')
  })

  it('lists only the texts of its own locale', () => {
    expect(feedItems([hearingRoute(1, 0)], 'en', site)).toEqual([])
  })
})
