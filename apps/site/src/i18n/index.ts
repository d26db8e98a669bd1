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
  const fixed = instance.getFixedT(locale) as unknown as (...args: unknown[]) => string
  // Every page asks for the same few dozen texts (menus, footer, labels of each list item): a text asked for by
  // its key alone is looked up once per build, not once per use (i18next's lookup is the build's main cost
  // after rendering itself). Calls with options (interpolation, counts) go to i18next every time.
  const plain = new Map<string, string>()
  const t = ((...args: unknown[]) => {
    const [key] = args
    if (args.length !== 1 || typeof key !== 'string') return fixed(...args)
    let text = plain.get(key)
    if (text === undefined) {
      text = fixed(key)
      plain.set(key, text)
    }
    return text
  }) as unknown as TFunction // the same calls as i18next's; only its brand type is missing
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
