import type { TextField } from 'payload'

/** The localized title: the document exists in a locale when it and the slug are filled (ADR 001). */
export function titleField(overrides: Partial<TextField> = {}): TextField {
  return {
    name: 'title',
    type: 'text',
    required: true,
    localized: true,
    label: { fr: 'Titre', en: 'Title' },
    ...overrides,
  } as TextField
}
