import {
  hasVisibleText,
  multiLineForbidden,
  notTextError,
  singleLineForbidden,
} from './text-rules.ts'

/**
 * The browser's building blocks for a form check without zod (docs/decisions/014-browser-form-check.md): each
 * mirrors a zod field of `text-fields.ts`, built from the same `text-rules.ts`, so a form's check
 * (`<form>-check.ts`) gives the same errors as its schema. Each form's agreement test proves it on a corpus.
 */

/** Field name → i18n error keys, as the site shows them beside each field. */
export type FieldErrors = Partial<Record<string, string[]>>

/**
 * One field's verdict. `stop` mirrors zod's aborting issues (wrong type, missing, too long, not an integer):
 * after one of them, zod skips the object's cross-field rule, so the check must too to give the same errors.
 */
export interface Verdict {
  keys: string[]
  stop: boolean
}

/** The verdict of a valid field. */
export const pass: Verdict = { keys: [], stop: false }

/** An extra format a single-line text must match (email, phone), with its error key. */
export interface TextFormat {
  pattern: RegExp
  error: string
}

function checkText(
  input: unknown,
  max: number,
  forbidden: RegExp,
  forbiddenError: string,
  format?: TextFormat,
): Verdict {
  if (typeof input !== 'string') return { keys: [notTextError(input)], stop: true }
  const value = input.trim()
  if (!hasVisibleText(value)) return { keys: ['form.errors.required'], stop: true }
  if (value.length > max) return { keys: ['form.errors.tooLong'], stop: true }
  const keys = forbidden.test(value) ? [forbiddenError] : []
  if (format && !format.pattern.test(value)) keys.push(format.error)
  return { keys, stop: false }
}

/** Mirrors `singleLine(max)` (with `format`: `emailAddress`, `phoneNumber`) of text-fields.ts. */
export function checkSingleLine(input: unknown, max: number, format?: TextFormat): Verdict {
  return checkText(input, max, singleLineForbidden, 'form.errors.singleLine', format)
}

/** Mirrors `multiLine(max)` of text-fields.ts. */
export function checkMultiLine(input: unknown, max: number): Verdict {
  return checkText(input, max, multiLineForbidden, 'form.errors.invalid')
}

/** Mirrors zod's `.optional()`: an absent value passes, any other is checked. */
export function optional(value: unknown, check: (value: unknown) => Verdict): Verdict {
  return value === undefined ? pass : check(value)
}

/** Mirrors `z.literal(true, { error: 'form.errors.consent' })`: consent is exactly `true`. */
export function checkConsent(input: unknown): Verdict {
  return input === true ? pass : { keys: ['form.errors.consent'], stop: true }
}

/** The field errors of a set of verdicts (`{}` when all pass), and whether one of them stopped zod. */
export function collectErrors(verdicts: Readonly<Record<string, Verdict>>): {
  errors: FieldErrors
  stopped: boolean
} {
  const errors: FieldErrors = {}
  for (const [field, verdict] of Object.entries(verdicts)) {
    if (verdict.keys.length > 0) errors[field] = verdict.keys
  }
  return { errors, stopped: Object.values(verdicts).some((verdict) => verdict.stop) }
}
