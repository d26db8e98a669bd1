/**
 * Pure steps of the draft preview: reading its address, putting one draft into the published content, and
 * finding the route that shows it, so a draft appears exactly where the public site would put it once
 * published (a hearing on its own page, a partner network on the networks page).
 */
import {
  isLocale,
  previewCollections,
  slugify,
  type HearingDoc,
  type Locale,
  type PageDoc,
  type PartnerNetworkDoc,
  type PreviewCollection,
  type PublicationDoc,
  type TrainingDoc,
} from '@mist/schema'

import type { LocaleContent, SiteData, SiteRoute } from '../lib/site-data.ts'

/** One validated draft, tagged with its collection. */
export type PreviewDraft =
  | { collection: 'pages'; doc: PageDoc }
  | { collection: 'publications'; doc: PublicationDoc }
  | { collection: 'hearings'; doc: HearingDoc }
  | { collection: 'trainings'; doc: TrainingDoc }
  | { collection: 'partner-networks'; doc: PartnerNetworkDoc }

export interface PreviewAddress {
  locale: Locale
  collection: PreviewCollection
  id: number
}

/** The locale, collection and document id of a preview URL's parameters, or `null` when any is not valid. */
export function parsePreviewAddress(params: {
  lang?: string | undefined
  collection?: string | undefined
  id?: string | undefined
}): PreviewAddress | null {
  const { lang, collection, id } = params
  if (!isLocale(lang)) return null
  if (!(previewCollections as readonly string[]).includes(collection ?? '')) return null
  if (!id || !/^[1-9][0-9]{0,15}$/.test(id)) return null
  return { locale: lang, collection: collection as PreviewCollection, id: Number(id) }
}

/** The draft's title (a partner network's name) in the locale it was read in. */
export function draftTitle(draft: PreviewDraft): string {
  const title = draft.collection === 'partner-networks' ? draft.doc.name : draft.doc.title
  return title?.trim() ?? ''
}

/**
 * True when the draft has something to show in its locale: a title (a name). Unlike the public site, the
 * slug is not required, since drafts get theirs from the title when published (docs/decisions/002-slugs.md).
 */
export function draftHasLocaleVersion(draft: PreviewDraft): boolean {
  return draftTitle(draft) !== ''
}

const newestFirst = <T extends { date: string }>(a: T, b: T) => b.date.localeCompare(a.date)

/** `doc` in place of the published document with its id (or added), with the slug publishing would give it. */
function replaced<
  T extends { id: number; slug?: string | null | undefined; title?: string | null },
>(docs: T[], doc: T): T[] {
  const slug = doc.slug?.trim() || slugify(doc.title ?? '')
  const withSlug = { ...doc, slug }
  const others = docs.filter((existing) => existing.id !== doc.id)
  const index = docs.findIndex((existing) => existing.id === doc.id)
  if (index === -1) return [...others, withSlug]
  return [...others.slice(0, index), withSlug, ...others.slice(index)]
}

/**
 * The content of one locale with `draft` in place of its published version (or added when never published),
 * in the order the site lists it. Documents of other collections are left as published.
 */
export function withDraft(content: LocaleContent, draft: PreviewDraft): LocaleContent {
  switch (draft.collection) {
    case 'pages':
      return { ...content, pages: replaced(content.pages, draft.doc) }
    case 'publications':
      return {
        ...content,
        publications: replaced(content.publications, draft.doc).sort(newestFirst),
      }
    case 'hearings':
      return { ...content, hearings: replaced(content.hearings, draft.doc).sort(newestFirst) }
    case 'trainings':
      return { ...content, trainings: replaced(content.trainings, draft.doc) }
    case 'partner-networks': {
      const others = content.networks.filter((network) => network.id !== draft.doc.id)
      const index = content.networks.findIndex((network) => network.id === draft.doc.id)
      return {
        ...content,
        networks:
          index === -1
            ? [...others, draft.doc]
            : [...others.slice(0, index), draft.doc, ...others.slice(index)],
      }
    }
  }
}

/**
 * The route that shows `draft` in `locale`: its own page, or for a partner network (which has none) the
 * networks page. `undefined` when no published page of that locale would show it.
 */
export function routeShowing(
  data: SiteData,
  locale: Locale,
  draft: PreviewDraft,
): SiteRoute | undefined {
  const id = draft.doc.id
  return data.routes.find((route) => {
    if (route.locale !== locale) return false
    switch (draft.collection) {
      case 'pages':
        return route.kind === 'page' && route.page.id === id
      case 'publications':
        return route.kind === 'publication' && route.publication.id === id
      case 'hearings':
        return route.kind === 'hearing' && route.hearing.id === id
      case 'trainings':
        return route.kind === 'training' && route.training.id === id
      case 'partner-networks':
        return route.kind === 'page' && route.page.purpose === 'networks'
    }
  })
}
