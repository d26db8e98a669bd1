import { pageBlockLimits } from '@mist/schema'
import type { Block } from 'payload'

/** The newest hearings and publications, as cards, with a link to the whole advocacy timeline. */
export const LatestAdvocacy: Block = {
  slug: 'latest-advocacy',
  interfaceName: 'LatestAdvocacyBlock',
  // Editors tell blocks apart by their type and content: a name of their own would read “Sans titre” in every row.
  admin: { disableBlockName: true },
  labels: {
    singular: { fr: 'Derniers travaux de plaidoyer', en: 'Latest advocacy' },
    plural: { fr: 'Derniers travaux de plaidoyer', en: 'Latest advocacy' },
  },
  fields: [
    {
      name: 'heading',
      type: 'text',
      required: true,
      label: { fr: 'Titre', en: 'Heading' },
      admin: {
        description: {
          fr: 'Par exemple « Nos derniers travaux ». Le site ajoute lui-même les auditions et publications les plus récentes.',
          en: 'For example “Our latest work”. The site adds the most recent hearings and publications itself.',
        },
      },
    },
    {
      name: 'count',
      type: 'number',
      required: true,
      defaultValue: 3,
      min: 1,
      max: pageBlockLimits.advocacyItems,
      admin: {
        step: 1,
        description: {
          fr: `Combien en montrer, de 1 à ${pageBlockLimits.advocacyItems}.`,
          en: `How many to show, from 1 to ${pageBlockLimits.advocacyItems}.`,
        },
      },
      label: { fr: 'Nombre', en: 'Number' },
    },
  ],
}
