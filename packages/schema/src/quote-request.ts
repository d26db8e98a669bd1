import { z } from 'zod'

import { LocaleSchema, defaultLocale } from './locales.ts'
import {
  documentIdPattern,
  maxDocumentId,
  otherTraining,
  quoteRequestLimits as limits,
} from './quote-request-check.ts'
import { emailAddress, multiLine, phoneNumber, singleLine } from './text-fields.ts'

/** `other`, or a document id as a decimal string (a JSON number is accepted and read as its digits). */
const trainingChoice = z.preprocess(
  (value) => (typeof value === 'number' && Number.isInteger(value) ? String(value) : value),
  z.union(
    [
      z.literal(otherTraining),
      z
        .string()
        .regex(documentIdPattern, { error: 'form.errors.training' })
        .refine((value) => Number(value) <= maxDocumentId, { error: 'form.errors.training' }),
    ],
    {
      error: (issue) =>
        issue.input === undefined ? 'form.errors.required' : 'form.errors.training',
    },
  ),
)

/**
 * A professional's request for a training quote: the server's judge (the browser runs `checkQuoteRequest`,
 * built from the same limits and rules without zod, and tested to agree). The CMS also checks that `training`
 * names a published training. Error messages are i18n keys (`form.errors.*`).
 */
export const QuoteRequestSchema = z
  .object({
    /** Full name of the person asking, 1..120 UTF-16 code units. */
    name: singleLine(limits.name),
    /** Employer or organisation (association, department, service), 1..200. */
    organisation: singleLine(limits.organisation),
    /** Where Mist sends the quote. */
    email: emailAddress(limits.email),
    /** Optional phone number. */
    phone: phoneNumber(limits.phone).optional(),
    /** Id of a published training, or `other` with `trainingOther` saying what is wanted. */
    training: trainingChoice,
    /** What training is wanted when `training` is `other`, 1..200. */
    trainingOther: singleLine(limits.trainingOther).optional(),
    /** Number of people to train, 1..1000. */
    participants: z
      .number({ error: 'form.errors.participants' })
      .int({ error: 'form.errors.participants' })
      .min(limits.participants.min, { error: 'form.errors.participants' })
      .max(limits.participants.max, { error: 'form.errors.participants' }),
    /** Context, dates, place, needs: 1..5000. */
    message: multiLine(limits.message),
    /**
     * The page's locale, so the answer (thank-you or error page) is in the same language. Anything else
     * falls back to French rather than losing the request.
     */
    locale: LocaleSchema.catch(defaultLocale),
    /** Consent to Mist storing the request to answer it; must be exactly `true`. */
    consent: z.literal(true, { error: 'form.errors.consent' }),
  })
  .superRefine((value, ctx) => {
    if (value.training === otherTraining && value.trainingOther === undefined) {
      ctx.addIssue({ code: 'custom', path: ['trainingOther'], message: 'form.errors.required' })
    }
  })

export type QuoteRequest = z.infer<typeof QuoteRequestSchema>

export { toFieldErrors } from './text-fields.ts'
