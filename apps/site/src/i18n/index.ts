/**
 * UI strings with i18next: one instance per locale, the language always passed explicitly (never a global
 * current language, so two locales can render in one build without leaking into each other).
 * Adding a language: add it to `locales` in @mist/schema and a `<code>.json` here.
 */
import { locales, type Locale } from '@mist/schema'
import i18next, { type TFunction } from 'i18next'

import type fr from './fr.json'

/** Every `<code>.json` beside this file; French is the shape the others follow. */
const files = import.meta.glob<{ default: typeof fr }>('./*.json', { eager: true })

/**
 * The UI strings of each locale in `locales`.
 * @throws when a locale has no strings file, naming the file to add
 */
export const resources = Object.fromEntries(
  locales.map((locale) => {
    const file = files[`./${locale}.json`]
    if (!file)
      throw new Error(`No UI strings for the locale "${locale}": add src/i18n/${locale}.json.`)
    return [locale, file.default]
  }),
) as Record<Locale, typeof fr>

const translators = new Map<Locale, TFunction>()

/** The translation function for `locale`; keys are dotted paths into `<locale>.json`. */
export function useTranslations(locale: Locale): TFunction {
  const existing = translators.get(locale)
  if (existing) return existing
  const instance = i18next.createInstance()
  void instance.init({
    lng: locale,
    fallbackLng: false,
    resources: { [locale]: { translation: resources[locale] } },
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  })
  const t = instance.getFixedT(locale)
  translators.set(locale, t)
  return t
}

/** The form error messages of a locale, keyed `form.errors.<name>`, for the form script. */
export function formErrorMessages(locale: Locale): Record<string, string> {
  return Object.fromEntries(
    Object.entries(resources[locale].form.errors).map(([name, text]) => [
      `form.errors.${name}`,
      text,
    ]),
  )
}

export { locales }
