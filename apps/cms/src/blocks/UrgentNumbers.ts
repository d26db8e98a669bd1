import type { Block } from 'payload'

/**
 * The urgent numbers, as set in the "Numéros d’urgence" settings (the urgent-contacts global): written once
 * there, shown here and in every page's footer. The block only places them and may add a sentence.
 */
export const UrgentNumbers: Block = {
  slug: 'urgent-numbers',
  interfaceName: 'UrgentNumbersBlock',
  // Editors tell blocks apart by their type and content: a name of their own would read “Sans titre” in every row.
  admin: { disableBlockName: true },
  labels: {
    singular: { fr: 'Numéros d’urgence', en: 'Urgent numbers' },
    plural: { fr: 'Numéros d’urgence', en: 'Urgent numbers' },
  },
  fields: [
    {
      name: 'heading',
      type: 'text',
      label: { fr: 'Titre', en: 'Heading' },
      admin: {
        description: {
          fr: 'Facultatif. Laissez vide pour « En cas d’urgence ». Les numéros eux-mêmes se modifient dans Réglages → Numéros d’urgence.',
          en: 'Optional. Leave empty for “In an emergency”. The numbers themselves are changed in Globals → Urgent contacts.',
        },
      },
    },
    {
      name: 'text',
      type: 'textarea',
      label: { fr: 'Texte', en: 'Text' },
      admin: {
        description: {
          fr: 'Facultatif. Une phrase au-dessus des numéros.',
          en: 'Optional. A sentence above the numbers.',
        },
      },
    },
  ],
}
