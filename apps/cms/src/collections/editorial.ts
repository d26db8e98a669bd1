import type { CollectionConfig } from 'payload'

import { editorialAccess } from '../access/editorialAccess.ts'
import { siteBuildHooks } from '../hooks/requestSiteBuild.ts'

/**
 * What every public content collection shares: drafts with autosave and versions, the public-reads-published
 * access rule, and the hooks
 * that rebuild the site when its published version changes.
 */
export const editorialCollection = {
  // Autosave keeps an editor's work as a draft (never published by itself); 50 versions to restore from.
  versions: { drafts: { autosave: { interval: 2000 } }, maxPerDoc: 50 },
  access: editorialAccess,
  hooks: siteBuildHooks,
} satisfies Partial<CollectionConfig>
