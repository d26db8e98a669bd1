import type { CollectionAfterChangeHook } from 'payload'

import type { FormSubmission } from '../../payload-types.ts'
import { writeAuditEntry } from '../../utilities/writeAuditEntry.ts'

/** Logs who changed a submission's status (new, handled, archived); other updates change nothing to log. */
export const logSubmissionStatusChange: CollectionAfterChangeHook<FormSubmission> = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  if (operation === 'update' && doc.status !== previousDoc.status)
    await writeAuditEntry(req, { action: 'status', submissions: [doc.id] })
  return doc
}
