import type { Block } from 'payload'

import { siteLinkFields } from '../fields/siteLink.ts'

/** A heading, a short text and one link shown as a button: "Prendre rendez-vous", "Devenir membre"… */
export const CallToAction: Block = {
  slug: 'call-to-action',
  interfaceName: 'CallToActionBlock',
  // Editors tell blocks apart by their type and content: a name of their own would read “Sans titre” in every row.
  admin: { disableBlockName: true },
  labels: {
    singular: { fr: 'Appel à l’action (bouton)', en: 'Call to action (button)' },
    plural: { fr: 'Appels à l’action', en: 'Calls to action' },
  },
  fields: [
    {
      name: 'heading',
      type: 'text',
      required: true,
      label: { fr: 'Titre', en: 'Heading' },
    },
    {
      name: 'text',
      type: 'textarea',
      label: { fr: 'Texte', en: 'Text' },
      admin: {
        description: {
          fr: 'Facultatif. Une ou deux phrases.',
          en: 'Optional. One or two sentences.',
        },
      },
    },
    {
      name: 'link',
      type: 'group',
      label: { fr: 'Bouton', en: 'Button' },
      fields: siteLinkFields(),
    },
  ],
}
