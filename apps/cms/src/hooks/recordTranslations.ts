import { locales, type Locale } from '@mist/schema'
import type { CollectionBeforeChangeHook } from 'payload'

import { translationsFieldName } from '../fields/translations.ts'

const isFilled = (value: unknown): boolean => typeof value === 'string' && value.trim() !== ''

/**
 * beforeChange: records in `missingTranslations` the locales whose title (the collection's `useAsTitle`: `title`, or
 * `name` for partner networks) is still empty. The slug, the other half of the translation rule (ADR 001), is filled
 * from the title when the document is published, so the title alone tells an editor what exists.
 *
 * `data` holds the edited locale only; the other locales are read from the latest version (drafts included),
 * inside the same transaction.
 */
export const recordTranslations: CollectionBeforeChangeHook = async ({
  collection,
  data,
  operation,
  originalDoc,
  req,
}) => {
  const titleName = collection.admin.useAsTitle ?? 'title'
  const id = (originalDoc as { id?: number | string } | undefined)?.id
  const editing = req.locale
  const stored =
    operation === 'update' && id !== undefined
      ? ((await req.payload.findByID({
          collection: collection.slug,
          id,
          locale: 'all',
          draft: true,
          depth: 0,
          overrideAccess: true,
          req,
        })) as unknown as Record<string, unknown>)
      : undefined
  // The Local API sets `req.locale` to the locale it reads ('all'): give the rest of the save its own back.
  req.locale = editing
  const storedTitles = (stored?.[titleName] ?? {}) as Partial<Record<Locale, unknown>>
  const sent: unknown = (data as Record<string, unknown>)[titleName]
  const titleIn = (locale: Locale): unknown => {
    if (sent !== null && typeof sent === 'object') return (sent as Record<string, unknown>)[locale]
    if (locale === editing && sent !== undefined) return sent
    return storedTitles[locale]
  }
  return {
    ...data,
    [translationsFieldName]: locales.filter((locale) => !isFilled(titleIn(locale))),
  }
}
