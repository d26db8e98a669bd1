import { isValidSlug, slugify } from '@mist/schema'
import type { FieldHook, TextField } from 'payload'

/**
 * Fills an empty slug from the title of the same locale (policy in docs/decisions/002-slugs.md), so editors
 * get a readable URL without typing one; a slug they type is kept as typed and validated.
 */
const fillSlugFromTitle =
  (titleField: string): FieldHook =>
  ({ value, siblingData }): unknown => {
    const current: unknown = value
    if (typeof current === 'string' && current.trim() !== '') return current.trim()
    const title: unknown = (siblingData as Record<string, unknown>)[titleField]
    return typeof title === 'string' && title.trim() !== '' ? slugify(title) : current
  }

/** A localized, URL-safe slug derived from `titleField` when left empty. */
export function slugField(titleField = 'title', overrides: Partial<TextField> = {}): TextField {
  return {
    name: 'slug',
    type: 'text',
    localized: true,
    index: true,
    label: { fr: 'Adresse (slug)', en: 'URL slug' },
    admin: {
      position: 'sidebar',
      description: {
        fr: 'Fin de l’adresse de la page. Laissez vide : elle est faite à partir du titre.',
        en: 'End of the page address. Leave empty: it is made from the title.',
      },
    },
    hooks: { beforeValidate: [fillSlugFromTitle(titleField)] },
    validate: (value: string | null | undefined) => {
      if (value === null || value === undefined || value === '') return true
      return isValidSlug(value) || 'Slug: lowercase letters, digits and dashes only (a-z, 0-9, -).'
    },
    ...overrides,
  } as TextField
}
