import type { PayloadRequest, TaskConfig } from 'payload'

import { formSubmissionsSlug } from '../collections/FormSubmissions.ts'
import { purgeExpiredIntakeState } from '../endpoints/intake/intakeState.ts'
import { env } from '../env.ts'
import { skipSubmissionAuditKey, writeAuditEntry } from '../utilities/writeAuditEntry.ts'
import { monthsBefore } from './monthsBefore.ts'

/** The queue the nightly jobs go to; `jobs.autoRun` runs it. */
export const nightlyQueue = 'nightly'

/**
 * Deletes the requests received more than `months` months ago (the retention period) and logs counts only:
 * one log line and one `purge` entry in the access log, with the numbers of the deleted requests.
 * @param req the job's request (its transaction)
 * @param months retention period in whole months
 * @param now reference instant, for tests
 * @returns how many requests were deleted
 */
export async function purgeOldSubmissions(
  req: PayloadRequest,
  months: number,
  now: Date = new Date(),
): Promise<number> {
  const cutoff = monthsBefore(now, months)
  const result = await req.payload.delete({
    collection: formSubmissionsSlug,
    where: { createdAt: { less_than: cutoff.toISOString() } },
    select: { createdAt: true },
    depth: 0,
    overrideAccess: true,
    context: { [skipSubmissionAuditKey]: true },
    req,
  })
  const ids = result.docs.map((doc) => doc.id)
  await writeAuditEntry(req, { action: 'purge', submissions: ids, count: ids.length })
  // Counts only: a purge log must never carry what people wrote.
  req.payload.logger.info(
    `Retention: ${ids.length} form submission(s) older than ${months} month(s) deleted, ${result.errors.length} failed`,
  )
  return ids.length
}

/**
 * Every night at 03:00 (server time), purges the requests older than SUBMISSION_RETENTION_MONTHS (default 12),
 * and the form intake's expired rate-limit windows, duplicate fingerprints and idempotency keys.
 * Scheduled by `schedule` and run by `jobs.autoRun` (jobs/index.ts).
 */
export const purgeOldSubmissionsTask: TaskConfig<{ input: object; output: { purged: number } }> = {
  slug: 'purgeOldSubmissions',
  label: 'Purge old form submissions',
  schedule: [{ cron: '0 3 * * *', queue: nightlyQueue }],
  outputSchema: [{ name: 'purged', type: 'number', required: true }],
  retries: 2,
  handler: async ({ req }) => {
    const purged = await purgeOldSubmissions(req, env.SUBMISSION_RETENTION_MONTHS)
    const expired = await purgeExpiredIntakeState(req.payload, env.FORM_RATE_LIMIT_WINDOW_SECONDS)
    req.payload.logger.info(
      `Form intake: ${expired} expired rate-limit or duplicate row(s) deleted`,
    )
    return { output: { purged } }
  },
}
