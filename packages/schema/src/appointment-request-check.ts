import type { FormFieldMap } from './form-decoding.ts'
import {
  checkConsent,
  checkMultiLine,
  checkSingleLine,
  collectErrors,
  optional,
  pass,
  type FieldErrors,
  type Verdict,
} from './text-check.ts'
import { emailMaxLength, emailPattern, phoneMaxLength, phonePattern } from './text-rules.ts'

/**
 * The appointment request's constraints as plain data, and the browser's check built from them without zod
 * (docs/decisions/014-browser-form-check.md). The server judges with `AppointmentRequestSchema`, built from
 * the same constraints; `appointment-request-check.test.ts` proves that both give the same errors.
 */

/** The ways to be reached a person can choose from: exactly one is kept. */
export const contactChannels = ['phone', 'email'] as const
export type ContactChannel = (typeof contactChannels)[number]

/** Field limits of the appointment request, in UTF-16 code units (as HTML `maxlength`). */
export const appointmentRequestLimits = {
  name: 100,
  phone: phoneMaxLength,
  email: emailMaxLength,
  safeTimes: 200,
  message: 2000,
} as const

/** Field kinds of the appointment form, for `decodeFormBody`. */
export const appointmentRequestFields = {
  name: 'string',
  contactBy: 'string',
  phone: 'string',
  email: 'string',
  safeTimes: 'string',
  message: 'string',
  consent: 'boolean',
  locale: 'string',
} as const satisfies FormFieldMap

/** True when `value` is one of {@link contactChannels}. */
export function isContactChannel(value: unknown): value is ContactChannel {
  return (contactChannels as readonly unknown[]).includes(value)
}

/**
 * Keeps only the way to be reached that the person chose: with `contactBy` = `email`, the phone number and the
 * safe times to call are dropped; with `phone`, the email address is. Someone who typed both (e.g. before
 * changing their mind, or with JavaScript off where both fields show) is never contacted the other way, and
 * what they did not choose is neither judged nor stored. Without a valid choice, everything is kept and judged.
 * @returns a shallow copy of `input` (non-objects are returned as they are)
 */
export function keepChosenContact(input: unknown): unknown {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return input
  const kept: Record<string, unknown> = { ...(input as Record<string, unknown>) }
  if (kept.contactBy === 'email') {
    delete kept.phone
    delete kept.safeTimes
  } else if (kept.contactBy === 'phone') {
    delete kept.email
  }
  return kept
}

/**
 * Checks an appointment request as `decodeFormBody` gives it (or as a JSON client sends it), without zod.
 * @returns the same field errors as `toFieldErrors(AppointmentRequestSchema.safeParse(input).error)`, `{}`
 *   when valid
 */
export function checkAppointmentRequest(input: Readonly<Record<string, unknown>>): FieldErrors {
  const limits = appointmentRequestLimits
  const kept = keepChosenContact(input) as Record<string, unknown>
  const verdicts: Record<string, Verdict> = {
    name: checkSingleLine(kept.name, limits.name),
    contactBy: isContactChannel(kept.contactBy)
      ? pass
      : { keys: ['form.errors.contactBy'], stop: true },
    phone: optional(kept.phone, (value) =>
      checkSingleLine(value, limits.phone, { pattern: phonePattern, error: 'form.errors.phone' }),
    ),
    email: optional(kept.email, (value) =>
      checkSingleLine(value, limits.email, { pattern: emailPattern, error: 'form.errors.email' }),
    ),
    safeTimes: optional(kept.safeTimes, (value) => checkSingleLine(value, limits.safeTimes)),
    message: optional(kept.message, (value) => checkMultiLine(value, limits.message)),
    consent: checkConsent(kept.consent),
  }
  const { errors, stopped } = collectErrors(verdicts)
  if (!stopped && isContactChannel(kept.contactBy) && kept[kept.contactBy] === undefined) {
    errors[kept.contactBy] = ['form.errors.required']
  }
  return errors
}
