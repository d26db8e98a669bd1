import type { CollectionAfterChangeHook } from 'payload'

import type { FormSubmission } from '../../payload-types.ts'
import { writeAuditEntry } from '../../utilities/writeAuditEntry.ts'

/**
 * Logs who changed a submission's status (new, handled, archived). A REST update returns the whole request,
 * so one that changes no status (a PATCH of `{}`, or of the same status, one by one or in bulk) is logged as a
 * `read`: otherwise it would hand over what the person wrote without a trace.
 */
export const logSubmissionStatusChange: CollectionAfterChangeHook<FormSubmission> = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  if (operation !== 'update') return doc
  if (doc.status !== previousDoc.status) {
    await writeAuditEntry(req, { action: 'status', submissions: [doc.id] })
  } else if (req.payloadAPI === 'REST' && req.user) {
    await writeAuditEntry(req, { action: 'read', submissions: [doc.id] })
  }
  return doc
}
