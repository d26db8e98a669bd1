/**
 * The decoding step that turns an `application/x-www-form-urlencoded` body into the same input a JSON client
 * sends, so that one zod schema judges both (docs/decisions/003-form-decoding.md):
 * - an empty value (`''`) is absent;
 * - a field declared `boolean` (a checkbox) becomes `true` when its value is the checkbox value `on`;
 *   any other value is kept as a string, so the schema refuses it;
 * - a field declared `number` becomes a number when its value is a plain decimal integer; otherwise it is
 *   kept as a string and refused by the schema.
 * Only declared fields are kept: unknown fields never reach the schema or the database.
 * Which fields are booleans or numbers comes from each form's field map, so a phone number such as
 * `0612345678` or a name typed as `on` stays a string.
 */
export type FormFieldKind = 'string' | 'number' | 'boolean'
export type FormFieldMap = Readonly<Record<string, FormFieldKind>>

/** The value an HTML checkbox without a `value` attribute submits (HTML Living Standard, "checkbox" state). */
export const checkboxValue = 'on'

/**
 * @param body the raw urlencoded body, or already parsed parameters
 * @param fields the form's field map; undeclared fields are dropped
 * @returns an object ready for the form's zod schema; a repeated field keeps its first value
 */
export function decodeFormBody(
  body: string | URLSearchParams,
  fields: FormFieldMap,
): Record<string, string | number | boolean> {
  const params = typeof body === 'string' ? new URLSearchParams(body) : body
  const decoded: Record<string, string | number | boolean> = {}
  for (const [name, kind] of Object.entries(fields)) {
    const raw = params.get(name)
    if (raw === null || raw === '') continue
    decoded[name] = decodeValue(raw, kind)
  }
  return decoded
}

function decodeValue(raw: string, kind: FormFieldKind): string | number | boolean {
  if (kind === 'boolean') return raw === checkboxValue ? true : raw
  if (kind === 'number') return /^-?\d{1,15}$/.test(raw.trim()) ? Number(raw.trim()) : raw
  return raw
}

/** Keeps only declared fields of a JSON body, so unknown fields are never stored. */
export function pickDeclaredFields(body: unknown, fields: FormFieldMap): Record<string, unknown> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return {}
  const picked: Record<string, unknown> = {}
  for (const name of Object.keys(fields)) {
    if (Object.hasOwn(body, name)) picked[name] = (body as Record<string, unknown>)[name]
  }
  return picked
}
