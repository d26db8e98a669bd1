import type { PayloadRequest } from 'payload'

import { type AuditAction, auditEntriesSlug } from '../collections/AuditEntries.ts'

/**
 * Request context flag set by the retention purge: its deletions are logged once, as one `purge` entry,
 * instead of one `delete` entry per submission.
 */
export const skipSubmissionAuditKey = 'skipSubmissionAudit'

/**
 * Adds one entry to the access log, as the server, in the request's transaction (an action rolled back leaves
 * no entry). The acting user is the request's, or none for the system.
 * @param req the request that read, exported or deleted the submissions
 * @param entry submission numbers only: never what the person wrote
 */
export async function writeAuditEntry(
  req: PayloadRequest,
  entry: { action: AuditAction; submissions: number[]; count?: number },
): Promise<void> {
  const userId = req.user?.id
  await req.payload.create({
    collection: auditEntriesSlug,
    data: { ...entry, user: typeof userId === 'number' ? userId : null },
    overrideAccess: true,
    depth: 0,
    req,
  })
}
