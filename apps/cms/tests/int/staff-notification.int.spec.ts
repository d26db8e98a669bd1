import { beforeEach, describe, expect, it } from 'vitest'

import { submissionAdminUrl } from '../../src/email/staffNotification.ts'
import { httpFetch, resetFormIntake } from '../helpers/http.ts'
import { sentEmails } from '../helpers/outbox.ts'
import { bootPayload, testCmsUrl, testSiteUrl, testStaffAddress } from '../helpers/payload.ts'

/** What the person sends: values distinctive enough to be found anywhere in an email. */
const secrets = {
  name: 'Zéphyrine Témoin',
  email: 'zephyrine.temoin@exemple.fr',
  phone: '06 98 76 54 32',
  organisation: 'Association Témoin Confidentielle',
  message: 'Message confidentiel à ne jamais envoyer par courriel',
  safeTimes: 'Seulement le mardi matin',
}

const bodies = {
  'membership-request': {
    name: secrets.name,
    email: secrets.email,
    phone: secrets.phone,
    organisation: secrets.organisation,
    message: secrets.message,
    consent: true,
    locale: 'fr',
  },
  'appointment-request': {
    name: secrets.name,
    contactBy: 'phone',
    phone: secrets.phone,
    safeTimes: secrets.safeTimes,
    message: secrets.message,
    consent: true,
    locale: 'en',
  },
} as const

async function idsOf(name: string): Promise<number[]> {
  const { payload } = await bootPayload()
  const { docs } = await payload.find({
    collection: 'form-submissions',
    where: {
      or: [
        { 'membershipRequest.name': { equals: name } },
        { 'appointmentRequest.name': { equals: name } },
      ],
    },
    depth: 0,
    sort: 'id',
  })
  return docs.map((doc) => doc.id)
}

// Empty rate-limit windows and fingerprints: earlier test files posted from the same in-process client.
beforeEach(resetFormIntake)

describe('staff notification of a new request', () => {
  it('sends staff one email per stored request, with the form, the time and the admin link, and nothing the person wrote', async () => {
    // Setup
    const before = (await sentEmails()).length

    // Action: one membership and one appointment request, then one refused (no consent): not stored.
    for (const [form, body] of Object.entries(bodies)) {
      const response = await httpFetch('POST', `forms/${form}`, {
        from: '127.0.0.62',
        headers: { 'Content-Type': 'application/json', Origin: testSiteUrl },
        body: JSON.stringify(body),
      })
      expect(response.status).toBe(201)
    }
    const refused = await httpFetch('POST', 'forms/membership-request', {
      from: '127.0.0.62',
      headers: { 'Content-Type': 'application/json', Origin: testSiteUrl },
      body: JSON.stringify({ ...bodies['membership-request'], consent: false }),
    })
    expect(refused.status).toBe(400)

    // Assert
    const ids = await idsOf(secrets.name)
    expect(ids).toHaveLength(2)
    const emails = (await sentEmails()).slice(before)
    expect(emails).toHaveLength(2)
    for (const id of ids) {
      const link = submissionAdminUrl(testCmsUrl, id)
      const forThis = emails.filter((email) => email.text.includes(link))
      expect(forThis, `request ${id}`).toHaveLength(1)
      expect(forThis[0]?.to).toBe(testStaffAddress)
    }
    expect(emails[0]?.text).toContain('« Demande d’adhésion »')
    expect(emails[1]?.text).toContain('“Appointment request”')
    expect(emails[0]?.text).toMatch(/\d{4}.*\d{1,2}:\d{2}/)
    for (const email of emails) {
      for (const value of [...Object.values(secrets), 'Zéphyrine', 'zephyrine', '98 76']) {
        expect(email.text, value).not.toContain(value)
        expect(email.raw, value).not.toContain(value)
      }
    }
  })

  it('does not email the person who asked, and sends nothing when a request is only updated', async () => {
    // Setup
    const before = (await sentEmails()).length
    const { payload } = await bootPayload()
    const response = await httpFetch('POST', 'forms/membership-request', {
      from: '127.0.0.62',
      headers: { 'Content-Type': 'application/json', Origin: testSiteUrl },
      body: JSON.stringify({ ...bodies['membership-request'], name: 'Personne à ne pas écrire' }),
    })
    expect(response.status).toBe(201)
    const [id] = await idsOf('Personne à ne pas écrire')

    // Action
    await payload.update({
      collection: 'form-submissions',
      id: id ?? 0,
      data: { status: 'handled' },
    })

    // Assert
    const emails = (await sentEmails()).slice(before)
    expect(emails.map((email) => email.to)).toEqual([testStaffAddress])
  })
})
