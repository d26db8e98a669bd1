import { describe, expect, it } from 'vitest'

import { httpFetch, resetFormIntake } from '../helpers/http.ts'
import { bootPayload, testCmsUrl, testSiteUrl } from '../helpers/payload.ts'
import { appointmentPage, membershipPage, publishSitePage, reparse } from '../helpers/sitePages.ts'

type Form = 'membership-request' | 'appointment-request'
const groupOf = {
  'membership-request': 'membershipRequest',
  'appointment-request': 'appointmentRequest',
} as const

/**
 * Posts over real HTTP, all from one loopback client: the intake's state (rate-limit windows, fingerprints) is
 * emptied first, so these tests check each form's rules; the rate limit has its own tests
 * (form-intake.int.spec.ts).
 */
const post = async (form: Form, body: string, contentType: string) => {
  await resetFormIntake()
  return httpFetch('POST', `forms/${form}`, {
    from: '127.0.0.60',
    headers: { 'Content-Type': contentType, Origin: testSiteUrl },
    body,
  })
}
const postJson = (form: Form, body: unknown) => post(form, JSON.stringify(body), 'application/json')
const postForm = (form: Form, fields: Record<string, string>) =>
  post(form, new URLSearchParams(fields).toString(), 'application/x-www-form-urlencoded')

async function storedAs(form: Form, name: string) {
  const { payload } = await bootPayload()
  const { docs } = await payload.find({
    collection: 'form-submissions',
    where: { [`${groupOf[form]}.name`]: { equals: name } },
    depth: 0,
  })
  return docs
}

const errorsOf = async (response: Response) =>
  ((await response.json()) as { errors: Record<string, string[]> }).errors

const membership = (name: string) => ({
  name,
  email: 'andré@exemple.fr',
  organisation: 'Association partenaire',
  message: 'Je souhaite adhérer.\nMerci.',
  consent: true,
  locale: 'fr',
})
const appointment = (name: string) => ({
  name,
  contactBy: 'phone',
  phone: '06 12 34 56 78',
  safeTimes: 'En semaine après 18 h',
  consent: true,
  locale: 'fr',
})

describe('membership request intake', () => {
  it('stores a JSON request and answers 201, without unknown or internal fields', async () => {
    // Setup
    const name = 'Adhésion JSON'
    // Action
    const response = await postJson('membership-request', {
      ...membership(name),
      status: 'handled',
      createdAt: '2001-01-01',
      ip: '203.0.113.9',
    })
    // Assert
    expect(response.status).toBe(201)
    const [doc, ...others] = await storedAs('membership-request', name)
    expect(others).toEqual([])
    expect(doc?.formType).toBe('membership-request')
    expect(doc?.status).toBe('new')
    // Every field as sent, read back through Payload (the intake writes the row in SQL: storeSubmission.ts)
    expect(doc?.membershipRequest).toEqual({
      name,
      email: 'andré@exemple.fr',
      phone: null,
      organisation: 'Association partenaire',
      message: 'Je souhaite adhérer.\nMerci.',
      consent: true,
    })
    expect(doc?.createdAt.startsWith('2001')).toBe(false)
    expect(JSON.stringify(doc)).not.toContain('203.0.113.9')
  })

  it('takes a form post without JavaScript and redirects to the thank-you page in the form’s language', async () => {
    const name = 'Adhésion formulaire'
    const response = await postForm('membership-request', {
      name,
      email: 'camille@exemple.fr',
      phone: '',
      organisation: '',
      message: '',
      consent: 'on',
      locale: 'en',
    })
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe(`${testSiteUrl}/en/thank-you/`)
    expect((await storedAs('membership-request', name))[0]?.locale).toBe('en')
  })

  it('refuses the issue’s malformed inputs with the faulty fields named, and stores none of them', async () => {
    const name = 'Adhésion refusée'
    const cases: Array<[Record<string, unknown>, Record<string, string[]>]> = [
      [{ name: 'Jean Exemple\r\nBcc: someone@example.test' }, { name: ['form.errors.singleLine'] }],
      [
        { email: 'camille@exemple.fr\r\nX-Test: 1' },
        { email: ['form.errors.singleLine', 'form.errors.email'] },
      ],
      [{ message: 'Bonjour\u0000' }, { message: ['form.errors.invalid'] }],
      [{ name: '😀'.repeat(60) }, { name: ['form.errors.tooLong'] }],
      [{ name: '   ' }, { name: ['form.errors.required'] }],
      [{ consent: false }, { consent: ['form.errors.consent'] }],
      [{ consent: 'false' }, { consent: ['form.errors.consent'] }],
      [{ consent: undefined }, { consent: ['form.errors.consent'] }],
    ]
    for (const [change, expected] of cases) {
      const response = await postJson('membership-request', { ...membership(name), ...change })
      expect(response.status, JSON.stringify(change)).toBe(400)
      expect(await errorsOf(response), JSON.stringify(change)).toEqual(expected)
    }
    const { payload } = await bootPayload()
    const stored = await payload.count({
      collection: 'form-submissions',
      where: { 'membershipRequest.email': { equals: 'camille@exemple.fr\r\nX-Test: 1' } },
    })
    expect(stored.totalDocs).toBe(0)
    expect(await storedAs('membership-request', name)).toEqual([])
  })

  it('redirects a form post without consent that names no page to the page that says what to correct', async () => {
    const name = 'Adhésion sans consentement'
    const response = await postForm('membership-request', {
      name,
      email: 'camille@exemple.fr',
      consent: 'false',
      locale: 'fr',
    })
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe(`${testSiteUrl}/fr/formulaire-a-corriger/`)
    expect(await storedAs('membership-request', name)).toEqual([])
  })
})

