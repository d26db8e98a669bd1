import type { GlobalConfig } from 'payload'

import { anyone } from '../access/anyone.ts'
import { isStaff } from '../access/isStaff.ts'
import { requestSiteBuildOnGlobalChange } from '../hooks/requestSiteBuild.ts'

export const siteSettingsSlug = 'site-settings'

const leaveEmpty = {
  fr: 'Laissez vide tant que l’information n’est pas confirmée : le site n’affiche que ce qui est rempli.',
  en: 'Leave empty until confirmed: the site shows only what is filled in.',
}

/** Mist's name and contact details. Empty until editors fill them: the seed invents none. */
export const SiteSettings: GlobalConfig = {
  slug: siteSettingsSlug,
  label: { fr: 'Réglages du site', en: 'Site settings' },
  access: { read: anyone, update: isStaff },
  hooks: { afterChange: [requestSiteBuildOnGlobalChange] },
  fields: [
    {
      name: 'organisationName',
      type: 'text',
      label: { fr: 'Nom de l’organisation', en: 'Organisation name' },
      admin: {
        description: {
          fr: 'Nom officiel tel qu’il doit apparaître en bas des pages et dans les mentions légales.',
          en: 'Official name as it should appear at the bottom of pages and in the legal notice.',
        },
      },
    },
    {
      name: 'contactEmail',
      type: 'email',
      label: { fr: 'Courriel de contact', en: 'Contact email' },
      admin: { description: leaveEmpty },
    },
    {
      name: 'contactPhone',
      type: 'text',
      label: { fr: 'Téléphone de contact', en: 'Contact phone' },
      admin: { description: leaveEmpty },
    },
    {
      name: 'postalAddress',
      type: 'textarea',
      label: { fr: 'Adresse postale', en: 'Postal address' },
      admin: { description: leaveEmpty },
    },
  ],
}
