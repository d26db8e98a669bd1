import { z } from 'zod'

/**
 * Text field rules shared by every form (issue 6 deepens them):
 * - single-line fields refuse CR, LF and NUL (header injection in staff emails, broken CSV rows);
 * - multi-line fields refuse NUL (PostgreSQL text cannot store it);
 * - surrounding whitespace is trimmed, so a whitespace-only required field counts as missing;
 * - lengths are UTF-16 code units, like HTML `maxlength` and JavaScript's `String.length`; zod 4.6's
 *   `.max()` counts code points instead, so the limit is a refinement on `String.length`.
 * Error messages are i18n keys under `form.errors.*`, translated by the site.
 */

const requiredError = (issue: { input?: unknown }): string =>
  issue.input === undefined || issue.input === null ? 'form.errors.required' : 'form.errors.invalid'

/** A required single-line text of 1..`max` UTF-16 code units. */
export function singleLine(max: number) {
  return z
    .string({ error: requiredError })
    .trim()
    .min(1, { error: 'form.errors.required' })
    .refine((value) => value.length <= max, { error: 'form.errors.tooLong', abort: true })
    .refine((value) => !/[\r\n\0]/.test(value), { error: 'form.errors.singleLine' })
}

/** A required multi-line text of 1..`max` UTF-16 code units. */
export function multiLine(max: number) {
  return z
    .string({ error: requiredError })
    .trim()
    .min(1, { error: 'form.errors.required' })
    .refine((value) => value.length <= max, { error: 'form.errors.tooLong', abort: true })
    .refine((value) => !value.includes('\0'), { error: 'form.errors.invalid' })
}

/**
 * An email address. Deliberately permissive on the local part and domain so that internationalised
 * addresses (RFC 6531, e.g. `andré@exemple.fr`) pass; it only requires `local@domain.tld` on one line.
 */
export function emailAddress(max = 254) {
  return singleLine(max).refine((value) => /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/u.test(value), {
    error: 'form.errors.email',
  })
}

/** A phone number as people type it: digits, spaces, dots, dashes, parentheses and a leading `+`. */
export function phoneNumber(max = 32) {
  return singleLine(max).refine((value) => /^\+?[0-9 .()-]{6,}$/.test(value), {
    error: 'form.errors.phone',
  })
}
