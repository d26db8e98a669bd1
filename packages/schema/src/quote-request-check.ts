import type { FormFieldMap } from './form-decoding.ts'
import {
  emailMaxLength,
  emailPattern,
  hasVisibleText,
  multiLineForbidden,
  notTextError,
  phoneMaxLength,
  phonePattern,
  singleLineForbidden,
} from './text-rules.ts'

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

/** Field name → i18n error keys, as the site shows them beside each field. */
export type FieldErrors = Partial<Record<string, string[]>>

/**
 * One field's verdict. `stop` mirrors zod's aborting issues (wrong type, missing, too long, not an integer):
 * after one of them, zod skips the object's cross-field rule, so the check must too to give the same errors.
 */
interface Verdict {
  keys: string[]
  stop: boolean
}

const pass: Verdict = { keys: [], stop: false }

function checkText(
  input: unknown,
  max: number,
  forbidden: RegExp,
  forbiddenError: string,
  format?: { pattern: RegExp; error: string },
): Verdict {
  if (typeof input !== 'string') return { keys: [notTextError(input)], stop: true }
  const value = input.trim()
  if (!hasVisibleText(value)) return { keys: ['form.errors.required'], stop: true }
  if (value.length > max) return { keys: ['form.errors.tooLong'], stop: true }
  const keys = forbidden.test(value) ? [forbiddenError] : []
  if (format && !format.pattern.test(value)) keys.push(format.error)
  return { keys, stop: false }
}

const singleLine = (input: unknown, max: number, format?: { pattern: RegExp; error: string }) =>
  checkText(input, max, singleLineForbidden, 'form.errors.singleLine', format)

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
  const optional = (value: unknown, check: (value: unknown) => Verdict) =>
    value === undefined ? pass : check(value)
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
    message: checkText(input.message, limits.message, multiLineForbidden, 'form.errors.invalid'),
    consent: input.consent === true ? pass : { keys: ['form.errors.consent'], stop: true },
  }
  const errors: FieldErrors = {}
  for (const [field, verdict] of Object.entries(verdicts)) {
    if (verdict.keys.length > 0) errors[field] = verdict.keys
  }
  const stopped = Object.values(verdicts).some((verdict) => verdict.stop)
  if (!stopped && input.training === otherTraining && input.trainingOther === undefined) {
    errors.trainingOther = ['form.errors.required']
  }
  return errors
}
