/**
 * The translation rule (docs/decisions/001-translation-rule.md): a document exists in a locale if and only if
 * its title (or name) and slug in that locale are non-empty after trimming. The CMS runs with locale fallback
 * off, so an untranslated field comes back as `null` or `''`, never as the French text.
 *
 * This is the only implementation of the rule; the site and the CMS both call it.
 */
export interface TranslatableFields {
  title?: string | null | undefined
  slug?: string | null | undefined
}

/** True when `doc`, as fetched for one locale, has a version in that locale. */
export function hasLocaleVersion(doc: TranslatableFields): boolean {
  return isFilled(doc.title) && isFilled(doc.slug)
}

function isFilled(value: string | null | undefined): boolean {
  return typeof value === 'string' && value.trim().length > 0
}
