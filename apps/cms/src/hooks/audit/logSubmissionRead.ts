import type { CollectionAfterOperationHook } from 'payload'

import { roleOf } from '../../access/roles.ts'
import { submissionGroups } from '../../fields/submissionGroups.ts'
import { writeAuditEntry } from '../../utilities/writeAuditEntry.ts'

type Returned = { id?: unknown } & Partial<Record<string, unknown>>

const groups = Object.values(submissionGroups)

/** The numbers of the returned submissions that carry what the person wrote (a `select` may leave it out). */
function readNumbers(docs: Returned[]): number[] {
  return docs
    .filter((doc) => groups.some((group) => doc[group] !== undefined) && typeof doc.id === 'number')
    .map((doc) => doc.id as number)
}

/**
 * Logs a `read` when a staff member opens ONE submission (the admin's document view, `GET /api/<slug>/<id>`),
 * and when a list is read through the REST API (`GET /api/<slug>`), whose answer holds every field of every
 * row: one entry with all the numbers returned. The admin's own list (rendered on the server, Local API) is not
 * logged row by row: it shows the columns, opening a submission shows what the person wrote.
 * `afterOperation` rather than `afterRead`, which also runs on the document returned by an update.
 */
export const logSubmissionRead: CollectionAfterOperationHook = async ({
  operation,
  req,
  result,
}) => {
  if (roleOf(req) === null) return result
  if (operation === 'findByID') {
    const id = (result as Returned | null)?.id
    if (typeof id === 'number') await writeAuditEntry(req, { action: 'read', submissions: [id] })
  } else if (operation === 'find' && req.payloadAPI === 'REST') {
    const numbers = readNumbers((result as { docs?: Returned[] } | null)?.docs ?? [])
    if (numbers.length > 0)
      await writeAuditEntry(req, { action: 'read', submissions: numbers, count: numbers.length })
  }
  return result
}
