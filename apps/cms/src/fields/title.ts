import type { TextField } from 'payload'

/** The localized title: the document exists in a locale when it and the slug are filled (ADR 001). */
export function titleField(overrides: Partial<TextField> = {}): TextField {
  return {
    name: 'title',
    type: 'text',
    required: true,
    localized: true,
    label: { fr: 'Titre', en: 'Title' },
    admin: {
      description: {
        fr: 'Tel qu’il apparaît sur le site, dans la langue choisie en haut de la page. Dans une langue où le titre reste vide, le document n’est pas publié sur le site.',
        en: 'As shown on the site, in the language chosen at the top of the page. In a language where the title stays empty, the document is not published on the site.',
      },
    },
    ...overrides,
  } as TextField
}