describe('appointment request intake', () => {
  it('stores a JSON request with a pseudonym and a phone number only, and answers 201', async () => {
    const name = 'Rendez-vous JSON'
    const response = await postJson('appointment-request', appointment(name))
    expect(response.status).toBe(201)
    const [doc] = await storedAs('appointment-request', name)
    expect(doc?.formType).toBe('appointment-request')
    expect(doc?.appointmentRequest).toEqual({
      name,
      contactBy: 'phone',
      phone: '06 12 34 56 78',
      email: null,
      safeTimes: 'En semaine après 18 h',
      message: null,
      consent: true,
    })
  })

  it('stores only the way to be reached the person chose, from a form post where both were typed', async () => {
    // Setup: without JavaScript both fields show; the person typed a phone number, then chose email.
    const name = 'Rendez-vous formulaire'
    // Action
    const response = await postForm('appointment-request', {
      name,
      contactBy: 'email',
      phone: '06 12 34 56 78',
      email: 'andré@exemple.fr',
      safeTimes: 'le matin',
      message: '',
      consent: 'on',
      locale: 'en',
    })
    // Assert
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe(`${testSiteUrl}/en/thank-you/`)
    const [doc] = await storedAs('appointment-request', name)
    expect(doc?.locale).toBe('en')
    expect(doc?.appointmentRequest).toMatchObject({
      contactBy: 'email',
      email: 'andré@exemple.fr',
      phone: null,
      safeTimes: null,
    })
  })

  it('asks for the chosen way to be reached, and refuses the issue’s malformed inputs', async () => {
    const name = 'Rendez-vous refusé'
    const cases: Array<[Record<string, unknown>, Record<string, string[]>]> = [
      [{ phone: undefined }, { phone: ['form.errors.required'] }],
      [{ contactBy: 'email' }, { email: ['form.errors.required'] }],
      [{ contactBy: undefined }, { contactBy: ['form.errors.contactBy'] }],
      [{ name: 'Jean Exemple\r\nBcc: someone@example.test' }, { name: ['form.errors.singleLine'] }],
      [
        { contactBy: 'email', email: 'sam@exemple.fr\r\nX-Test: 1' },
        { email: ['form.errors.singleLine', 'form.errors.email'] },
      ],
      [{ message: 'Bonjour\u0000' }, { message: ['form.errors.invalid'] }],
      [{ name: '😀'.repeat(60) }, { name: ['form.errors.tooLong'] }],
      [{ name: '   ' }, { name: ['form.errors.required'] }],
      [{ consent: false }, { consent: ['form.errors.consent'] }],
      [{ consent: 'false' }, { consent: ['form.errors.consent'] }],
      [{ consent: undefined }, { consent: ['form.errors.consent'] }],
    ]
    for (const [change, expected] of cases) {
      const response = await postJson('appointment-request', { ...appointment(name), ...change })
      expect(response.status, JSON.stringify(change)).toBe(400)
      expect(await errorsOf(response), JSON.stringify(change)).toEqual(expected)
    }
    expect(await storedAs('appointment-request', name)).toEqual([])
  })

  it('redirects an invalid form post that names no page to the page that says what to correct', async () => {
    const name = 'Rendez-vous sans moyen de contact'
    const response = await postForm('appointment-request', {
      name,
      contactBy: 'phone',
      phone: '',
      consent: 'on',
      locale: 'en',
    })
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe(`${testSiteUrl}/en/form-to-correct/`)
    expect(await storedAs('appointment-request', name)).toEqual([])
  })
})

