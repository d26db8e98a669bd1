import type { GlobalConfig } from 'payload'

import { anyone } from '../access/anyone.ts'
import { isStaff } from '../access/isStaff.ts'
import { requestSiteBuildOnGlobalChange } from '../hooks/requestSiteBuild.ts'

export const urgentContactsSlug = 'urgent-contacts'

/** Numbers shown on every public page as `tel:` links. Only numbers whose service is certain belong here. */
export const UrgentContacts: GlobalConfig = {
  slug: urgentContactsSlug,
  label: { fr: 'Numéros d’urgence', en: 'Urgent contacts' },
  access: { read: anyone, update: isStaff },
  hooks: { afterChange: [requestSiteBuildOnGlobalChange] },
  fields: [
    {
      name: 'contacts',
      type: 'array',
      label: { fr: 'Numéros', en: 'Numbers' },
      admin: {
        description: {
          fr: 'Affichés sur toutes les pages du site. Vérifiez chaque numéro auprès du service avant de l’ajouter.',
          en: 'Shown on every page of the site. Check each number with the service before adding it.',
        },
      },
      fields: [
        {
          name: 'label',
          type: 'text',
          required: true,
          localized: true,
          label: { fr: 'Service', en: 'Service' },
        },
        {
          name: 'number',
          type: 'text',
          required: true,
          label: { fr: 'Numéro', en: 'Number' },
          validate: (value: string | null | undefined) =>
            (typeof value === 'string' && /^\+?[0-9 ]{2,20}$/.test(value)) ||
            'Numéro : chiffres et espaces seulement, éventuellement précédés de + / Number: digits and spaces only.',
        },
        {
          name: 'description',
          type: 'text',
          localized: true,
          label: { fr: 'Quand appeler', en: 'When to call' },
        },
      ],
    },
  ],
}
