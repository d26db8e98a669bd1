import { describe, expect, it } from 'vitest'

import { appointmentRequestFields, checkAppointmentRequest } from './appointment-request-check.ts'
import { AppointmentRequestSchema } from './appointment-request.ts'
import {
  comparable,
  consentVariants,
  emailVariants,
  emoji,
  lengthsAround,
  phoneVariants,
  troublesomeTexts,
  variantsOf,
} from './check-corpus.ts'
import { decodeFormBody } from './form-decoding.ts'
import { toFieldErrors } from './text-fields.ts'

function serverErrors(input: Record<string, unknown>) {
  const result = AppointmentRequestSchema.safeParse(input)
  return result.success ? {} : toFieldErrors(result.error)
}

const byPhone: Record<string, unknown> = {
  name: 'Sam',
  contactBy: 'phone',
  phone: '06 12 34 56 78',
  safeTimes: 'En semaine après 18 h',
  consent: true,
  locale: 'fr',
}
const byEmail: Record<string, unknown> = {
  name: 'Sam',
  contactBy: 'email',
  email: 'andré@exemple.fr',
  message: 'Je voudrais parler à quelqu’un.',
  consent: true,
  locale: 'en',
}

describe('the browser’s appointment request check', () => {
  it('gives the same errors as the server’s schema on every request of the corpus', () => {
    // Setup: each variant with phone chosen, email chosen, and no valid choice.
    const variants = {
      name: [...troublesomeTexts, ...lengthsAround(100)],
      contactBy: [undefined, null, 'phone', 'email', 'sms', 'PHONE', 1, ['phone']],
      phone: [...troublesomeTexts, ...lengthsAround(32), ...phoneVariants],
      email: [...troublesomeTexts, ...lengthsAround(254), ...emailVariants],
      safeTimes: [...troublesomeTexts, ...lengthsAround(200)],
      message: [...troublesomeTexts, ...lengthsAround(2000), 'ligne 1\nligne 2'],
      consent: consentVariants,
      locale: [undefined, 'fr', 'en', 'de'],
    }
    const bases = [byPhone, byEmail, { ...byPhone, email: 'x@y.fr', contactBy: undefined }]
    const inputs = [byPhone, byEmail, {}].concat(...bases.map((base) => variantsOf(base, variants)))

    // Action
    const disagreements = inputs.filter(
      (input) => comparable(checkAppointmentRequest(input)) !== comparable(serverErrors(input)),
    )

    // Assert
    expect(disagreements.map((input) => JSON.stringify(input))).toEqual([])
    expect(
      inputs.filter((input) => AppointmentRequestSchema.safeParse(input).success).length,
    ).toBeGreaterThan(40)
    expect(
      inputs.filter((input) => !AppointmentRequestSchema.safeParse(input).success).length,
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
      '\u0000',
      '\u200B',
      '\u202E',
      emoji,
      '@',
      '.',
      '+',
      '1',
      '0',
      '"',
    ]
    let seed = 6
    const random = (below: number) => {
      seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0
      return (seed >>> 16) % below
    }
    const typed: Record<string, string> = {
      name: 'Sam',
      contactBy: 'phone',
      phone: '0612345678',
      email: 'sam@exemple.fr',
      safeTimes: 'le matin',
      message: 'Bonjour',
      consent: 'on',
      locale: 'fr',
    }
    const randomText = () =>
      Array.from({ length: random(12) }, () => alphabet[random(alphabet.length)]).join('')
    const posts = Array.from({ length: 2000 }, () => {
      const body = new URLSearchParams()
      for (const field of Object.keys(appointmentRequestFields)) {
        const choice = random(4)
        const value = choice === 0 ? randomText() : choice === 1 ? '' : (typed[field] ?? '')
        body.append(field, field === 'contactBy' && random(2) === 0 ? 'email' : value)
      }
      return decodeFormBody(body, appointmentRequestFields)
    })

    // Action
    const disagreements = posts.filter(
      (input) => comparable(checkAppointmentRequest(input)) !== comparable(serverErrors(input)),
    )

    // Assert
    expect(disagreements.map((input) => JSON.stringify(input))).toEqual([])
  })
})
