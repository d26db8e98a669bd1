import { describe, expect, it } from 'vitest'

import { decodeFormBody } from './form-decoding.ts'
import { membershipRequestFields } from './membership-request-check.ts'
import { MembershipRequestSchema } from './membership-request.ts'
import { toFieldErrors } from './text-fields.ts'

const minimal = { name: 'Camille Durand', email: 'andré@exemple.fr', consent: true, locale: 'fr' }

function errorsOf(input: Record<string, unknown>) {
  const result = MembershipRequestSchema.safeParse(input)
  return result.success ? {} : toFieldErrors(result.error)
}

describe('membership request schema', () => {
  it('accepts a name, an international email address and consent, the rest being optional', () => {
    expect(errorsOf(minimal)).toEqual({})
    expect(
      errorsOf({
        ...minimal,
        phone: '+33 6 12 34 56 78',
        organisation: 'Association partenaire',
        message: 'Bonjour,\nje souhaite adhérer.',
      }),
    ).toEqual({})
  })

  it('refuses a header injected through the name or the email address', () => {
    expect(errorsOf({ ...minimal, name: 'Jean Exemple\r\nBcc: someone@example.test' })).toEqual({
      name: ['form.errors.singleLine'],
    })
    expect(errorsOf({ ...minimal, email: 'camille@exemple.fr\r\nX-Test: 1' })).toEqual({
      email: ['form.errors.singleLine', 'form.errors.email'],
    })
  })

  it('refuses a NUL character in the message', () => {
    expect(errorsOf({ ...minimal, message: 'Bonjour\u0000' })).toEqual({
      message: ['form.errors.invalid'],
    })
  })

  it('refuses signs of broken encoding: a lone surrogate, or U+FFFD left by a decoder', () => {
    expect(errorsOf({ ...minimal, name: 'Camille\ud800' })).toEqual({
      name: ['form.errors.singleLine'],
    })
    expect(errorsOf({ ...minimal, message: 'Bonjour \uFFFD' })).toEqual({
      message: ['form.errors.invalid'],
    })
    // A character outside the BMP is a valid surrogate pair, not a lone one.
    expect(errorsOf({ ...minimal, name: 'Camille 😀' })).toEqual({})
  })

  it('counts the name in UTF-16 code units against its limit of 100, like maxlength', () => {
    expect(errorsOf({ ...minimal, name: '😀'.repeat(60) })).toEqual({
      name: ['form.errors.tooLong'],
    })
    expect(errorsOf({ ...minimal, name: '😀'.repeat(50) })).toEqual({})
  })

  it('counts a name of three spaces as missing', () => {
    expect(errorsOf({ ...minimal, name: '   ' })).toEqual({ name: ['form.errors.required'] })
  })

  it('refuses consent that is false, "false" or absent', () => {
    for (const consent of [false, 'false', undefined]) {
      expect(errorsOf({ ...minimal, consent }), String(consent)).toEqual({
        consent: ['form.errors.consent'],
      })
    }
  })

  it('reads the checkbox value of a form post as consent and drops unknown fields', () => {
    const decoded = decodeFormBody(
      'name=Camille+Durand&email=andr%C3%A9%40exemple.fr&consent=on&locale=fr&status=handled&phone=',
      membershipRequestFields,
    )
    expect(decoded).toEqual(minimal)
    expect(decodeFormBody('consent=false', membershipRequestFields).consent).toBe('false')
  })
})
