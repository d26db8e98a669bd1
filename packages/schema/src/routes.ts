import { isLocale, locales, type Locale } from './locales.ts'
import type { Institution, TrainingAudience, TrainingFormat } from './vocabulary.ts'

/**
 * The site's URL scheme, shared by the site (links, routes) and the CMS (form redirects).
 * Every path starts with the locale and ends with `/` (one trailing-slash rule for links, canonicals and
 * the sitemap). Section names are translated; document slugs come from the CMS per locale.
 */
export const sectionSegments = {
  fr: {
    publications: 'publications',
    hearings: 'auditions',
    trainings: 'formations',
    thanks: 'merci',
    invalid: 'formulaire-a-corriger',
    membership: 'devenir-membre',
    appointment: 'prendre-rendez-vous',
    accessibility: 'accessibilite',
    privacy: 'donnees-personnelles',
    'safe-browsing': 'naviguer-en-securite',
    search: 'recherche',
  },
  en: {
    publications: 'publications',
    hearings: 'hearings',
    trainings: 'trainings',
    thanks: 'thank-you',
    invalid: 'form-to-correct',
    membership: 'become-a-member',
    appointment: 'make-an-appointment',
    accessibility: 'accessibility',
    privacy: 'privacy',
    'safe-browsing': 'safe-browsing',
    search: 'search',
  },
} as const satisfies Record<'fr' | 'en', Record<string, string>>

type SectionWords = Record<Section, string>

/**
 * The section words of a locale's addresses. A language added to `locales` without words of its own here uses
 * the English ones until it gets them, so that adding a language is a change to the list and a UI-strings file.
 */
export function sectionSegmentsOf(locale: Locale): SectionWords {
  return (sectionSegments as Partial<Record<Locale, SectionWords>>)[locale] ?? sectionSegments.en
}

export type Section = keyof (typeof sectionSegments)['fr']

/**
 * Segments of the advocacy timeline's filter pages, under the advocacy page's own path (its slug comes from
 * the CMS): `/fr/plaidoyer/institution/greta/`, `/en/advocacy/year/2023/`. Kept apart from
 * {@link sectionSegments} because a filter page has no address of its own outside the advocacy page.
 */
export const timelineFilterSegments = {
  fr: { institution: 'institution', year: 'annee' },
  en: { institution: 'institution', year: 'year' },
} as const satisfies Record<Locale, Record<string, string>>

/** One filter of the advocacy timeline: hearings and publications of one institution, or of one year. */
export type TimelineFilter =
  { by: 'institution'; institution: Institution } | { by: 'year'; year: number }

/**
 * The static page of a timeline filter: `advocacyPath` (the advocacy page's path, ending with `/`) followed by
 * the filter's segment and value, e.g. `/fr/plaidoyer/annee/2023/`.
 */
export function timelineFilterPath(
  locale: Locale,
  advocacyPath: string,
  filter: TimelineFilter,
): string {
  const segment = timelineFilterSegments[locale][filter.by]
  const value = filter.by === 'institution' ? filter.institution : String(filter.year)
  return `${advocacyPath}${segment}/${value}/`
}

/**
 * Segments of the trainings catalogue's filter pages, under the professionals page's own path:
 * `/fr/professionnels/public/mineurs/`… values are the CMS's codes: `/fr/professionnels/format/initial/`.
 * A locale without its own words uses the English ones.
 */
export const trainingFilterSegments = {
  fr: { audience: 'public', format: 'format' },
  en: { audience: 'audience', format: 'format' },
} as const satisfies Record<Locale, Record<string, string>>

/**
 * One filter of the trainings catalogue: the trainings for professionals who support minors or adults (a
 * training for both appears under each), or the trainings of one format.
 */
export type TrainingFilter =
  | { by: 'audience'; audience: Exclude<TrainingAudience, 'both'> }
  | { by: 'format'; format: TrainingFormat }

/** The static page of a catalogue filter: `professionalsPath` (ending with `/`), the segment and the value. */
export function trainingFilterPath(
  locale: Locale,
  professionalsPath: string,
  filter: TrainingFilter,
): string {
  const words =
    (trainingFilterSegments as Partial<Record<Locale, Record<TrainingFilter['by'], string>>>)[
      locale
    ] ?? trainingFilterSegments.en
  const value = filter.by === 'audience' ? filter.audience : filter.format
  return `${professionalsPath}${words[filter.by]}/${value}/`
}

/**
 * The segment before the number of a list's further pages (`/fr/publications/page/2/`): the same word in both
 * locales, since "page" is French and English. A locale without its own word uses the English one.
 */
export const listPageSegments = {
  fr: 'page',
  en: 'page',
} as const satisfies Record<Locale, string>

/**
 * The static page `number` (from 1) of a list whose first page is `basePath` (ending with `/`): page 1 is
 * `basePath` itself, so a list that fits on one page keeps its address; page 2 is `basePath` + `page/2/`, e.g.
 * `/fr/plaidoyer/annee/2023/page/2/`.
 * @throws RangeError when `number` is not a whole number from 1
 */
