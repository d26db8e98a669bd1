import { AppointmentRequestSchema, appointmentRequestFields } from '@mist/schema'

import { formIntakeEndpoint } from './formIntake.ts'
import { storeSubmission } from './intake/storeSubmission.ts'

/**
 * `POST /api/forms/appointment-request`: someone, often a victim, asks Mist for an appointment. Only the way to
 * be reached they chose is stored (the schema drops the other one).
 */
export const appointmentRequestEndpoint = formIntakeEndpoint({
  path: '/forms/appointment-request',
  schema: AppointmentRequestSchema,
  fields: appointmentRequestFields,
  store: (data, locale, req) =>
    storeSubmission(req, {
      formType: 'appointment-request',
      locale,
      appointmentRequest: {
        name: data.name,
        contactBy: data.contactBy,
        phone: data.phone ?? null,
        email: data.email ?? null,
        safeTimes: data.safeTimes ?? null,
        message: data.message ?? null,
        consent: data.consent,
      },
    }),
})
