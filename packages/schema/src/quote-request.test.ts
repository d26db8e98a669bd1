import { describe, expect, it } from 'vitest'

import { decodeFormBody } from './form-decoding.ts'
import { quoteRequestFields } from './quote-request-check.ts'
import { QuoteRequestSchema, toFieldErrors } from './quote-request.ts'

const validJson = {
  name: 'Camille Durand',
  organisation: 'Aide sociale à l’enfance',
  email: 'andré@exemple.fr',
  training: '3',
  participants: 12,
  message: 'Nous souhaitons former notre équipe éducative.\nPlutôt au printemps.',
  consent: true,
  locale: 'fr',
}

describe('quote request schema', () => {
  it('accepts a complete request with an international email address', () => {
    const result = QuoteRequestSchema.safeParse(validJson)
    expect(result.success).toBe(true)
  })

  it('names each faulty field with a translatable key', () => {
    const result = QuoteRequestSchema.safeParse({
      ...validJson,
      email: 'pas-une-adresse',
      name: '   ',
    })
    expect(result.success).toBe(false)
    const errors = result.success ? {} : toFieldErrors(result.error)
    expect(errors.email).toEqual(['form.errors.email'])
    expect(errors.name).toEqual(['form.errors.required'])
  })

  it('refuses consent that is anything but true', () => {
    for (const consent of [false, 'true', 'on', 1, undefined]) {
      const result = QuoteRequestSchema.safeParse({ ...validJson, consent })
      expect(result.success, `consent ${String(consent)}`).toBe(false)
    }
  })

  it('refuses a line break in a single-line field', () => {
    const result = QuoteRequestSchema.safeParse({ ...validJson, name: 'Camille\r\nBcc: x@y.z' })
    expect(result.success ? {} : toFieldErrors(result.error)).toEqual({
      name: ['form.errors.singleLine'],
    })
  })

  it('asks what training is wanted when "other" is chosen', () => {
    const result = QuoteRequestSchema.safeParse({ ...validJson, training: 'other' })
    expect(result.success ? {} : toFieldErrors(result.error)).toEqual({
      trainingOther: ['form.errors.required'],
    })
  })

  it('refuses invisible or disguised text in single-line fields', () => {
    for (const name of [
      '\u200B',
      'Camille\u2028Durand',
      'Camille\tDurand',
      'Camille\u202Eodnaruh',
    ]) {
      expect(
        QuoteRequestSchema.safeParse({ ...validJson, name }).success,
        JSON.stringify(name),
      ).toBe(false)
    }
  })

  it('refuses an email address that carries a display name or a second recipient', () => {
    for (const email of ['"x"<a@b.fr>', 'a@b.fr, c@d.fr', 'a@b', 'a b@c.fr']) {
      expect(QuoteRequestSchema.safeParse({ ...validJson, email }).success, email).toBe(false)
    }
  })

  it('counts length in UTF-16 code units, like maxlength', () => {
    const emoji = '😀' // two UTF-16 code units
    const atLimit = QuoteRequestSchema.safeParse({ ...validJson, name: emoji.repeat(60) })
    const overLimit = QuoteRequestSchema.safeParse({ ...validJson, name: emoji.repeat(60) + 'a' })
    expect(atLimit.success).toBe(true)
    expect(overLimit.success).toBe(false)
  })
})

describe('training and locale', () => {
  it('names the training field with a translatable key when it is missing or out of range', () => {
    for (const [training, key] of [
      [undefined, 'form.errors.required'],
      ['2147483648', 'form.errors.training'],
      ['abc', 'form.errors.training'],
      [[3], 'form.errors.training'],
    ] as const) {
      const result = QuoteRequestSchema.safeParse({ ...validJson, training })
      expect(result.success ? {} : toFieldErrors(result.error), String(training)).toEqual({
        training: [key],
      })
    }
  })

  it('accepts a training id sent as a JSON number', () => {
    expect(QuoteRequestSchema.parse({ ...validJson, training: 3 }).training).toBe('3')
  })

  it('answers in French when the locale is missing or unknown, instead of refusing the request', () => {
    expect(QuoteRequestSchema.parse({ ...validJson, locale: 'de' }).locale).toBe('fr')
    expect(QuoteRequestSchema.parse({ ...validJson, locale: undefined }).locale).toBe('fr')
    expect(QuoteRequestSchema.parse({ ...validJson, locale: 'en' }).locale).toBe('en')
  })
})

describe('urlencoded decoding', () => {
  it('gives the same result as the JSON body for the same form', () => {
    const body = new URLSearchParams({
      name: validJson.name,
      organisation: validJson.organisation,
      email: validJson.email,
      phone: '',
      training: '3',
      participants: '12',
      message: validJson.message,
      consent: 'on',
      locale: 'fr',
    }).toString()
    const decoded = decodeFormBody(body, quoteRequestFields)
    expect(decoded).toEqual(validJson)
    expect(QuoteRequestSchema.parse(decoded)).toEqual(QuoteRequestSchema.parse(validJson))
  })

  it('keeps a numeric phone number as text and drops unknown fields', () => {
    const decoded = decodeFormBody(
      'phone=0612345678&status=handled&createdAt=2020',
      quoteRequestFields,
    )
    expect(decoded).toEqual({ phone: '0612345678' })
  })

  it('leaves a non-checkbox consent value as text, which the schema refuses', () => {
    const decoded = decodeFormBody('consent=yes', quoteRequestFields)
    expect(decoded.consent).toBe('yes')
  })
})
