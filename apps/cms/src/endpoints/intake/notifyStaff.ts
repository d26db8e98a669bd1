import type { Payload } from 'payload'

import { staffNotification } from '../../email/staffNotification.ts'
import { env } from '../../env.ts'
import type { StoredSubmission } from './storeSubmission.ts'

/**
 * Tells staff (STAFF_NOTIFY_TO) of a request the intake has just stored, once: the intake stores a request only
 * when it is valid and not a duplicate or a bot, so this is one email per request kept. Called after the
 * request's transaction committed, so no email announces a request that was not stored. A failed email never
 * loses the request (staff see it in the admin) and is logged by number only. No email ever goes to the person
 * who asked.
 */
export async function notifyStaffOfSubmission(
  payload: Payload,
  submission: StoredSubmission,
): Promise<void> {
  if (!env.STAFF_NOTIFY_TO) {
    payload.logger.warn(
      `Staff were not notified of request ${submission.id}: STAFF_NOTIFY_TO is not set.`,
    )
    return
  }
  try {
    await payload.sendEmail({
      to: env.STAFF_NOTIFY_TO,
      ...staffNotification(submission, env.CMS_URL),
    })
  } catch (error) {
    const reason = error instanceof Error ? error.name : 'unknown error'
    payload.logger.error(
      `The staff notification of request ${submission.id} was not sent (${reason}).`,
    )
  }
}
