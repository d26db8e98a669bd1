import type { PayloadRequest } from 'payload'

import { formSubmissionsSlug } from '../../collections/FormSubmissions.ts'
import type { FormSubmission } from '../../payload-types.ts'

/**
 * Stores one request received (a form submission) for a form's `store` step: in the intake's transaction (`req`),
 * so the submission and its fingerprint are stored together or not at all (formIntake.ts), and reading nothing
 * back (depth 0): nothing of the stored document is sent to the person.
 * @param data the submission as the collection takes it: its form type, locale and that form's group
 * @throws what Payload throws (a database outage is answered 503 by the intake)
 */
export async function storeSubmission(
  req: PayloadRequest,
  data: Omit<FormSubmission, 'id' | 'createdAt' | 'updatedAt'>,
): Promise<{ stored: true }> {
  await req.payload.create({
    collection: formSubmissionsSlug,
    overrideAccess: true,
    depth: 0,
    req,
    data,
  })
  return { stored: true }
}
