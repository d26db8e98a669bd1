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
