import type { CollectionConfig } from 'payload'

import { editorialAccess } from '../access/editorialAccess.ts'
import { siteBuildHooks } from '../hooks/requestSiteBuild.ts'

/**
 * What every public content collection shares: drafts, the public-reads-published access rule, and the hooks
 * that rebuild the site when its published version changes.
 */
export const editorialCollection = {
  versions: { drafts: true },
  access: editorialAccess,
  hooks: siteBuildHooks,
} satisfies Partial<CollectionConfig>
