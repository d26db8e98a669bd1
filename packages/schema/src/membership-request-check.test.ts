import { describe, expect, it } from 'vitest'

import {
  comparable,
  consentVariants,
  emailVariants,
  lengthsAround,
  phoneVariants,
  troublesomeTexts,
  variantsOf,
} from './check-corpus.ts'
import { decodeFormBody } from './form-decoding.ts'
import { checkMembershipRequest, membershipRequestFields } from './membership-request-check.ts'
import { MembershipRequestSchema } from './membership-request.ts'
import { toFieldErrors } from './text-fields.ts'

function serverErrors(input: Record<string, unknown>) {
  const result = MembershipRequestSchema.safeParse(input)
  return result.success ? {} : toFieldErrors(result.error)
}

const valid: Record<string, unknown> = {
  name: 'Camille Durand',
  email: 'andré@exemple.fr',
  phone: '+33 6 12 34 56 78',
  organisation: 'Association partenaire',
  message: 'Je souhaite rejoindre l’association.\r\nMerci.',
  consent: true,
  locale: 'fr',
}

describe('the browser’s membership request check', () => {
  it('gives the same errors as the server’s schema on every request of the corpus', () => {
    // Setup
    const minimal = { name: 'Camille', email: 'camille@exemple.fr', consent: true }
    const inputs = [valid, minimal, {}].concat(
      ...[valid, minimal].map((base) =>
        variantsOf(base, {
          name: [...troublesomeTexts, ...lengthsAround(100)],
          email: [...troublesomeTexts, ...lengthsAround(254), ...emailVariants],
          phone: [...troublesomeTexts, ...lengthsAround(32), ...phoneVariants],
          organisation: [...troublesomeTexts, ...lengthsAround(200)],
          message: [...troublesomeTexts, ...lengthsAround(2000), 'ligne 1\nligne 2', 'a\fb'],
          consent: consentVariants,
          locale: [undefined, 'fr', 'en', 'de', 42],
        }),
      ),
    )

    // Action
    const disagreements = inputs.filter(
      (input) => comparable(checkMembershipRequest(input)) !== comparable(serverErrors(input)),
    )

    // Assert
    expect(disagreements.map((input) => JSON.stringify(input))).toEqual([])
    expect(
      inputs.filter((input) => MembershipRequestSchema.safeParse(input).success).length,
    ).toBeGreaterThan(20)
    expect(
      inputs.filter((input) => !MembershipRequestSchema.safeParse(input).success).length,
    ).toBeGreaterThan(150)
  })

  it('finds a request typed correctly into the form valid, optional fields left empty', () => {
    const body = new URLSearchParams({
      name: 'Camille',
      email: 'camille@exemple.fr',
      phone: '',
      organisation: '',
      message: '',
      consent: 'on',
      locale: 'en',
    })
    expect(checkMembershipRequest(decodeFormBody(body, membershipRequestFields))).toEqual({})
  })
})
