import type { FormFieldMap } from './form-decoding.ts'
import {
  checkConsent,
  checkMultiLine,
  checkSingleLine as singleLine,
  collectErrors,
  optional,
  pass,
  type FieldErrors,
  type Verdict,
} from './text-check.ts'
import { emailMaxLength, emailPattern, phoneMaxLength, phonePattern } from './text-rules.ts'

/**
 * The quote request's constraints as plain data, and the browser's check built from them without zod
 * (docs/decisions/014-browser-form-check.md). The server judges with `QuoteRequestSchema` (zod), built from the
 * same constraints; `quote-request-check.test.ts` proves that both give the same errors on a corpus of valid
 * and invalid requests.
 */

/** The `training` value when the request is for no listed training. */
export const otherTraining = 'other'

/** Largest id PostgreSQL's `integer` (int4) holds: Payload's serial ids never exceed it. */
export const maxDocumentId = 2_147_483_647

/** A document id as a decimal string, without leading zero (at most ten digits, see {@link maxDocumentId}). */
export const documentIdPattern = /^[1-9]\d{0,9}$/

/** Field limits of the quote request: text lengths in UTF-16 code units, participants as a count of people. */
export const quoteRequestLimits = {
  name: 120,
  organisation: 200,
  email: emailMaxLength,
  phone: phoneMaxLength,
  trainingOther: 200,
  message: 5000,
  participants: { min: 1, max: 1000 },
} as const

/** Field kinds of the quote form, for `decodeFormBody`. */
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

export type { FieldErrors } from './text-check.ts'

function checkTraining(input: unknown): Verdict {
  const value = typeof input === 'number' && Number.isInteger(input) ? String(input) : input
  if (value === otherTraining) return pass
  if (typeof value === 'string') {
    const valid = documentIdPattern.test(value) && Number(value) <= maxDocumentId
    return valid ? pass : { keys: ['form.errors.training'], stop: false }
  }
  return {
    keys: [value === undefined ? 'form.errors.required' : 'form.errors.training'],
    stop: true,
  }
}

function checkParticipants(input: unknown): Verdict {
  const { min, max } = quoteRequestLimits.participants
  // zod stops at a non-integer, but only notes an integer beyond 2^53 (like one out of range) and goes on.
  if (typeof input !== 'number' || !Number.isInteger(input)) {
    return { keys: ['form.errors.participants'], stop: true }
  }
  return input < min || input > max ? { keys: ['form.errors.participants'], stop: false } : pass
}

/**
 * Checks a quote request as `decodeFormBody` gives it (or as a JSON client sends it), without zod.
 * @returns the same field errors as `toFieldErrors(QuoteRequestSchema.safeParse(input).error)`, `{}` when valid;
 *   it does not check that the training is published (only the CMS knows).
 */
export function checkQuoteRequest(input: Readonly<Record<string, unknown>>): FieldErrors {
  const limits = quoteRequestLimits
  const verdicts: Record<string, Verdict> = {
    name: singleLine(input.name, limits.name),
    organisation: singleLine(input.organisation, limits.organisation),
    email: singleLine(input.email, limits.email, {
      pattern: emailPattern,
      error: 'form.errors.email',
    }),
    phone: optional(input.phone, (value) =>
      singleLine(value, limits.phone, { pattern: phonePattern, error: 'form.errors.phone' }),
    ),
    training: checkTraining(input.training),
    trainingOther: optional(input.trainingOther, (value) =>
      singleLine(value, limits.trainingOther),
    ),
    participants: checkParticipants(input.participants),
    message: checkMultiLine(input.message, limits.message),
    consent: checkConsent(input.consent),
  }
  const { errors, stopped } = collectErrors(verdicts)
  if (!stopped && input.training === otherTraining && input.trainingOther === undefined) {
    errors.trainingOther = ['form.errors.required']
  }
  return errors
}
