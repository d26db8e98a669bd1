import type { CollectionConfig } from 'payload'

import { isAdmin } from '../access/isAdmin.ts'
import { nobody } from '../access/nobody.ts'
import { usersSlug } from './Users/index.ts'

export const auditEntriesSlug = 'audit-entries'

/** What an audit entry records; `purge` is the retention job, the others a staff member's action. */
export const auditActions = ['read', 'export', 'delete', 'status', 'purge'] as const
export type AuditAction = (typeof auditActions)[number]

/**
 * Who opened, exported, deleted or changed the status of which form submission, and when (`createdAt`).
 * Written only by the server (`overrideAccess`); admins read it, nobody edits or deletes it through the API.
 * It holds submission numbers, never what the person wrote, and no relationship to the submission, so the
 * trail outlives a deleted or purged submission.
 */
export const AuditEntries: CollectionConfig = {
  slug: auditEntriesSlug,
  labels: {
    singular: { fr: 'Entrée du journal d’accès', en: 'Access log entry' },
    plural: { fr: 'Journal d’accès aux demandes', en: 'Requests access log' },
  },
  admin: {
    defaultColumns: ['createdAt', 'action', 'user', 'submissions', 'count'],
    useAsTitle: 'action',
    description: {
      fr: 'Qui a consulté, exporté, supprimé ou changé le suivi de quelle demande reçue, et quand. Le contenu des demandes n’est jamais copié ici.',
      en: 'Who opened, exported, deleted or changed the status of which request received, and when. What people wrote is never copied here.',
    },
  },
  defaultSort: '-createdAt',
  access: { read: isAdmin, create: nobody, update: nobody, delete: nobody },
  fields: [
    {
      name: 'action',
      type: 'select',
      required: true,
      label: { fr: 'Action', en: 'Action' },
      options: [
        { value: 'read', label: { fr: 'Consultation', en: 'Opened' } },
        { value: 'export', label: { fr: 'Export CSV', en: 'CSV export' } },
        { value: 'delete', label: { fr: 'Suppression', en: 'Deletion' } },
        { value: 'status', label: { fr: 'Changement de suivi', en: 'Status change' } },
        { value: 'purge', label: { fr: 'Purge automatique', en: 'Automatic purge' } },
      ] satisfies Array<{ value: AuditAction; label: Record<'fr' | 'en', string> }>,
    },
    {
      name: 'submissions',
      type: 'number',
      hasMany: true,
      label: { fr: 'Numéros des demandes', en: 'Request numbers' },
      admin: {
        description: {
          fr: 'Les numéros restent après la suppression des demandes.',
          en: 'The numbers remain after the requests are deleted.',
        },
      },
    },
    {
      name: 'user',
      type: 'relationship',
      relationTo: usersSlug,
      label: { fr: 'Par', en: 'By' },
      admin: {
        description: {
          fr: 'Vide pour la purge automatique.',
          en: 'Empty for the automatic purge.',
        },
      },
    },
    {
      name: 'count',
      type: 'number',
      label: { fr: 'Nombre de demandes', en: 'Number of requests' },
    },
  ],
}
