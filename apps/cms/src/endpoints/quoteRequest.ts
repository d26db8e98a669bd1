import { QuoteRequestSchema, otherTraining, quoteRequestFields } from '@mist/schema'

import { formIntakeEndpoint } from './formIntake.ts'
import { isTrainingPublished } from './intake/publishedTraining.ts'

/** `POST /api/forms/quote-request`: a professional asks for a training quote. */
export const quoteRequestEndpoint = formIntakeEndpoint({
  path: '/forms/quote-request',
  schema: QuoteRequestSchema,
  fields: quoteRequestFields,
  toSubmission: async (data, locale, payload) => {
    let training: number | null = null
    if (data.training !== otherTraining) {
      training = Number(data.training)
      if (!(await isTrainingPublished(payload, training))) {
        return { errors: { training: ['form.errors.training'] } }
      }
    }
    return {
      submission: {
        formType: 'quote-request',
        locale,
        fields: {
          name: data.name,
          organisation: data.organisation,
          email: data.email,
          phone: data.phone ?? null,
          training,
          trainingOther: data.training === otherTraining ? (data.trainingOther ?? null) : null,
          participants: data.participants,
          message: data.message,
          consent: data.consent,
        },
      },
    }
  },
})
