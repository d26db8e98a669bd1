import type { CollectionConfig } from 'payload'

import { isStaff } from '../access/isStaff.ts'
import { nobody } from '../access/nobody.ts'
import { siteBuildsSlug } from './SiteBuildRequests.ts'

export { siteBuildsSlug }

/** The history of public-site builds: what triggered each, how long it took, how many pages, what failed. */
export const SiteBuilds: CollectionConfig = {
  slug: siteBuildsSlug,
  labels: {
    singular: { fr: 'Mise à jour du site', en: 'Site update' },
    plural: { fr: 'Mises à jour du site', en: 'Site updates' },
  },
  admin: {
    defaultColumns: ['status', 'startedAt', 'durationMs', 'pages', 'trigger'],
    description: {
      fr: 'Chaque mise à jour du site public, faite automatiquement après une publication.',
      en: 'Every update of the public site, made automatically after publishing.',
    },
  },
  defaultSort: '-startedAt',
  access: { read: isStaff, create: nobody, update: nobody, delete: nobody },
  fields: [
    {
      name: 'status',
      type: 'select',
      required: true,
      label: { fr: 'État', en: 'Status' },
      options: [
        { value: 'running', label: { fr: 'En cours', en: 'Running' } },
        { value: 'succeeded', label: { fr: 'Réussie', en: 'Succeeded' } },
        { value: 'failed', label: { fr: 'Échouée', en: 'Failed' } },
      ],
    },
    { name: 'trigger', type: 'text', label: { fr: 'Cause', en: 'Trigger' } },
    {
      name: 'requests',
      type: 'number',
      label: { fr: 'Modifications prises en compte', en: 'Changes included' },
    },
    {
      name: 'startedAt',
      type: 'date',
      required: true,
      label: { fr: 'Commencée le', en: 'Started at' },
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'finishedAt',
      type: 'date',
      label: { fr: 'Terminée le', en: 'Finished at' },
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    { name: 'durationMs', type: 'number', label: { fr: 'Durée (ms)', en: 'Duration (ms)' } },
    { name: 'pages', type: 'number', label: { fr: 'Pages', en: 'Pages' } },
    { name: 'error', type: 'textarea', label: { fr: 'Erreur', en: 'Error' } },
  ],
}
