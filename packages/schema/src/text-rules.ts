/**
 * The text rules of every form as plain data and predicates, without zod, so that the browser can run them
 * without downloading zod (issue 5: ≤ 10 KB of JavaScript on form pages; docs/decisions/014-browser-form-check.md).
 * `text-fields.ts` builds the server's zod schemas from these same rules, and `form-check.ts` the browser's check:
 * - single-line fields refuse line breaks of every kind (CR, LF, NEL, U+2028/2029), other control characters
 *   (NUL, tab, escape…), bidirectional overrides (text that displays reversed in staff screens) and signs of
 *   broken encoding (lone surrogates, U+FFFD);
 * - multi-line fields keep tab, CR and LF but refuse other control characters (PostgreSQL text cannot store
 *   NUL), bidirectional overrides and signs of broken encoding;
 * - surrounding whitespace is trimmed, and a value made only of whitespace or invisible format characters
 *   (e.g. U+200B) counts as missing;
 * - lengths are UTF-16 code units, like HTML `maxlength` and JavaScript's `String.length`.
 * Error messages are i18n keys under `form.errors.*`, translated by the site.
 */

const bidiControls = '\u202A-\u202E\u2066-\u2069'
// Signs of broken encoding, never typed by a person: lone UTF-16 surrogates (not valid Unicode text, e.g. a
// JSON "\ud800") and U+FFFD, which decoders put in place of bytes that were not UTF-8 (e.g. a form post's %FF).
const brokenText = '\\p{Cs}\uFFFD'

/** Characters a single-line field refuses. */
export const singleLineForbidden = new RegExp(
  `[\\p{Cc}\\u2028\\u2029${bidiControls}${brokenText}]`,
  'u',
)

/** Characters a multi-line field refuses (tab, CR and LF are allowed). */
export const multiLineForbidden = new RegExp(
  `[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F${bidiControls}${brokenText}]`,
  'u',
)

/** True when `value` has something visible once whitespace and format characters are removed. */
export function hasVisibleText(value: string): boolean {
  return value.replace(/[\s\p{Cf}]/gu, '').length > 0
}

/** The key for a value that is not text: missing (`undefined`, `null`) or of another type. */
export function notTextError(input: unknown): string {
  return input === undefined || input === null ? 'form.errors.required' : 'form.errors.invalid'
}

// RFC 5322 "specials" and whitespace: characters with a meaning in mail headers beyond `local@domain`.
const localPart = String.raw`[^\s@"<>(),;:\[\]\\]+`
const domainLabel = String.raw`[^\s@"<>(),;:\[\]\\.]+`

/**
 * An email address `local@domain.tld`. Deliberately permissive on letters so that internationalised
 * addresses (RFC 6531, e.g. `andré@exemple.fr`) pass, but free of quotes, angle brackets, commas and the
 * other RFC 5322 specials, so it can never smuggle a display name or a second recipient.
 */
export const emailPattern = new RegExp(`^${localPart}@${domainLabel}(\\.${domainLabel})+$`, 'u')

/** A phone number as people type it: digits, spaces, dots, dashes, parentheses and a leading `+`. */
export const phonePattern = /^\+?[0-9 .()-]{6,}$/

/** Longest email address accepted, in UTF-16 code units. */
export const emailMaxLength = 254

/** Longest phone number, in UTF-16 code units. */
export const phoneMaxLength = 32