describe('membership and appointment forms refused without JavaScript', () => {
  it('answers an English membership request with its English page filled in again and its errors named', async () => {
    // Setup
    const pagePath = '/en/become-a-member-refused/'
    await publishSitePage(pagePath, membershipPage('en', pagePath, testCmsUrl))
    const name = 'Member "refused" <b>'
    // Action
    const response = await postForm('membership-request', {
      name,
      email: 'not-an-address',
      phone: 'call me',
      message: 'Hello,\r\nI would like to join.',
      locale: 'en',
      page: pagePath,
    })
    // Assert
    expect(response.status).toBe(400)
    const page = reparse(await response.text())
    expect(page.elements.find((e) => e.tag === 'title')?.text).toBe('Error: Become a member · Mist')
    expect(page.elements.find((e) => e.tag === 'h2')?.text).toBe('There is a problem')
    expect(page.byId('membership-name')?.attrs.value).toBe(name)
    expect(page.byId('membership-message')?.text).toBe('Hello,\nI would like to join.')
    const summary = page.elements.filter((e) => e.tag === 'a' && e.attrs.href?.startsWith('#'))
    expect(summary.slice(1).map((link) => [link.attrs.href, link.text])).toEqual([
      ['#membership-email', 'Email: Enter a valid email address, for example name@example.org.'],
      ['#membership-phone', 'Phone (optional): Enter a valid phone number.'],
      ['#membership-consent', 'Consent: Tick this box so that we can handle your request.'],
    ])
    expect(page.byId('membership-phone-error')?.text).toBe('Enter a valid phone number.')
    expect(page.elements.some((e) => e.tag === 'script')).toBe(false)
    expect(await storedAs('membership-request', name)).toEqual([])
  })

  it('answers an appointment request with the way to be reached still chosen and the missing one named', async () => {
    const pagePath = '/fr/prendre-rendez-vous-refus/'
    await publishSitePage(pagePath, appointmentPage(pagePath, testCmsUrl))
    const name = 'Rendez-vous à corriger'
    const response = await postForm('appointment-request', {
      name,
      contactBy: 'phone',
      phone: '',
      safeTimes: 'le soir',
      consent: 'on',
      locale: 'fr',
      page: pagePath,
    })
    expect(response.status).toBe(400)
    const page = reparse(await response.text())
    expect(page.byId('appointment-contactBy-phone')?.attrs.checked).toBe('')
    expect(page.byId('appointment-safeTimes')?.attrs.value).toBe('le soir')
    expect(page.byId('appointment-consent')?.attrs.checked).toBe('')
    expect(page.byId('appointment-phone')?.attrs['aria-invalid']).toBe('true')
    expect(page.byId('appointment-phone-error')?.text).toBe('Ce champ est obligatoire.')
    expect(await storedAs('appointment-request', name)).toEqual([])
  })
})
