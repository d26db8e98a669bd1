import { describe, expect, it } from 'vitest'

import { appointmentRequestFields } from './appointment-request-check.ts'
import { AppointmentRequestSchema } from './appointment-request.ts'
import { decodeFormBody } from './form-decoding.ts'
import { toFieldErrors } from './text-fields.ts'

const byPhone = {
  name: 'Sam',
  contactBy: 'phone',
  phone: '06 12 34 56 78',
  safeTimes: 'En semaine après 18 h',
  consent: true,
  locale: 'fr',
}
const byEmail = { name: 'Sam', contactBy: 'email', email: 'andré@exemple.fr', consent: true }

function errorsOf(input: Record<string, unknown>) {
  const result = AppointmentRequestSchema.safeParse(input)
  return result.success ? {} : toFieldErrors(result.error)
}

describe('appointment request schema', () => {
  it('accepts a first name or pseudonym with only a phone number, or only an international email', () => {
    expect(errorsOf(byPhone)).toEqual({})
    expect(errorsOf(byEmail)).toEqual({})
  })

  it('keeps only the way to be reached that the person chose', () => {
    // Setup: both typed, email chosen.
    const input = { ...byPhone, contactBy: 'email', email: 'sam@exemple.fr' }

    // Action
    const parsed = AppointmentRequestSchema.parse(input)

    // Assert
    expect(parsed.email).toBe('sam@exemple.fr')
    expect(parsed.phone).toBeUndefined()
    expect(parsed.safeTimes).toBeUndefined()
    expect(AppointmentRequestSchema.parse(byPhone).email).toBeUndefined()
  })

  it('asks for the chosen way to be reached, and for a choice', () => {
    expect(errorsOf({ ...byPhone, phone: undefined })).toEqual({ phone: ['form.errors.required'] })
    expect(errorsOf({ ...byEmail, email: '   ' })).toEqual({ email: ['form.errors.required'] })
    expect(errorsOf({ ...byPhone, contactBy: undefined })).toEqual({
      contactBy: ['form.errors.contactBy'],
    })
  })

  it('refuses a header injected through the name or the email address', () => {
    expect(errorsOf({ ...byPhone, name: 'Jean Exemple\r\nBcc: someone@example.test' })).toEqual({
      name: ['form.errors.singleLine'],
    })
    expect(errorsOf({ ...byEmail, email: 'sam@exemple.fr\r\nX-Test: 1' })).toEqual({
      email: ['form.errors.singleLine', 'form.errors.email'],
    })
  })

  it('refuses a NUL character in the message but keeps its line breaks', () => {
    expect(errorsOf({ ...byPhone, message: 'Bonjour\u0000' })).toEqual({
      message: ['form.errors.invalid'],
    })
    expect(errorsOf({ ...byPhone, message: 'Bonjour,\r\nmerci.' })).toEqual({})
  })

  it('counts the name in UTF-16 code units against its limit of 100, like maxlength', () => {
    expect(errorsOf({ ...byPhone, name: '😀'.repeat(60) })).toEqual({
      name: ['form.errors.tooLong'],
    })
    expect(errorsOf({ ...byPhone, name: '😀'.repeat(50) })).toEqual({})
  })

  it('counts a name of three spaces as missing', () => {
    expect(errorsOf({ ...byPhone, name: '   ' })).toEqual({ name: ['form.errors.required'] })
  })

  it('refuses consent that is false, "false" or absent', () => {
    for (const consent of [false, 'false', undefined]) {
      expect(errorsOf({ ...byPhone, consent }), String(consent)).toEqual({
        consent: ['form.errors.consent'],
      })
    }
  })

  it('reads a form post like the same JSON: the checkbox value is consent, empty fields are absent', () => {
    const body = new URLSearchParams({
      name: 'Sam',
      contactBy: 'email',
      phone: '',
      email: 'andré@exemple.fr',
      safeTimes: '',
      message: '',
      consent: 'on',
      locale: 'fr',
      status: 'handled',
    })
    const decoded = decodeFormBody(body, appointmentRequestFields)
    expect(decoded).toEqual({ ...byEmail, locale: 'fr' })
    expect(errorsOf({ ...decoded, consent: 'false' })).toEqual({ consent: ['form.errors.consent'] })
  })
})
