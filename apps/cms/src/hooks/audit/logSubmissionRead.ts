import type { CollectionAfterOperationHook } from 'payload'

import { roleOf } from '../../access/roles.ts'
import { writeAuditEntry } from '../../utilities/writeAuditEntry.ts'

/**
 * Logs a `read` when a staff member opens ONE submission (the admin's document view, `GET /api/<slug>/<id>`).
 * Lists are not logged row by row: a list shows the columns, opening a submission shows what the person wrote.
 * `afterOperation` rather than `afterRead`, which also runs on the document returned by an update.
 */
export const logSubmissionRead: CollectionAfterOperationHook = async ({
  operation,
  req,
  result,
}) => {
  const id = (result as { id?: unknown } | null)?.id
  if (operation === 'findByID' && roleOf(req) !== null && typeof id === 'number')
    await writeAuditEntry(req, { action: 'read', submissions: [id] })
  return result
}
