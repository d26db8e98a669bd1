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

const directions = new Map<string, 'ltr' | 'rtl'>()

/**
 * The writing direction of a locale, for `<html dir>`: `rtl` for Arabic, Hebrew, Persian…, from the CLDR data
 * of the JavaScript engine (`Intl.Locale#getTextInfo`, TC39 Intl Locale Info), so a new language needs no list
 * here. Engines without it (older browsers; not Node 24) get `ltr`.
 */
export function localeDirection(locale: string): 'ltr' | 'rtl' {
  const known = directions.get(locale)
  if (known) return known
  const info = new Intl.Locale(locale) as Intl.Locale & {
    getTextInfo?: () => { direction?: string }
  }
  const direction = info.getTextInfo?.().direction === 'rtl' ? 'rtl' : 'ltr'
  // Asked by every page of a build: CLDR's answer does not change while the process runs.
  directions.set(locale, direction)
  return direction
}
