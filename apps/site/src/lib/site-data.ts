/**
 * Everything the site shows, read once per build and arranged as routes. A document gets a route in a
 * locale only if it has a version there (`hasLocaleVersion`, the translation rule of ADR 001); the routes
 * of one document in each locale are its alternates (hreflang, language switcher).
 * Redirects from the CMS become stub routes at their old paths, pointing at the target's current path.
 */
import {
  defaultLocale,
  documentPath,
  formPages,
  hasLocaleVersion,
  homePath,
  listPagePath,
  localeOfPath,
  locales,
  sectionPath,
  statements,
  type HearingDoc,
  type MediaDoc,
  type FormPage,
  type Locale,
  type Navigation,
  type PageDoc,
  type PartnerNetworkDoc,
  type PublicationDoc,
  type RedirectDoc,
  type RoutedCollection,
  type SafetySettings,
  type SiteSettings,
  type TimelineFilter,
  type TrainingFilter,
  trainingFilterPath,
  type Statement,
  type UrgentContact,
  type TrainingDoc,
  timelineFilterPath,
} from '@mist/schema'

import { CmsError, fetchCollection, fetchGlobal, publicCmsUrl } from './cms.ts'
import { mediaLookup, type MediaOf } from './media.ts'
import { pageCount } from './pagination.ts'
import { filterTimeline, timelineFilters, timelineItems, type TimelineItem } from './timeline.ts'
import { filterTrainings, trainingFilterKey, trainingFilters } from './trainings.ts'
import { hasStatement } from './statements.ts'

export type Alternates = Partial<Record<Locale, string>>

interface RouteBase {
  locale: Locale
  /** Path with leading and trailing slash, e.g. `/fr/formations/formation-initiale/`. */
  path: string
  /** The same content's path in each locale that has it (this one included). */
  alternates: Alternates
}

export type SiteRoute = RouteBase &
  (
    | { kind: 'page'; page: PageDoc }
    | { kind: 'publication'; publication: PublicationDoc }
    | { kind: 'hearing'; hearing: HearingDoc }
    | { kind: 'training'; training: TrainingDoc }
    /**
     * Every publication of the locale (and, in English, the French-only ones), newest first: page `listPage`
     * (from 1) of the library (lib/pagination.ts).
     */
    | { kind: 'publications'; listPage: number }
    /**
     * The advocacy timeline under the advocacy `page`, narrowed to one institution or one year, or whole
     * (`filter` undefined: only from page 2, page 1 of the whole timeline being the advocacy page itself); page
     * `listPage` (from 1) of it.
     */
    | { kind: 'timeline'; page: PageDoc; filter: TimelineFilter | undefined; listPage: number }
    /**
     * The trainings catalogue under the professionals `page`, narrowed to one audience or one format, or whole
     * (from page 2, like the timeline); page `listPage` (from 1) of it.
     */
    | { kind: 'trainings'; page: PageDoc; filter: TrainingFilter | undefined; listPage: number }
    /** A request form's own page: the membership request or the appointment request. */
    | { kind: 'form'; form: FormPage }
    | { kind: 'form-result'; result: 'thanks' | 'invalid' }
    /** A statement written in the code as MDX (lib/statements.ts). */
    | { kind: 'statement'; statement: Statement }
    | { kind: 'not-found' }
    /** The search page of the locale (Pagefind, over this locale's pages only). */
    | { kind: 'search' }
    /** A stub at an old address; `to` is a path of the site or an absolute URL. */
    | { kind: 'redirect'; to: string }
  )

/** A redirect the site emits: at `from`, a stub page (and, on servers that read redirects.json, a 301). */
export interface SiteRedirect {
  from: string
  to: string
}

/** The content of one locale: only documents that exist in it. */
export interface LocaleContent {
  pages: PageDoc[]
  publications: PublicationDoc[]
  hearings: HearingDoc[]
  networks: PartnerNetworkDoc[]
  trainings: TrainingDoc[]
  settings: SiteSettings
  /** Menus written by editors for this locale (may be empty: see lib/navigation.ts). */
  navigation: Navigation
  /** Urgent numbers with a label in this locale, in the editors' order. */
  urgentContacts: UrgentContact[]
  safety: SafetySettings
  /** The media the public may read (those published content uses), with alt text in this locale. */
  media: MediaDoc[]
}

