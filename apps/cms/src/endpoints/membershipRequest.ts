import { MembershipRequestSchema, membershipRequestFields } from '@mist/schema'

import { formIntakeEndpoint } from './formIntake.ts'
import { storeSubmission } from './intake/storeSubmission.ts'

/** `POST /api/forms/membership-request`: someone asks to become a member of Mist. */
export const membershipRequestEndpoint = formIntakeEndpoint({
  path: '/forms/membership-request',
  schema: MembershipRequestSchema,
  fields: membershipRequestFields,
  store: (data, locale, req) =>
    storeSubmission(req, {
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
    }),
})
