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
          fr: 'Remplace le texte par défaut du site sur ce que fait la sortie rapide et comment naviguer plus sûrement. Gardez-y ce que la sortie rapide ne cache pas (pages vues sans JavaScript ou avant la navigation discrète, page d’où la personne arrive, historique de navigation), comme le texte par défaut.',
          en: 'Replaces the site’s default text on what the quick exit does and how to browse more safely. Keep in it what the quick exit does not hide (pages seen without JavaScript or before discreet browsing, the page the reader came from, the browsing history), as the default text does.',
        },
      },
    },
  ],
}
