import { z } from 'zod'

/**
 * Text field rules shared by every form (issue 6 deepens them):
 * - single-line fields refuse line breaks of every kind (CR, LF, NEL, U+2028/2029), other control characters
 *   (NUL, tab, escape…) and bidirectional overrides (text that displays reversed in staff screens);
 * - multi-line fields keep tab, CR and LF but refuse other control characters (PostgreSQL text cannot store
 *   NUL) and bidirectional overrides;
 * - surrounding whitespace is trimmed, and a value made only of whitespace or invisible format characters
 *   (e.g. U+200B) counts as missing;
 * - lengths are UTF-16 code units, like HTML `maxlength` and JavaScript's `String.length`; zod 4.6's
 *   `.max()` counts code points instead, so the limit is a refinement on `String.length`.
 * Error messages are i18n keys under `form.errors.*`, translated by the site.
 */

const requiredError = (issue: { input?: unknown }): string =>
  issue.input === undefined || issue.input === null ? 'form.errors.required' : 'form.errors.invalid'

const bidiControls = '\u202A-\u202E\u2066-\u2069'
const singleLineForbidden = new RegExp(`[\\p{Cc}\\u2028\\u2029${bidiControls}]`, 'u')
const multiLineForbidden = new RegExp(
  `[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F${bidiControls}]`,
  'u',
)

/** True when `value` has something visible once whitespace and format characters are removed. */
function hasVisibleText(value: string): boolean {
  return value.replace(/[\s\p{Cf}]/gu, '').length > 0
}

function text(max: number, forbidden: RegExp, forbiddenError: string) {
  return z
    .string({ error: requiredError })
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

// RFC 5322 "specials" and whitespace: characters with a meaning in mail headers beyond `local@domain`.
const localPart = String.raw`[^\s@"<>(),;:\[\]\\]+`
const domainLabel = String.raw`[^\s@"<>(),;:\[\]\\.]+`
const emailPattern = new RegExp(`^${localPart}@${domainLabel}(\\.${domainLabel})+$`, 'u')

/**
 * An email address `local@domain.tld` on one line. Deliberately permissive on letters so that
 * internationalised addresses (RFC 6531, e.g. `andré@exemple.fr`) pass, but free of quotes, angle brackets,
 * commas and the other RFC 5322 specials, so it can never smuggle a display name or a second recipient.
 */
export function emailAddress(max = 254) {
  return singleLine(max).refine((value) => emailPattern.test(value), { error: 'form.errors.email' })
}

/** A phone number as people type it: digits, spaces, dots, dashes, parentheses and a leading `+`. */
export function phoneNumber(max = 32) {
  return singleLine(max).refine((value) => /^\+?[0-9 .()-]{6,}$/.test(value), {
    error: 'form.errors.phone',
  })
}
