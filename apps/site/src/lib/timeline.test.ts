import type { HearingDoc, PublicationDoc } from '@mist/schema'
import { describe, expect, it } from 'vitest'

import { filterTimeline, sameFilter, timelineFilters, timelineItems } from './timeline.ts'

const updatedAt = '2026-11-01T00:00:00.000Z'
const hearing = (id: number, date: string, title: string | null): HearingDoc => ({
  id,
  kind: 'hearing',
  institution: 'cncdh',
  date,
  datePrecision: 'day',
  title,
  slug: title ? `audition-${id}` : null,
  updatedAt,
})
const publication = (
  id: number,
  date: string,
  title: string | null,
  institution: PublicationDoc['institution'],
): PublicationDoc => ({
  id,
  kind: 'contribution',
  origin: 'mist',
  institution,
  date,
  datePrecision: 'month',
  title,
  slug: title ? `publication-${id}` : null,
  updatedAt,
})

// French has three items; English translated two of them (the hearing, and the 2023 GRETA contribution).
const content = {
  fr: {
    hearings: [hearing(1, '2022-02-18T00:00:00.000Z', 'Audition CNCDH')],
    publications: [
      publication(2, '2024-06-01T00:00:00.000Z', 'Rapport GRETA', 'greta'),
      publication(3, '2023-06-01T00:00:00.000Z', 'Contribution GRETA', 'greta'),
    ],
  },
  en: {
    hearings: [hearing(1, '2022-02-18T00:00:00.000Z', 'CNCDH hearing')],
    publications: [publication(3, '2023-06-01T00:00:00.000Z', 'GRETA contribution', 'greta')],
  },
}

describe('advocacy timeline', () => {
  it('lists hearings and publications together, newest first', () => {
    const items = timelineItems(content, 'fr')
    expect(items.map((item) => item.id)).toEqual([2, 3, 1])
    expect(items.every((item) => item.onlyIn === undefined)).toBe(true)
  })

  it('shows in English the French-only publication, marked as French, in its place by date', () => {
    const items = timelineItems(content, 'en')
    expect(items.map((item) => [item.id, item.onlyIn])).toEqual([
      [2, 'fr'],
      [3, undefined],
      [1, undefined],
    ])
  })

  it('offers only filters that select something: institutions present, then years newest first', () => {
    const filters = timelineFilters(timelineItems(content, 'fr'))
    expect(filters).toEqual([
      { by: 'institution', institution: 'greta' },
      { by: 'institution', institution: 'cncdh' },
      { by: 'year', year: 2024 },
      { by: 'year', year: 2023 },
      { by: 'year', year: 2022 },
    ])
  })

  it('keeps only the filtered institution’s or year’s items', () => {
    const items = timelineItems(content, 'fr')
    const greta = filterTimeline(items, { by: 'institution', institution: 'greta' })
    expect(greta.map((item) => item.id)).toEqual([2, 3])
    expect(filterTimeline(items, { by: 'year', year: 2022 }).map((item) => item.id)).toEqual([1])
    expect(filterTimeline(items, undefined)).toHaveLength(3)
  })

  it('recognises the current filter among the links', () => {
    expect(sameFilter({ by: 'year', year: 2023 }, { by: 'year', year: 2023 })).toBe(true)
    expect(sameFilter({ by: 'year', year: 2023 }, { by: 'year', year: 2024 })).toBe(false)
    expect(sameFilter({ by: 'institution', institution: 'greta' }, undefined)).toBe(false)
    expect(sameFilter(undefined, undefined)).toBe(true)
  })
})
