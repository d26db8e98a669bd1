import type { FormFieldMap } from './form-decoding.ts'
import {
  checkConsent,
  checkMultiLine,
  checkSingleLine,
  collectErrors,
  optional,
  type FieldErrors,
  type Verdict,
} from './text-check.ts'
import { emailMaxLength, emailPattern, phoneMaxLength, phonePattern } from './text-rules.ts'

/**
 * The membership request's constraints as plain data, and the browser's check built from them without zod
 * (docs/decisions/014-browser-form-check.md). The server judges with `MembershipRequestSchema`, built from the
 * same constraints; `membership-request-check.test.ts` proves that both give the same errors.
 */

/** Field limits of the membership request, in UTF-16 code units (as HTML `maxlength`). */
export const membershipRequestLimits = {
  name: 100,
  email: emailMaxLength,
  phone: phoneMaxLength,
  organisation: 200,
  message: 2000,
} as const

/** Field kinds of the membership form, for `decodeFormBody`. */
export const membershipRequestFields = {
  name: 'string',
  email: 'string',
  phone: 'string',
  organisation: 'string',
  message: 'string',
  consent: 'boolean',
  locale: 'string',
} as const satisfies FormFieldMap

/**
 * Checks a membership request as `decodeFormBody` gives it (or as a JSON client sends it), without zod.
 * @returns the same field errors as `toFieldErrors(MembershipRequestSchema.safeParse(input).error)`, `{}` when
 *   valid
 */
export function checkMembershipRequest(input: Readonly<Record<string, unknown>>): FieldErrors {
  const limits = membershipRequestLimits
  const verdicts: Record<string, Verdict> = {
    name: checkSingleLine(input.name, limits.name),
    email: checkSingleLine(input.email, limits.email, {
      pattern: emailPattern,
      error: 'form.errors.email',
    }),
    phone: optional(input.phone, (value) =>
      checkSingleLine(value, limits.phone, { pattern: phonePattern, error: 'form.errors.phone' }),
    ),
    organisation: optional(input.organisation, (value) =>
      checkSingleLine(value, limits.organisation),
    ),
    message: optional(input.message, (value) => checkMultiLine(value, limits.message)),
    consent: checkConsent(input.consent),
  }
  return collectErrors(verdicts).errors
}
