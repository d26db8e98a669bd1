import { pageBlockLimits } from '@mist/schema'
import type { Block } from 'payload'

import { trainingsSlug } from '../collections/Trainings.ts'

/** Trainings chosen by editors, as cards, with a link to the whole catalogue. */
export const FeaturedTrainings: Block = {
  slug: 'featured-trainings',
  interfaceName: 'FeaturedTrainingsBlock',
  // Editors tell blocks apart by their type and content: a name of their own would read “Sans titre” in every row.
  admin: { disableBlockName: true },
  labels: {
    singular: { fr: 'Formations mises en avant', en: 'Featured trainings' },
    plural: { fr: 'Formations mises en avant', en: 'Featured trainings' },
  },
  fields: [
    {
      name: 'heading',
      type: 'text',
      required: true,
      label: { fr: 'Titre', en: 'Heading' },
      admin: {
        description: {
          fr: 'Par exemple « Formations pour les professionnels ».',
          en: 'For example “Trainings for professionals”.',
        },
      },
    },
    {
      name: 'trainings',
      type: 'relationship',
      relationTo: trainingsSlug,
      hasMany: true,
      required: true,
      minRows: 1,
      maxRows: pageBlockLimits.featuredTrainings,
      label: { fr: 'Formations', en: 'Trainings' },
      admin: {
        description: {
          fr: `De 1 à ${pageBlockLimits.featuredTrainings} formations, dans l’ordre voulu. Une formation non publiée, ou sans titre dans la langue de la page, n’est pas montrée.`,
          en: `From 1 to ${pageBlockLimits.featuredTrainings} trainings, in the order you want. A training that is not published, or has no title in the page’s language, is not shown.`,
        },
      },
    },
  ],
}
