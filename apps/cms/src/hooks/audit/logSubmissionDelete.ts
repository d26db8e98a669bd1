import type { CollectionAfterDeleteHook } from 'payload'

import { skipSubmissionAuditKey, writeAuditEntry } from '../../utilities/writeAuditEntry.ts'

/** Logs who deleted which submission (e.g. at the person's request); the purge logs itself once instead. */
export const logSubmissionDelete: CollectionAfterDeleteHook = async ({ id, req, context }) => {
  if (context[skipSubmissionAuditKey] === true || typeof id !== 'number') return
  await writeAuditEntry(req, { action: 'delete', submissions: [id] })
}
