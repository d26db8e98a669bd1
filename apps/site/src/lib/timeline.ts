/**
 * The advocacy timeline: hearings and publications of a locale on one list, newest first, and its filters by
 * institution and by year (each filter is a static page, so filtering works without JavaScript).
 */
import {
  defaultLocale,
  institutions,
  type DatePrecision,
  type HearingDoc,
  type Institution,
  type Locale,
  type PublicationDoc,
  type RoutedCollection,
  type TimelineFilter,
} from '@mist/schema'
import type { TFunction } from 'i18next'

import type { MediaOf } from './media.ts'
import { publicationPdf, type PublicationPdf } from './publication-file.ts'

/** What the timeline reads of the site's content, per locale (a part of `LocaleContent`). */
export interface TimelineContent {
  hearings: HearingDoc[]
  publications: PublicationDoc[]
}

/** One entry of the timeline. */
export type TimelineItem = (
  | { collection: 'hearings'; hearing: HearingDoc }
  | { collection: 'publications'; publication: PublicationDoc }
) & {
  id: number
  /** ISO timestamp, UTC midnight of the calendar date. */
  date: string
  /** Calendar year of `date` (UTC), for the year filters. */
  year: number
  /** `null` for a publication addressed to no institution. */
  institution: Institution | null
  /**
   * Set when the document has no version in the listing's locale: the locale it is read in (French). The
   * listing says so and links to that version.
   */
  onlyIn?: Locale
}

const hearingItem = (hearing: HearingDoc): TimelineItem => ({
  collection: 'hearings',
  hearing,
  id: hearing.id,
  date: hearing.date,
  year: new Date(hearing.date).getUTCFullYear(),
  institution: hearing.institution,
})

const publicationItem = (publication: PublicationDoc): TimelineItem => ({
  collection: 'publications',
  publication,
  id: publication.id,
  date: publication.date,
  year: new Date(publication.date).getUTCFullYear(),
  institution: publication.institution ?? null,
})

/**
 * The timeline of `locale`, newest first. A listing in another locale than French also shows, merged by date,
 * the French documents not translated into it, marked `onlyIn: 'fr'` (French is where Mist publishes first;
 * the reverse is not listed). Documents are matched across locales by id, never by slug (slugs differ).
 */
export function timelineItems(
  content: Record<Locale, TimelineContent>,
  locale: Locale,
): TimelineItem[] {
  const own = content[locale]
  const items = [...own.hearings.map(hearingItem), ...own.publications.map(publicationItem)]
  if (locale !== defaultLocale) {
    const present = new Set(items.map((item) => `${item.collection}:${item.id}`))
    const french = content[defaultLocale]
    for (const item of [
      ...french.hearings.map(hearingItem),
      ...french.publications.map(publicationItem),
    ]) {
      if (!present.has(`${item.collection}:${item.id}`))
        items.push({ ...item, onlyIn: defaultLocale })
    }
  }
  return items.sort((a, b) => b.date.localeCompare(a.date))
}

/** The filters that select at least one item: institutions in the vocabulary's order, years newest first. */
export function timelineFilters(items: TimelineItem[]): TimelineFilter[] {
  const present = new Set(items.map((item) => item.institution))
  const years = [...new Set(items.map((item) => item.year))].sort((a, b) => b - a)
  return [
    ...institutions
      .filter((institution) => present.has(institution))
      .map((institution): TimelineFilter => ({ by: 'institution', institution })),
    ...years.map((year): TimelineFilter => ({ by: 'year', year })),
  ]
}

/** The items a filter selects (all of them without a filter), in the same order. */
export function filterTimeline(
  items: TimelineItem[],
  filter: TimelineFilter | undefined,
): TimelineItem[] {
  if (!filter) return items
  return items.filter((item) =>
    filter.by === 'institution'
      ? item.institution === filter.institution
      : item.year === filter.year,
  )
}

/** True when two filters select the same thing (e.g. the current page's filter and a link's). */
export function sameFilter(a: TimelineFilter | undefined, b: TimelineFilter | undefined): boolean {
  if (!a || !b) return a === b
  if (a.by === 'institution') return b.by === 'institution' && a.institution === b.institution
  return b.by === 'year' && a.year === b.year
}

/** How a filter is named on its link and in its page's title: the institution's name, or the year. */
export function timelineFilterLabel(filter: TimelineFilter, t: TFunction): string {
  return filter.by === 'institution'
    ? t(`labels.institution.${filter.institution}`)
    : String(filter.year)
}

/** What a timeline item's card shows (components/Card.astro), in the listing's locale. */
export interface TimelineCard {
  title: string
  /** The item's page in `readIn`. */
  href: string | undefined
  /** The locale the item is read in: the listing's, or French for an item not translated yet. */
  readIn: Locale
  precision: DatePrecision
  summary: string | null | undefined
  /** Kind, institution, origin: the card's tags, in the listing's language. */
  tags: string[]
  pdf: PublicationPdf | undefined
}

/**
 * The card of one timeline item in `locale`: on the advocacy timeline and in a page's latest-advocacy block.
 * `pathOf` and `mediaOf` are the build's (`SiteData`).
 */
export function timelineCard(
  item: TimelineItem,
  locale: Locale,
  t: TFunction,
  pathOf: (collection: RoutedCollection, id: number, locale: Locale) => string | undefined,
  mediaOf: MediaOf,
): TimelineCard {
  const readIn = item.onlyIn ?? locale
  if (item.collection === 'hearings') {
    const { hearing } = item
    return {
      readIn,
      precision: hearing.datePrecision,
      title: hearing.title ?? '',
      href: pathOf('hearings', hearing.id, readIn),
      tags: [
        t(`labels.hearingKind.${hearing.kind}`),
        t(`labels.institution.${hearing.institution}`),
      ],
      summary: hearing.summary,
      pdf: undefined,
    }
  }
  const { publication } = item
  return {
    readIn,
    precision: publication.datePrecision,
    title: publication.title ?? '',
    href: pathOf('publications', publication.id, readIn),
    tags: [
      t(`labels.publicationKind.${publication.kind}`),
      t(`labels.origin.${publication.origin}`),
      ...(publication.institution ? [t(`labels.institution.${publication.institution}`)] : []),
    ],
    summary: publication.summary,
    pdf: publicationPdf(publication, locale, mediaOf),
  }
}
