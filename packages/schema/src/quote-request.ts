import { z } from 'zod'

import type { FormFieldMap } from './form-decoding.ts'
import { LocaleSchema, defaultLocale } from './locales.ts'
import { emailAddress, multiLine, phoneNumber, singleLine } from './text-fields.ts'

/** The `training` value when the request is for no listed training. */
export const otherTraining = 'other'

/** Largest id PostgreSQL's `integer` (int4) holds: Payload's serial ids never exceed it. */
const maxDocumentId = 2_147_483_647

/** `other`, or a document id as a decimal string (a JSON number is accepted and read as its digits). */
const trainingChoice = z.preprocess(
  (value) => (typeof value === 'number' && Number.isInteger(value) ? String(value) : value),
  z.union(
    [
      z.literal(otherTraining),
      z
        .string()
        .regex(/^[1-9]\d{0,9}$/, { error: 'form.errors.training' })
        .refine((value) => Number(value) <= maxDocumentId, { error: 'form.errors.training' }),
    ],
    {
      error: (issue) =>
        issue.input === undefined ? 'form.errors.required' : 'form.errors.training',
    },
  ),
)

/**
 * A professional's request for a training quote. The CMS also checks that `training` names a published
 * training. Error messages are i18n keys (`form.errors.*`).
 */
export const QuoteRequestSchema = z
  .object({
    /** Full name of the person asking, 1..120 UTF-16 code units. */
    name: singleLine(120),
    /** Employer or organisation (association, department, service), 1..200. */
    organisation: singleLine(200),
    /** Where Mist sends the quote. */
    email: emailAddress(),
    /** Optional phone number. */
    phone: phoneNumber().optional(),
    /** Id of a published training, or `other` with `trainingOther` saying what is wanted. */
    training: trainingChoice,
    /** What training is wanted when `training` is `other`, 1..200. */
    trainingOther: singleLine(200).optional(),
    /** Number of people to train, 1..1000. */
    participants: z
      .number({ error: 'form.errors.participants' })
      .int({ error: 'form.errors.participants' })
      .min(1, { error: 'form.errors.participants' })
      .max(1000, { error: 'form.errors.participants' }),
    /** Context, dates, place, needs: 1..5000. */
    message: multiLine(5000),
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

/** Field kinds of the quote form, for {@link decodeFormBody}. */
export const quoteRequestFields = {
  name: 'string',
  organisation: 'string',
  email: 'string',
  phone: 'string',
  training: 'string',
  trainingOther: 'string',
  participants: 'number',
  message: 'string',
  consent: 'boolean',
  locale: 'string',
} as const satisfies FormFieldMap

/** Field name → i18n error keys, as the site shows them beside each field. */
export type FieldErrors = Partial<Record<string, string[]>>

/** Turns a zod error into per-field message keys (first issue path segment = field name). */
export function toFieldErrors(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {}
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? 'form')
    const list = errors[field] ?? []
    if (!list.includes(issue.message)) list.push(issue.message)
    errors[field] = list
  }
  return errors
}
