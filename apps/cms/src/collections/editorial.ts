import type { CollectionConfig } from 'payload'

import { editorialAccess } from '../access/editorialAccess.ts'
import { recordTranslations } from '../hooks/recordTranslations.ts'
import { siteBuildHooks } from '../hooks/requestSiteBuild.ts'

/**
 * What every public content collection shares: drafts with autosave, versions and scheduled publishing, the
 * public-reads-published access rule, the languages-written record, and the hooks that rebuild the site when
 * its published version changes. Collections add `translationsField()` to their fields.
 */
export const editorialCollection = {
  // Autosave keeps an editor's work as a draft (never published by itself); 50 versions to restore from.
  // Scheduled publish/unpublish queues a job that the server runs when due (src/jobs).
  versions: {
    drafts: {
      autosave: { interval: 2000 },
      schedulePublish: { timeFormat: 'HH:mm', timeIntervals: 5 },
    },
    maxPerDoc: 50,
  },
  access: editorialAccess,
  hooks: { ...siteBuildHooks, beforeChange: [recordTranslations, ...siteBuildHooks.beforeChange] },
} satisfies Partial<CollectionConfig>
