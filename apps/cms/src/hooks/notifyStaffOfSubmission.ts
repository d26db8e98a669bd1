import type { CollectionAfterChangeHook } from 'payload'

import { staffNotification } from '../email/staffNotification.ts'
import { env } from '../env.ts'
import type { FormSubmission } from '../payload-types.ts'

/**
 * Tells staff (STAFF_NOTIFY_TO) of each stored request, once, when it is created: the intake stores a
 * request only when it is valid and not a duplicate or a bot, so this is one email per request kept. A failed
 * email never loses the request (it is stored already; staff see it in the admin) and is logged by number
 * only. No email ever goes to the person who asked.
 */
export const notifyStaffOfSubmission: CollectionAfterChangeHook<FormSubmission> = async ({
  doc,
  operation,
  req,
}) => {
  if (operation !== 'create') return doc
  if (!env.STAFF_NOTIFY_TO) {
    req.payload.logger.warn(
      `Staff were not notified of request ${doc.id}: STAFF_NOTIFY_TO is not set.`,
    )
    return doc
  }
  try {
    await req.payload.sendEmail({ to: env.STAFF_NOTIFY_TO, ...staffNotification(doc, env.CMS_URL) })
  } catch (error) {
    const reason = error instanceof Error ? error.name : 'unknown error'
    req.payload.logger.error(
      `The staff notification of request ${doc.id} was not sent (${reason}).`,
    )
  }
  return doc
}
