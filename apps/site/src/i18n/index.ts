/**
 * UI strings with i18next: one instance per locale, the language always passed explicitly (never a global
 * current language, so two locales can render in one build without leaking into each other).
 * Adding a language: add it to `locales` in @mist/schema and a `<code>.json` here.
 */
import { locales, type Locale } from '@mist/schema'
import i18next, { type TFunction } from 'i18next'

import en from './en.json'
import fr from './fr.json'

export const resources: Record<Locale, typeof fr> = { fr, en }

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
