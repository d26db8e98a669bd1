/**
 * Test fixtures shared by the forms' agreement tests (`*-check.test.ts`): troublesome values for text fields,
 * and a comparison of field errors that ignores the order of fields. Not exported by the package.
 */

/** Two UTF-16 code units, one code point (U+1F600). */
export const emoji = '😀'

/** Values every text field is tried with: absent, empty, invisible, line breaks, controls, wrong types. */
export const troublesomeTexts: readonly unknown[] = [
  undefined,
  null,
  '',
  '   ',
  '\u200B \u2060',
  ' Camille ',
  'Jean Exemple\r\nBcc: someone@example.test',
  'Camille\tDurand',
  'Camille\u0085Durand',
  'Camille\u2028Durand',
  'Camille\u202Eodnaruh',
  'a\u2066b',
  'nul\u0000char',
  'escape\u001B[31m',
  'del\u007F',
  ' \u202E ',
  42,
  true,
  ['Camille'],
]

/** Lengths around `max` UTF-16 code units (an even `max`), emoji included. */
export function lengthsAround(max: number): string[] {
  return [
    'a'.repeat(max),
    'a'.repeat(max + 1),
    ` ${'a'.repeat(max)} `,
    emoji.repeat(max / 2),
    emoji.repeat(max / 2) + 'a',
    'a\u202E'.repeat(max),
  ]
}

/** Email-shaped values: valid, international, and every way to smuggle a header or a second recipient. */
export const emailVariants: readonly unknown[] = [
  'a@b.fr',
  'andré@exemple.fr',
  'A.B+tag@sous.domaine.org',
  'pas-une-adresse',
  'a@b',
  'a b@c.fr',
  '"x"<a@b.fr>',
  'a@b.fr, c@d.fr',
  'a@b.fr\r\nX-Test: 1',
  'a\u202E@b.fr',
  `${'a'.repeat(250)}@b.fr`,
]

/** Phone-shaped values. */
export const phoneVariants: readonly unknown[] = [
  '0612345678',
  '+33 6 12 34 56 78',
  '12345',
  'appelez-moi',
  '06\t12 34 56 78',
  '++33612345678',
]

/** Consent as clients may send it: only `true` is consent. */
export const consentVariants: readonly unknown[] = [
  undefined,
  null,
  true,
  false,
  'true',
  'false',
  'on',
  1,
]

/** Each variant of each field on top of `base`: one request per variant. */
export function variantsOf(
  base: Readonly<Record<string, unknown>>,
  variants: Readonly<Record<string, readonly unknown[]>>,
): Array<Record<string, unknown>> {
  const inputs: Array<Record<string, unknown>> = []
  for (const [field, values] of Object.entries(variants)) {
    for (const value of values) inputs.push({ ...base, [field]: value })
  }
  return inputs
}

/** Field errors as JSON with fields in a fixed order (the keys within a field keep their order). */
export function comparable(errors: Partial<Record<string, string[]>>): string {
  return JSON.stringify(
    Object.fromEntries(Object.entries(errors).sort(([a], [b]) => a.localeCompare(b))),
  )
}
