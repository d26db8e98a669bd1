import type { GlobalConfig } from 'payload'

import { anyone } from '../access/anyone.ts'
import { isStaff } from '../access/isStaff.ts'
import { validateHttpUrl } from '../fields/externalUrl.ts'
import { requestSiteBuildOnGlobalChange } from '../hooks/requestSiteBuild.ts'

export const safetySlug = 'safety'

/** The quick-exit destination and the browsing-safety advice shown on the public site. */
export const Safety: GlobalConfig = {
  slug: safetySlug,
  label: { fr: 'Sécurité de navigation', en: 'Browsing safety' },
  access: { read: anyone, update: isStaff },
  hooks: { afterChange: [requestSiteBuildOnGlobalChange] },
  fields: [
    {
      name: 'quickExitUrl',
      type: 'text',
      label: { fr: 'Destination de la sortie rapide', en: 'Quick exit destination' },
      validate: validateHttpUrl,
      admin: {
        description: {
          fr: 'Un site neutre (commençant par https://) vers lequel le bouton « Sortie rapide » emmène. Vide : une page blanche.',
          en: 'A neutral site (starting with https://) that the “Quick exit” button goes to. Empty: a blank page.',
        },
      },
    },
    {
      name: 'advice',
      type: 'textarea',
      localized: true,
      label: { fr: 'Conseils de navigation', en: 'Browsing advice' },
      admin: {
        description: {
          fr: 'Vos conseils, ajoutés à la fin de la page « Naviguer en sécurité » du site, après ce que le site explique lui-même (la sortie rapide, la navigation discrète, ce qu’elles ne cachent pas). Laissez vide s’il n’y a rien à ajouter.',
          en: 'Your advice, added at the end of the site’s “Browsing safely” page, after what the site explains itself (the quick exit, discreet browsing, what they do not hide). Leave empty when there is nothing to add.',
        },
      },
    },
  ],
}
