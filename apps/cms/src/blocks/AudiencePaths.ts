import { pageBlockLimits } from '@mist/schema'
import type { Block } from 'payload'

import { siteLinkFields } from '../fields/siteLink.ts'

/**
 * "Vous êtes victime ou proche" → information, urgent numbers, appointment; "Vous êtes professionnel·le" →
 * trainings…: a few paths side by side (one under the other on a phone), each a heading, a short text and
 * links to the places of the site that audience comes for.
 */
export const AudiencePaths: Block = {
  slug: 'audience-paths',
  interfaceName: 'AudiencePathsBlock',
  // Editors tell blocks apart by their type and content: a name of their own would read “Sans titre” in every row.
  admin: { disableBlockName: true },
  labels: {
    singular: { fr: 'Parcours par public', en: 'Paths by audience' },
    plural: { fr: 'Parcours par public', en: 'Paths by audience' },
  },
  fields: [
    {
      name: 'paths',
      type: 'array',
      required: true,
      minRows: 1,
      maxRows: pageBlockLimits.paths,
      label: { fr: 'Parcours', en: 'Paths' },
      labels: {
        singular: { fr: 'Parcours', en: 'Path' },
        plural: { fr: 'Parcours', en: 'Paths' },
      },
      admin: {
        description: {
          fr: 'Un parcours par public (victimes, professionnels…), dans l’ordre où les lecteurs les verront. Mettez en premier celui des personnes qui ont besoin d’aide : sur un téléphone, il est le seul visible sans faire défiler.',
          en: 'One path per audience (victims, professionals…), in the order readers will see them. Put first the one for people who need help: on a phone, it is the only one visible without scrolling.',
        },
      },
      fields: [
        {
          name: 'heading',
          type: 'text',
          required: true,
          label: { fr: 'Titre', en: 'Heading' },
          admin: {
            description: {
              fr: 'À qui s’adresse ce parcours, par exemple « Vous êtes victime ou proche ».',
              en: 'Who this path is for, for example “You are a victim or someone close to one”.',
            },
          },
        },
        {
          name: 'text',
          type: 'textarea',
          label: { fr: 'Texte', en: 'Text' },
          admin: {
            description: {
              fr: 'Une ou deux phrases courtes : ce que Mist propose à ce public.',
              en: 'One or two short sentences: what Mist offers this audience.',
            },
          },
        },
        {
          name: 'links',
          type: 'array',
          required: true,
          minRows: 1,
          maxRows: pageBlockLimits.linksPerPath,
          label: { fr: 'Liens', en: 'Links' },
          labels: {
            singular: { fr: 'Lien', en: 'Link' },
            plural: { fr: 'Liens', en: 'Links' },
          },
          fields: siteLinkFields(),
        },
      ],
    },
  ],
}