export interface SiteData {
  content: Record<Locale, LocaleContent>
  routes: SiteRoute[]
  /** The redirects emitted as stub routes (also listed in `routes`). */
  redirects: SiteRedirect[]
  /** Path of a document in a locale, e.g. to link a training from the professionals page. */
  pathOf: (collection: RoutedCollection, id: number, locale: Locale) => string | undefined
  /** A media file as a page in a locale shows it (see ./media.ts). */
  mediaOf: MediaOf
  /** The advocacy timeline of each locale (`timelineItems`), computed once for all its pages. */
  timeline: Record<Locale, TimelineItem[]>
}

/** A route without its locale, path and alternates (distributes over the kinds). */
type RouteBody<R = SiteRoute> = R extends unknown ? Omit<R, keyof RouteBase> : never

type Routed = { id: number; title?: string | null | undefined; slug?: string | null | undefined }

/** Marks a build notice in Astro's output; the release builder (packages/platform/src/releases.ts) collects them. */
export const buildNoticeMarker = '[mist-notice]'

const isBlank = (value: string | null | undefined) => !value?.trim()

/**
 * Prints a notice naming each document that is half there in `locale`: a slug without a title, or a title
 * without a slug. The translation rule gives it no page in that locale (and the build goes on), but an editor
 * may not expect that, and a document merely untranslated (neither title nor slug) is not worth a notice.
 */
function noticeHalfTranslated(locale: Locale, collections: Record<string, Routed[]>): void {
  for (const [collection, docs] of Object.entries(collections)) {
    for (const doc of docs) {
      if (hasLocaleVersion(doc) || (isBlank(doc.title) && isBlank(doc.slug))) continue
      const missing = isBlank(doc.title) ? 'title' : 'slug'
      const slug = isBlank(doc.slug) ? '' : `, slug ${doc.slug?.trim()}`
      console.warn(
        `${buildNoticeMarker} ${collection} ${doc.id} (${locale}${slug}): no ${locale} page, its ${missing} is empty (translation rule, ADR 001).`,
      )
    }
  }
}

async function loadLocale(locale: Locale): Promise<LocaleContent> {
  const [
    pages,
    publications,
    hearings,
    networks,
    trainings,
    settings,
    navigation,
    urgent,
    safety,
    media,
  ] = await Promise.all([
    fetchCollection('pages', locale),
    fetchCollection('publications', locale),
    fetchCollection('hearings', locale),
    fetchCollection('partner-networks', locale),
    fetchCollection('trainings', locale),
    fetchGlobal('site-settings', locale),
    fetchGlobal('navigation', locale),
    fetchGlobal('urgent-contacts', locale),
    fetchGlobal('safety', locale),
    fetchCollection('media', locale),
  ])
  const newestFirst = <T extends { date: string }>(a: T, b: T) => b.date.localeCompare(a.date)
  noticeHalfTranslated(locale, { pages, publications, hearings, trainings })
  return {
    pages: pages.filter(hasLocaleVersion),
    publications: publications.filter(hasLocaleVersion).sort(newestFirst),
    hearings: hearings.filter(hasLocaleVersion).sort(newestFirst),
    networks: networks.filter((network) =>
      hasLocaleVersion({ title: network.name, slug: network.name }),
    ),
    trainings: trainings.filter(hasLocaleVersion),
    settings,
    navigation,
    urgentContacts: (urgent.contacts ?? []).filter((contact) => Boolean(contact.label?.trim())),
    safety,
    media,
  }
}

/** Every locale's published content, as an anonymous reader of the CMS sees it. @throws CmsError */
export async function loadContent(): Promise<Record<Locale, LocaleContent>> {
  const entries = await Promise.all(
    locales.map(async (locale) => [locale, await loadLocale(locale)] as const),
  )
  return Object.fromEntries(entries) as Record<Locale, LocaleContent>
}

