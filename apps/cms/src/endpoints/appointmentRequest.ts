import { AppointmentRequestSchema, appointmentRequestFields } from '@mist/schema'

import { formSubmissionsSlug } from '../collections/FormSubmissions.ts'
import { formIntakeEndpoint } from './formIntake.ts'

/**
 * `POST /api/forms/appointment-request`: someone, often a victim, asks Mist for an appointment. Only the way to
 * be reached they chose is stored (the schema drops the other one).
 */
export const appointmentRequestEndpoint = formIntakeEndpoint({
  path: '/forms/appointment-request',
  schema: AppointmentRequestSchema,
  fields: appointmentRequestFields,
  store: async (data, locale, req) => {
    await req.payload.create({
      collection: formSubmissionsSlug,
      overrideAccess: true,
      // Nothing of the stored document is sent back: no relationship to populate.
      depth: 0,
      // In the intake's transaction, with the submission's fingerprint (formIntake.ts): both or neither.
      req,
      data: {
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
      },
    })
    return { stored: true }
  },
})
