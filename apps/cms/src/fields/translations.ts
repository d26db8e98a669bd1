import { locales } from '@mist/schema'
import type { SelectField } from 'payload'

export const translationsFieldName = 'missingTranslations'

/**
 * The languages a document is not yet written in, kept by the `recordTranslations` hook and shown as a list
 * column and filter ("Traduction manquante contient Anglais"), so editors see at a glance what still needs an
 * English version. Listing what is missing, not what exists, keeps the filter right: Payload matches a
 * has-many select row by row, so "is not English" would still match a document written in French and English.
 * Read-only: it is derived.
 */
export function translationsField(): SelectField {
  return {
    name: translationsFieldName,
    type: 'select',
    hasMany: true,
    label: { fr: 'Traduction manquante', en: 'Missing translation' },
    options: locales.map((code) => ({
      value: code,
      label: code === 'fr' ? { fr: 'Français', en: 'French' } : { fr: 'Anglais', en: 'English' },
    })),
    admin: {
      readOnly: true,
      position: 'sidebar',
      components: { Cell: '/components/MissingTranslationsCell.tsx#MissingTranslationsCell' },
      description: {
        fr: 'Mis à jour à chaque enregistrement : une langue disparaît de cette liste dès que le titre y est rempli. Le document paraît sur le site dans une langue une fois publié avec un titre dans cette langue.',
        en: 'Updated on every save: a language leaves this list as soon as the title is filled in it. The document appears on the site in a language once published with a title in that language.',
      },
    },
  }
}
