import { siteDestinations, type SiteDestination } from '@mist/schema'
import type { Field, Validate } from 'payload'

import { clearPageOfFixedDestination } from '../hooks/clearPageOfFixedDestination.ts'
import { say } from '../utilities/say.ts'

/** How editors see each destination in the admin's select. */
const destinationLabels: Record<SiteDestination, { fr: string; en: string }> = {
  page: {
    fr: 'Une page du site (à choisir ci-dessous)',
    en: 'A page of the site (choose it below)',
  },
  appointment: {
    fr: 'Le formulaire de prise de rendez-vous',
    en: 'The appointment request form',
  },
  membership: { fr: 'Le formulaire d’adhésion', en: 'The membership request form' },
  'urgent-numbers': { fr: 'Les numéros d’urgence', en: 'The urgent numbers' },
  trainings: {
    fr: 'Le catalogue des formations (et les demandes de devis)',
    en: 'The trainings catalogue (and quote requests)',
  },
  advocacy: { fr: 'La frise du plaidoyer', en: 'The advocacy timeline' },
}

/** A link to "a page of the site" needs the page. */
const validatePage: Validate = (value, { req, siblingData }) => {
  if ((siblingData as { destination?: unknown }).destination !== 'page') return true
  if (value !== null && value !== undefined && value !== '') return true
  return say(
    req,
    'Choisissez la page vers laquelle mène le lien.',
    'Choose the page the link leads to.',
  )
}

/**
 * The fields of a block's link (spread into an array row or a group): where it leads, the page when it leads
 * to one, and its text. The site computes the address in each locale (never typed by hand, so it cannot
 * break when a slug changes), and drops a link whose page has no version in the page's locale.
 */
export function siteLinkFields(): Field[] {
  return [
    {
      name: 'destination',
      type: 'select',
      required: true,
      defaultValue: 'page',
      label: { fr: 'Le lien mène vers', en: 'The link leads to' },
      options: siteDestinations.map((value) => ({ value, label: destinationLabels[value] })),
      admin: {
        description: {
          fr: 'Les formulaires, les numéros d’urgence, les formations et le plaidoyer ont toujours la bonne adresse, dans chaque langue.',
          en: 'The forms, the urgent numbers, the trainings and the advocacy always have the right address, in each language.',
        },
      },
    },
    {
      name: 'page',
      type: 'relationship',
      // `pagesSlug`, written out: Pages.ts imports the blocks that use this field, and importing it back here
      // would read the constant before Pages.ts has set it.
      relationTo: 'pages',
      label: { fr: 'Page', en: 'Page' },
      validate: validatePage,
      hooks: { beforeValidate: [clearPageOfFixedDestination] },
      admin: {
        condition: (_data, siblingData) =>
          (siblingData as { destination?: unknown }).destination === 'page',
      },
    },
    {
      name: 'label',
      type: 'text',
      label: { fr: 'Texte du lien', en: 'Link text' },
      admin: {
        description: {
          fr: 'Quelques mots qui disent où mène le lien. Laissez vide pour reprendre le titre de la page ou le nom habituel (« Prendre rendez-vous »…).',
          en: 'A few words saying where the link leads. Leave empty to use the page’s title or the usual name (“Make an appointment”…).',
        },
      },
    },
  ]
}
