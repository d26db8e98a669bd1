import { z } from 'zod'

/** The site's locales, default first. Adding a language starts here (and a UI-strings file in the site). */
export const locales = ['fr', 'en'] as const
export type Locale = (typeof locales)[number]

/** French is Mist's working language: the CMS default and the `x-default` of the site. */
export const defaultLocale: Locale = 'fr'

export const LocaleSchema = z.enum(locales)

/** True when `value` is one of {@link locales}. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value)
}
