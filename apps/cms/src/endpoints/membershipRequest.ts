import { MembershipRequestSchema, membershipRequestFields } from '@mist/schema'

import { formSubmissionsSlug } from '../collections/FormSubmissions.ts'
import { formIntakeEndpoint } from './formIntake.ts'

/** `POST /api/forms/membership-request`: someone asks to become a member of Mist. */
export const membershipRequestEndpoint = formIntakeEndpoint({
  path: '/forms/membership-request',
  schema: MembershipRequestSchema,
  fields: membershipRequestFields,
  store: async (data, locale, req) => {
    await req.payload.create({
      collection: formSubmissionsSlug,
      overrideAccess: true,
      // Nothing of the stored document is sent back: no relationship to populate.
      depth: 0,
      // In the intake's transaction, with the submission's fingerprint (formIntake.ts): both or neither.
      req,
      data: {
        formType: 'membership-request',
        locale,
        membershipRequest: {
          name: data.name,
          email: data.email,
          phone: data.phone ?? null,
          organisation: data.organisation ?? null,
          message: data.message ?? null,
          consent: data.consent,
        },
      },
    })
    return { stored: true }
  },
})
