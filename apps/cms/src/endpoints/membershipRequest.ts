import { MembershipRequestSchema, membershipRequestFields } from '@mist/schema'

import { formIntakeEndpoint } from './formIntake.ts'

/** `POST /api/forms/membership-request`: someone asks to become a member of Mist. */
export const membershipRequestEndpoint = formIntakeEndpoint({
  path: '/forms/membership-request',
  schema: MembershipRequestSchema,
  fields: membershipRequestFields,
  toSubmission: (data, locale) =>
    Promise.resolve({
      submission: {
        formType: 'membership-request',
        locale,
        fields: {
          name: data.name,
          email: data.email,
          phone: data.phone ?? null,
          organisation: data.organisation ?? null,
          message: data.message ?? null,
          consent: data.consent,
        },
      },
    }),
})
