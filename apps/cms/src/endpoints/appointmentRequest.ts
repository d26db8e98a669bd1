import { AppointmentRequestSchema, appointmentRequestFields } from '@mist/schema'

import { formIntakeEndpoint } from './formIntake.ts'

/**
 * `POST /api/forms/appointment-request`: someone, often a victim, asks Mist for an appointment. Only the way to
 * be reached they chose is stored (the schema drops the other one).
 */
export const appointmentRequestEndpoint = formIntakeEndpoint({
  path: '/forms/appointment-request',
  schema: AppointmentRequestSchema,
  fields: appointmentRequestFields,
  toSubmission: (data, locale) =>
    Promise.resolve({
      submission: {
        formType: 'appointment-request',
        locale,
        fields: {
          name: data.name,
          contactBy: data.contactBy,
          phone: data.phone ?? null,
          email: data.email ?? null,
          safeTimes: data.safeTimes ?? null,
          message: data.message ?? null,
          consent: data.consent,
        },
      },
    }),
})
