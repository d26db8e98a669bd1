import { describe, expect, it } from 'vitest'

import { decodeFormBody } from './form-decoding.ts'
import { checkQuoteRequest, quoteRequestFields } from './quote-request-check.ts'
import { QuoteRequestSchema, toFieldErrors } from './quote-request.ts'

/** What the server (zod) answers for `input`: `{}` when valid, otherwise its field errors. */
function serverErrors(input: Record<string, unknown>) {
  const result = QuoteRequestSchema.safeParse(input)
  return result.success ? {} : toFieldErrors(result.error)
}

const validForm = {
  name: 'Camille Durand',
  organisation: 'Aide sociale à l’enfance',
  email: 'andré@exemple.fr',
  phone: '+33 (0)1 23.45-67',
  training: '3',
  message: 'Nous souhaitons former notre équipe éducative.\r\nPlutôt au printemps.\tMerci.',
  locale: 'fr',
}
const valid: Record<string, unknown> = { ...validForm, participants: 12, consent: true }

const emoji = '😀' // two UTF-16 code units, one code point
const texts = [
  undefined,
  null,
  '',
  '   ',
  '\u200B \u2060',
  ' Camille ',
  'Camille\r\nBcc: x@y.z',
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
const lengths = (max: number) => [
  'a'.repeat(max),
  'a'.repeat(max + 1),
  ` ${'a'.repeat(max)} `,
  emoji.repeat(max / 2),
  emoji.repeat(max / 2) + 'a',
  'a\u202E'.repeat(max),
]

/** Values tried in each field, on top of an otherwise valid request. */
const variants: Record<string, unknown[]> = {
  name: [...texts, ...lengths(120)],
  organisation: [...texts, ...lengths(200)],
  email: [
    ...texts,
    ...lengths(254),
    'a@b.fr',
    'A.B+tag@sous.domaine.org',
    'pas-une-adresse',
    'a@b',
    'a b@c.fr',
    '"x"<a@b.fr>',
    'a@b.fr, c@d.fr',
    'a@b.fr\nBcc: c@d.fr',
    'a\u202E@b.fr',
    `${'a'.repeat(250)}@b.fr`,
  ],
  phone: [
    ...texts,
    ...lengths(32),
    '0612345678',
    '+33 6 12 34 56 78',
    '12345',
    'appelez-moi',
    '06\t12 34 56 78',
    '++33612345678',
  ],
  training: [
    undefined,
    null,
    'other',
    '1',
    '3',
    3,
    3.5,
    0,
    -1,
    '0',
    '01',
    'abc',
    '2147483647',
    '2147483648',
    '9999999999',
    '99999999999',
    true,
    [3],
    '',
  ],
  trainingOther: [...texts, ...lengths(200)],
  participants: [
    undefined,
    null,
    0,
    1,
    1000,
    1001,
    -3,
    0.5,
    2 ** 53,
    Number.NaN,
    Infinity,
    '12',
    'douze',
    true,
  ],
  message: [
    ...texts,
    ...lengths(5000),
    'ligne 1\nligne 2',
    'tab\there',
    'form\ffeed',
    'vertical\vtab',
  ],
  consent: [undefined, null, true, false, 'true', 'on', 1],
  locale: [undefined, 'fr', 'en', 'de', 42],
}

/** Every variant alone, then with "other training" chosen (its extra rule only runs when the rest is sound). */
function corpus(): Array<Record<string, unknown>> {
  const inputs: Array<Record<string, unknown>> = [valid, {}]
  for (const base of [
    valid,
    { ...valid, training: 'other' },
    { ...valid, training: 'other', trainingOther: 'Sur mesure' },
  ]) {
    for (const [field, values] of Object.entries(variants)) {
      for (const value of values) inputs.push({ ...base, [field]: value })
    }
  }
  return inputs
}

describe('the browser’s quote request check', () => {
  it('gives the same errors as the server’s schema on every request of the corpus', () => {
    // Setup
    const inputs = corpus()

    // Action
    const disagreements = inputs.filter(
      (input) =>
        JSON.stringify(sortKeys(checkQuoteRequest(input))) !==
        JSON.stringify(sortKeys(serverErrors(input))),
    )

    // Assert
    expect(disagreements.map((input) => JSON.stringify(input))).toEqual([])
    expect(
      inputs.filter((input) => QuoteRequestSchema.safeParse(input).success).length,
    ).toBeGreaterThan(20)
    expect(
      inputs.filter((input) => !QuoteRequestSchema.safeParse(input).success).length,
    ).toBeGreaterThan(200)
  })

  it('agrees with the server on requests typed into the form, as the page decodes them', () => {
    // Setup: random form posts from an alphabet of troublesome characters (seeded, so a failure repeats).
    const alphabet = [
      'a',
      'é',
      ' ',
      '\t',
      '\n',
      '\r',
      '\u0085',
      '\u200B',
      '\u202E',
      '\u2028',
      emoji,
      '@',
      '.',
      '+',
      '1',
      '0',
      '"',
      ',',
      '(',
      '-',
    ]
    let seed = 5
    const random = (below: number) => {
      seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0
      return (seed >>> 16) % below
    }
    const typed: Record<string, string> = {
      ...validForm,
      participants: '12',
      consent: 'on',
    }
    const randomText = () =>
      Array.from({ length: random(12) }, () => alphabet[random(alphabet.length)]).join('')
    const posts = Array.from({ length: 2000 }, () => {
      const body = new URLSearchParams()
      for (const field of Object.keys(quoteRequestFields)) {
        const choice = random(4)
        const value = choice === 0 ? randomText() : choice === 1 ? '' : (typed[field] ?? '')
        body.append(field, random(4) === 0 && field === 'training' ? 'other' : value)
      }
      return decodeFormBody(body, quoteRequestFields)
    })

    // Action
    const disagreements = posts.filter(
      (input) =>
        JSON.stringify(sortKeys(checkQuoteRequest(input))) !==
        JSON.stringify(sortKeys(serverErrors(input))),
    )

    // Assert
    expect(disagreements.map((input) => JSON.stringify(input))).toEqual([])
  })

  it('finds a request typed correctly into the form valid', () => {
    const body = new URLSearchParams({
      name: 'Camille Durand',
      organisation: 'Mairie',
      email: 'camille@exemple.fr',
      phone: '',
      training: 'other',
      trainingOther: 'Repérer les situations de traite',
      participants: '8',
      message: 'Au printemps.',
      consent: 'on',
      locale: 'en',
    })
    expect(checkQuoteRequest(decodeFormBody(body, quoteRequestFields))).toEqual({})
  })
})

/** The same errors with fields in a fixed order (the keys within a field keep their order). */
function sortKeys(errors: Partial<Record<string, string[]>>) {
  return Object.fromEntries(Object.entries(errors).sort(([a], [b]) => a.localeCompare(b)))
}