/** The redirects collection (not localized: one read, in the default locale). @throws CmsError */
export function loadRedirects(): Promise<RedirectDoc[]> {
  return fetchCollection('redirects', defaultLocale)
}

/**
 * Arranges content as routes, with each document's alternates, and the redirects as stub routes. The build
 * passes what is published; the preview server passes the same with one draft put in, and no redirects.
 * @throws CmsError when two documents want one address, or French has no home page
 */
export function arrangeSiteData(
  content: Record<Locale, LocaleContent>,
  redirectDocs: RedirectDoc[] = [],
): SiteData {
  const paths = new Map<string, string>()
  const key = (collection: string, id: number, locale: Locale) => `${collection}:${id}:${locale}`
  const routes: SiteRoute[] = []
  const seen = new Map<string, string>()

  const claim = (path: string, owner: string) => {
    const previous = seen.get(path)
    if (previous)
      throw new CmsError(
        `Two documents want the address ${path}: ${previous} and ${owner}. Change a slug.`,
      )
    seen.set(path, owner)
  }

  const add = <D extends Routed & { purpose?: string | null | undefined }>(
    collection: RoutedCollection,
    pick: (c: LocaleContent) => D[],
    toRoute: (doc: D) => RouteBody,
  ) => {
    const toPath = (locale: Locale, doc: D) => documentPath(collection, locale, doc)
    const byId = new Map<number, Alternates>()
    for (const locale of locales) {
      for (const doc of pick(content[locale])) {
        const path = toPath(locale, doc)
        claim(path, `${collection} ${doc.id}`)
        paths.set(key(collection, doc.id, locale), path)
        const alternates = byId.get(doc.id) ?? {}
        alternates[locale] = path
        byId.set(doc.id, alternates)
      }
    }
    for (const locale of locales) {
      for (const doc of pick(content[locale])) {
        routes.push({
          locale,
          path: toPath(locale, doc),
          alternates: byId.get(doc.id) ?? {},
          ...toRoute(doc),
        })
      }
    }
  }

  add(
    'pages',
    (c) => c.pages,
    (page) => ({ kind: 'page', page }),
  )
  add(
    'publications',
    (c) => c.publications,
    (publication) => ({ kind: 'publication', publication }),
  )
  add(
    'hearings',
    (c) => c.hearings,
    (hearing) => ({ kind: 'hearing', hearing }),
  )
  add(
    'trainings',
    (c) => c.trainings,
    (training) => ({ kind: 'training', training }),
  )

  const timeline = Object.fromEntries(
    locales.map((locale) => [locale, timelineItems(content, locale)]),
  ) as Record<Locale, TimelineItem[]>
  addListPages(content, routes, claim, {
    purpose: 'advocacy',
    owner: 'timeline',
    filtersOf: (locale) => timelineFilters(timeline[locale]),
    keyOf: (filter) => JSON.stringify(filter),
    pathOf: timelineFilterPath,
    countOf: (locale, filter) => filterTimeline(timeline[locale], filter).length,
    route: (page, filter, listPage) => ({ kind: 'timeline', page, filter, listPage }),
  })
  addListPages(content, routes, claim, {
    purpose: 'professionals',
    owner: 'trainings catalogue',
    filtersOf: (locale) => trainingFilters(content[locale].trainings),
    keyOf: trainingFilterKey,
    pathOf: trainingFilterPath,
    countOf: (locale, filter) => filterTrainings(content[locale].trainings, filter).length,
    route: (page, filter, listPage) => ({ kind: 'trainings', page, filter, listPage }),
  })
  addPublicationsLibrary(timeline, routes, claim)

  for (const form of formPages) {
    const alternates = Object.fromEntries(
      locales.map((locale) => [locale, sectionPath(locale, form)]),
    ) as Alternates
    for (const locale of locales) {
      claim(sectionPath(locale, form), `form page ${form}`)
      routes.push({ kind: 'form', form, locale, path: sectionPath(locale, form), alternates })
    }
  }
  for (const result of ['thanks', 'invalid'] as const) {
    const alternates = Object.fromEntries(
      locales.map((locale) => [locale, sectionPath(locale, result)]),
    ) as Alternates
    for (const locale of locales) {
      claim(sectionPath(locale, result), `form page ${result}`)
      routes.push({
        kind: 'form-result',
        result,
        locale,
        path: sectionPath(locale, result),
        alternates,
      })
    }
  }
  for (const statement of statements) {
    const written = locales.filter((locale) => hasStatement(statement, locale))
    const alternates = Object.fromEntries(
      written.map((locale) => [locale, sectionPath(locale, statement)]),
    ) as Alternates
    for (const locale of written) {
      claim(sectionPath(locale, statement), `${statement} statement`)
      routes.push({
        kind: 'statement',
        statement,
        locale,
        path: sectionPath(locale, statement),
        alternates,
      })
    }
  }
  const searchAlternates = Object.fromEntries(
    locales.map((locale) => [locale, sectionPath(locale, 'search')]),
  ) as Alternates
  for (const locale of locales) {
    claim(sectionPath(locale, 'search'), 'search page')
    routes.push({
      kind: 'search',
      locale,
      path: sectionPath(locale, 'search'),
      alternates: searchAlternates,
    })
  }
  // The 404 pages are each other's alternates: a reader lost on /de/… (French 404) finds English in the switcher.
  const notFoundAlternates = Object.fromEntries(
    locales.map((locale) => [locale, `/${locale}/404/`]),
  ) as Alternates
  for (const locale of locales) {
    const path = `/${locale}/404/`
    claim(path, 'not-found page')
    routes.push({ kind: 'not-found', locale, path, alternates: notFoundAlternates })
  }
  if (!seen.has(homePath('fr'))) {
    throw new CmsError(
      'No published page has the role "home" in French: the site would have no home page.',
    )
  }

  const pathOf: SiteData['pathOf'] = (collection, id, locale) =>
    paths.get(key(collection, id, locale))
  const redirects = resolveRedirects(redirectDocs, pathOf, (path) => seen.has(path))
  for (const redirect of redirects) {
    claim(redirect.from, `redirect from ${redirect.from}`)
    routes.push({
      kind: 'redirect',
      to: redirect.to,
      locale: localeOfPath(redirect.from) ?? defaultLocale,
      path: redirect.from,
      alternates: {},
    })
  }

  const mediaOf = mediaLookup(
    Object.fromEntries(locales.map((locale) => [locale, content[locale].media])),
    publicCmsUrl(),
  )
  return { content, routes, redirects, pathOf, mediaOf, timeline }
}
/**
 * The pages of a list shown under the page with `purpose` in each locale (a locale without that page has none):
 * one page per filter, and each filter, like the whole list, cut into pages of `itemsPerPage` items (page 1 of a
 * filter at the filter's address, page 2 at `…/page/2/`; page 1 of the whole list is the CMS page itself, so it
 * gets no route here). The same filter and page number (same `key`) in another locale is its alternate, for
 * the language switcher. Used by the advocacy timeline (by institution, by year) and the trainings catalogue
 * (by audience, by format).
 */
