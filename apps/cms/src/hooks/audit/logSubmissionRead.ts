import type { CollectionAfterOperationHook, PayloadRequest, Where } from 'payload'

import { roleOf } from '../../access/roles.ts'
import { formSubmissionsSlug } from '../../collections/FormSubmissions.ts'
import { submissionGroups } from '../../fields/submissionGroups.ts'
import { writeAuditEntry } from '../../utilities/writeAuditEntry.ts'

type Returned = { id?: unknown } & Partial<Record<string, unknown>>

const groups: readonly string[] = Object.values(submissionGroups)

/** True for a field path inside what the person wrote, e.g. `quoteRequest.message` or `-quoteRequest.email`. */
function isPersonalPath(path: string): boolean {
  const [head = ''] = path.replace(/^-/, '').split('.')
  return groups.includes(head)
}

/**
 * True when a query's `where` (nested `and`/`or` included) or `sort` names a field of what the person wrote:
 * its answer then tells which requests hold a word even when it returns nothing but their numbers.
 */
export function queriesPersonalData(where: Where | undefined, sort?: unknown): boolean {
  const inWhere = (node: unknown): boolean => {
    if (typeof node !== 'object' || node === null) return false
    return Object.entries(node).some(([key, value]) => isPersonalPath(key) || inWhere(value))
  }
  const sorts = typeof sort === 'string' ? sort.split(',') : Array.isArray(sort) ? sort : []
  return inWhere(where) || sorts.some((path) => typeof path === 'string' && isPersonalPath(path))
}

/** The numbers of the returned submissions that carry what the person wrote (a `select` may leave it out). */
function readNumbers(docs: Returned[]): number[] {
  return docs
    .filter((doc) => groups.some((group) => doc[group] !== undefined) && typeof doc.id === 'number')
    .map((doc) => doc.id as number)
}

function numbersOf(docs: Returned[]): number[] {
  return docs.flatMap((doc) => (typeof doc.id === 'number' ? [doc.id] : []))
}

/** The numbers of the requests a counted `where` matched (the count's answer holds none). */
async function matchedNumbers(req: PayloadRequest, where: Where): Promise<number[]> {
  // Without `req` (so not REST, and no user): this lookup is not itself logged.
  const { docs } = await req.payload.find({
    collection: formSubmissionsSlug,
    where,
    depth: 0,
    pagination: false,
    select: {},
  })
  return numbersOf(docs)
}

/**
 * Logs a `read` when a staff member opens ONE submission (the admin's document view, `GET /api/<slug>/<id>`),
 * and when a list is read through the REST API (`GET /api/<slug>`), whose answer holds every field of every
 * row: one entry with all the numbers returned. A REST list or count whose `where` or `sort` looks into what
 * people wrote is logged too, with the numbers it singled out, even when it returns only numbers: repeated,
 * such queries read a message word by word. The admin's own list (rendered on the server, Local API) is not
 * logged row by row: it shows the columns, opening a submission shows what the person wrote.
 * `afterOperation` rather than `afterRead`, which also runs on the document returned by an update (an update
 * that returns a request is logged by logSubmissionStatusChange).
 */
export const logSubmissionRead: CollectionAfterOperationHook = async (hook) => {
  const { req, result } = hook
  if (roleOf(req) === null) return result
  if (hook.operation === 'findByID') {
    const id = (result as Returned | null)?.id
    if (typeof id === 'number') await writeAuditEntry(req, { action: 'read', submissions: [id] })
  } else if (hook.operation === 'find' && req.payloadAPI === 'REST') {
    const docs = (result as { docs?: Returned[] } | null)?.docs ?? []
    const numbers = queriesPersonalData(hook.args.where, hook.args.sort)
      ? numbersOf(docs)
      : readNumbers(docs)
    if (numbers.length > 0)
      await writeAuditEntry(req, { action: 'read', submissions: numbers, count: numbers.length })
  } else if (
    hook.operation === 'count' &&
    req.payloadAPI === 'REST' &&
    hook.args.where !== undefined &&
    queriesPersonalData(hook.args.where)
  ) {
    const numbers = await matchedNumbers(req, hook.args.where)
    if (numbers.length > 0)
      await writeAuditEntry(req, { action: 'read', submissions: numbers, count: numbers.length })
  }
  return result
}
