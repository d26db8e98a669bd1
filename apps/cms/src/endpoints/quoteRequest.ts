import { QuoteRequestSchema, otherTraining, quoteRequestFields } from '@mist/schema'

import { trainingsSlug } from '../collections/Trainings.ts'
import { formIntakeEndpoint } from './formIntake.ts'
import { storeSubmission } from './intake/storeSubmission.ts'

/** `POST /api/forms/quote-request`: a professional asks for a training quote. */
export const quoteRequestEndpoint = formIntakeEndpoint({
  path: '/forms/quote-request',
  schema: QuoteRequestSchema,
  fields: quoteRequestFields,
  store: async (data, locale, req) => {
    let training: number | null = null
    if (data.training !== otherTraining) {
      // Read as the anonymous public would: only a published training can be asked for.
      const found = await req.payload.find({
        collection: trainingsSlug,
        where: { id: { equals: Number(data.training) } },
        overrideAccess: false,
        limit: 1,
        // One row or none: no count query.
        pagination: false,
        depth: 0,
        draft: false,
        req,
      })
      const match = found.docs[0]
      if (!match) return { stored: false, errors: { training: ['form.errors.training'] } }
      training = match.id
    }
    return storeSubmission(req, {
      formType: 'quote-request',
      locale,
      quoteRequest: {
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
    })
  },
})
