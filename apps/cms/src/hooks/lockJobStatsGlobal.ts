import type { Payload } from 'payload'

import { nobody } from '../access/nobody.ts'

/**
 * Payload's job queue adds a hidden `payload-jobs-stats` global (when each scheduled task last ran) that any
 * signed-in user may read and rewrite through REST; an editor rewriting it could make the nightly purge skip
 * or repeat. Only the job runner uses it, through the database adapter (no access check), so nobody gets REST
 * access. The global is added while Payload sanitizes the config, after plugins run: hence here, at init.
 */
export function lockJobStatsGlobal(payload: Payload): void {
  const global = payload.config.globals.find(({ slug }) => slug === 'payload-jobs-stats')
  if (global) global.access = { ...global.access, read: nobody, update: nobody }
}