export function listPagePath(locale: Locale, basePath: string, number: number): string {
  if (!Number.isInteger(number) || number < 1)
    throw new RangeError(`A list's page number is a whole number from 1, not ${number}.`)
  if (number === 1) return basePath
  const segment =
    (listPageSegments as Partial<Record<Locale, string>>)[locale] ?? listPageSegments.en
  return `${basePath}${segment}/${number}/`
}

/**
 * The site's statements, written in the code as MDX (apps/site/src/statements/) because they describe what the
 * code does: the accessibility statement (French RGAA, on WCAG 2.1 AA) and the technical privacy statement.
 * Their addresses are sections, so no CMS page can take them.
 */
export const statements = [
  'accessibility',
  'privacy',
  'safe-browsing',
] as const satisfies readonly Section[]
export type Statement = (typeof statements)[number]

/**
 * The request forms that have a page of their own (the quote form sits on each training's page): the membership
 * request at `/fr/devenir-membre/`, the appointment request at `/fr/prendre-rendez-vous/`.
 */
export const formPages = ['membership', 'appointment'] as const satisfies readonly Section[]
export type FormPage = (typeof formPages)[number]

/** `/fr/`, the home of a locale. */
export function homePath(locale: Locale): string {
  return `/${locale}/`
}

/** `/fr/<slug>/` for a page. */
export function pagePath(locale: Locale, slug: string): string {
  return `/${locale}/${slug}/`
}

/** `/fr/<section>/` or `/fr/<section>/<slug>/`. */
export function sectionPath(locale: Locale, section: Section, slug?: string): string {
  const base = `/${locale}/${sectionSegmentsOf(locale)[section]}/`
  return slug === undefined ? base : `${base}${slug}/`
}

/** Collections whose drafts editors can preview: every document the public site shows. */
export const previewCollections = [
  'pages',
  'publications',
  'hearings',
  'trainings',
  'partner-networks',
] as const
export type PreviewCollection = (typeof previewCollections)[number]

/**
 * `/preview/fr/hearings/12`: where a document's draft is shown with the site's templates. Served on the CMS's
 * origin to signed-in staff only (the admin's Preview button), never part of the public site. No trailing
 * slash, unlike the site's paths: Next.js (the CMS) redirects any path ending with `/` to the one without.
 */
export function previewPath(locale: Locale, collection: PreviewCollection, id: number): string {
  return `/preview/${locale}/${collection}/${id}`
}

/**
 * Headers of every answer under `/preview/`, content or refusal, from the CMS and from the preview server
 * alike: a draft is never stored by a browser or proxy cache, indexed, or announced through the Referer.
 */
export const previewHeaders: Readonly<Record<string, string>> = {
  'Cache-Control': 'no-store, private',
  'X-Robots-Tag': 'noindex, nofollow',
  'Referrer-Policy': 'no-referrer',
}

/** Collections whose documents have a page of their own on the site. */
export const routedCollections = ['pages', 'publications', 'hearings', 'trainings'] as const
export type RoutedCollection = (typeof routedCollections)[number]

/** True when `value` names a collection with pages on the site. */
export function isRoutedCollection(value: unknown): value is RoutedCollection {
  return typeof value === 'string' && (routedCollections as readonly string[]).includes(value)
}

/** What a document's path depends on, as read in one locale. */
export interface RoutedDoc {
  slug?: string | null | undefined
  /** Pages only: the home page lives at the locale's root whatever its slug. */
  purpose?: string | null | undefined
}

/**
 * The public path of a document of `collection` in `locale`. It assumes the document has a version in that
 * locale (`hasLocaleVersion`); the site and the CMS's redirect hook both build paths with it, so an old
 * address recorded by the CMS is exactly the one the site served.
 */
export function documentPath(collection: RoutedCollection, locale: Locale, doc: RoutedDoc): string {
  const slug = doc.slug ?? ''
  if (collection === 'pages')
    return doc.purpose === 'home' ? homePath(locale) : pagePath(locale, slug)
  return sectionPath(locale, collection, slug)
}

/** The locale a site path belongs to (`/en/…` → `en`), or `undefined` for a path outside the locales. */
export function localeOfPath(path: string): Locale | undefined {
  const first = path.split('/')[1]
  return isLocale(first) ? first : undefined
}

/**
 * An old address that redirects: a path of this site (`/fr/…/`, lowercase letters, digits and dashes,
 * ending with `/` like every path of the site).
 */
export const redirectFromPattern = new RegExp(
  `^/(?:${locales.join('|')})/(?:[a-z0-9][a-z0-9-]*/)+$`,
)

/**
 * What an editor typed as an old address, in the site's shape: the origin is dropped, a leading and a trailing
 * `/` are added, the query and fragment are dropped. The result still has to match {@link redirectFromPattern}.
 */
export function normalizeRedirectFrom(value: string): string {
  let path = value.trim()
  const origin = /^https?:\/\/[^/]+/i.exec(path)
  if (origin) path = path.slice(origin[0].length)
  path = path.split(/[?#]/)[0] ?? ''
  if (!path.startsWith('/')) path = `/${path}`
  if (!path.endsWith('/')) path = `${path}/`
  return path
}
