import type { CollectionConfig } from 'payload'

import { isAdmin } from '../access/isAdmin.ts'
import { nobody } from '../access/nobody.ts'

export const siteBuildRequestsSlug = 'site-build-requests'
export const siteBuildsSlug = 'site-builds'

/**
 * One row per change that should reach the public site. Rows are written inside the editor's transaction, so
 * the build scheduler only sees them once that transaction has committed (never stale content), and every CMS
 * instance sees the same queue. The scheduler attaches pending rows to the build that handles them.
 */
export const SiteBuildRequests: CollectionConfig = {
  slug: siteBuildRequestsSlug,
  labels: {
    singular: { fr: 'Demande de mise à jour du site', en: 'Site update request' },
    plural: { fr: 'Demandes de mise à jour du site', en: 'Site update requests' },
  },
  admin: { hidden: true },
  access: { read: isAdmin, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'trigger', type: 'text', required: true },
    { name: 'build', type: 'relationship', relationTo: siteBuildsSlug, index: true },
  ],
}