function addListPages<F>(
  content: Record<Locale, LocaleContent>,
  routes: SiteRoute[],
  claim: (path: string, owner: string) => void,
  listing: {
    purpose: 'advocacy' | 'professionals'
    /** Names the list's pages in build errors, e.g. "timeline". */
    owner: string
    filtersOf: (locale: Locale) => F[]
    keyOf: (filter: F) => string
    pathOf: (locale: Locale, base: string, filter: F) => string
    /** How many items the list holds in `locale` with `filter` (the whole list without one). */
    countOf: (locale: Locale, filter: F | undefined) => number
    route: (page: PageDoc, filter: F | undefined, listPage: number) => RouteBody
  },
) {
  const perLocale = locales.flatMap((locale) => {
    const page = content[locale].pages.find((candidate) => candidate.purpose === listing.purpose)
    if (!page) return []
    const base = documentPath('pages', locale, page)
    return [undefined, ...listing.filtersOf(locale)].flatMap((filter) => {
      const first = filter === undefined ? base : listing.pathOf(locale, base, filter)
      const count = pageCount(listing.countOf(locale, filter))
      return Array.from({ length: count }, (_, i) => i + 1)
        .filter((listPage) => filter !== undefined || listPage > 1)
        .map((listPage) => ({
          locale,
          page,
          filter,
          listPage,
          key: `${filter === undefined ? 'all' : listing.keyOf(filter)} page ${listPage}`,
          path: listPagePath(locale, first, listPage),
        }))
    })
  })
  const alternatesOf = new Map<string, Alternates>()
  for (const entry of perLocale) {
    const alternates = alternatesOf.get(entry.key) ?? {}
    alternates[entry.locale] = entry.path
    alternatesOf.set(entry.key, alternates)
  }
  for (const { locale, page, filter, listPage, key, path } of perLocale) {
    claim(path, `${listing.owner} ${key}`)
    routes.push({
      locale,
      path,
      alternates: alternatesOf.get(key) ?? {},
      ...listing.route(page, filter, listPage),
    })
  }
}

