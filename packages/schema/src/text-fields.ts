import { z } from 'zod'

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
import type { FieldErrors } from './text-check.ts'

/**
 * The zod form of the text rules shared by every form (the rules themselves, as plain data, are in
 * `text-rules.ts`; issue 6 deepens them). Lengths are UTF-16 code units, like HTML `maxlength`: zod 4.6's
 * `.max()` counts code points instead, so the limit is a refinement on `String.length`.
 * Error messages are i18n keys under `form.errors.*`, translated by the site.
 */

function text(max: number, forbidden: RegExp, forbiddenError: string) {
  return z
    .string({ error: (issue) => notTextError(issue.input) })
    .trim()
    .refine(hasVisibleText, { error: 'form.errors.required', abort: true })
    .refine((value) => value.length <= max, { error: 'form.errors.tooLong', abort: true })
    .refine((value) => !forbidden.test(value), { error: forbiddenError })
}

/** A required single-line text of 1..`max` UTF-16 code units. */
export function singleLine(max: number) {
  return text(max, singleLineForbidden, 'form.errors.singleLine')
}

/** A required multi-line text of 1..`max` UTF-16 code units. */
export function multiLine(max: number) {
  return text(max, multiLineForbidden, 'form.errors.invalid')
}

/** An email address `local@domain.tld` on one line (see {@link emailPattern}). */
export function emailAddress(max = emailMaxLength) {
  return singleLine(max).refine((value) => emailPattern.test(value), { error: 'form.errors.email' })
}

/** A phone number as people type it (see {@link phonePattern}). */
export function phoneNumber(max = phoneMaxLength) {
  return singleLine(max).refine((value) => phonePattern.test(value), {
    error: 'form.errors.phone',
  })
}

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
