import type { Locale } from './locales.ts'

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
  },
  en: {
    publications: 'publications',
    hearings: 'hearings',
    trainings: 'trainings',
    thanks: 'thank-you',
    invalid: 'form-to-correct',
  },
} as const satisfies Record<Locale, Record<string, string>>

export type Section = keyof (typeof sectionSegments)['fr']

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
  const base = `/${locale}/${sectionSegments[locale][section]}/`
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