/**
 * `/fr/publications/`: the publications library, in each locale where it lists something, cut into pages
 * (`/fr/publications/page/2/`…); the same page number in another locale is its alternate.
 */
function addPublicationsLibrary(
  timeline: Record<Locale, TimelineItem[]>,
  routes: SiteRoute[],
  claim: (path: string, owner: string) => void,
) {
  const counts = locales.map((locale) => ({
    locale,
    count: timeline[locale].filter((item) => item.collection === 'publications').length,
  }))
  const listed = counts.filter(({ count }) => count > 0)
  const pages = Math.max(0, ...listed.map(({ count }) => pageCount(count)))
  for (let listPage = 1; listPage <= pages; listPage += 1) {
    const present = listed.filter(({ count }) => pageCount(count) >= listPage)
    const alternates = Object.fromEntries(
      present.map(({ locale }) => [
        locale,
        listPagePath(locale, sectionPath(locale, 'publications'), listPage),
      ]),
    ) as Alternates
    for (const { locale } of present) {
      const path = alternates[locale] ?? ''
      claim(path, `publications library page ${listPage}`)
      routes.push({ kind: 'publications', listPage, locale, path, alternates })
    }
  }
}

/**
 * Where each redirect leads in this build. A redirect that cannot be emitted is skipped with a warning in
 * the build log, never a failed build (one stale redirect must not stop everybody's publishing): its old path
 * is outside the locales or is a live page (it would hide it), its target has no page in that locale (deleted,
 * unpublished or untranslated), or its custom path is not a page of the site.
 */
export function resolveRedirects(
  docs: RedirectDoc[],
  pathOf: SiteData['pathOf'],
  isLive: (path: string) => boolean,
): SiteRedirect[] {
  const resolved: SiteRedirect[] = []
  const skip = (doc: RedirectDoc, why: string) =>
    console.warn(`[redirects] skipped redirect ${doc.id} from ${doc.from}: ${why}`)
  for (const doc of docs) {
    const locale = localeOfPath(doc.from)
    if (!locale) {
      skip(doc, 'the old address is not under /fr/ or /en/')
      continue
    }
    if (isLive(doc.from)) {
      skip(doc, 'a published page has this address')
      continue
    }
    let to: string | undefined
    if (doc.to.type === 'custom') {
      const url = doc.to.url ?? ''
      if (/^https?:\/\//.test(url)) to = url
      else if (isLive(url)) to = url
      else {
        skip(doc, `the destination ${url || '(empty)'} is not a page of the site`)
        continue
      }
    } else {
      const target = doc.to.reference
      to = target ? pathOf(target.relationTo, target.value, locale) : undefined
      if (!to) {
        skip(
          doc,
          target
            ? `${target.relationTo} ${target.value} has no published page in ${locale}`
            : 'its content was deleted',
        )
        continue
      }
    }
    resolved.push({ from: doc.from, to })
  }
  return resolved
}

let cached: Promise<SiteData> | undefined

/** The site's data, fetched once per build. @throws CmsError (see ./cms.ts) */
export function getSiteData(): Promise<SiteData> {
  cached ??= Promise.all([loadContent(), loadRedirects()]).then(([content, redirectDocs]) =>
    arrangeSiteData(content, redirectDocs),
  )
  return cached
}
