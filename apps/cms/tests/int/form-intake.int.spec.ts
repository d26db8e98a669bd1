import { beforeAll, describe, expect, it } from 'vitest'

import { bootPayload, testSiteUrl } from '../helpers/payload.ts'
import { rest } from '../helpers/rest.ts'

let trainingId: number
let draftTrainingId: number

const validRequest = () => ({
  ...validFormFields(),
  participants: 8,
  consent: true,
})

/** The same request as the strings a browser posts. */
const validFormFields = (): Record<string, string> => ({
  name: 'Camille Durand',
  organisation: 'Service de protection de l’enfance',
  email: 'andré@exemple.fr',
  training: String(trainingId),
  message: 'Formation de notre équipe, au printemps si possible.',
  locale: 'fr',
})

const post = (body: string, contentType: string, origin: string | null = testSiteUrl) =>
  rest('POST', 'forms/quote-request', {
    headers: { 'Content-Type': contentType, ...(origin === null ? {} : { Origin: origin }) },
    body,
  })

async function submissionsFrom(name: string) {
  const { payload } = await bootPayload()
  return payload.find({
    collection: 'form-submissions',
    where: { 'quoteRequest.name': { equals: name } },
    depth: 0,
  })
}

describe('quote request intake', () => {
  beforeAll(async () => {
    const { payload } = await bootPayload()
    const published = await payload.create({
      collection: 'trainings',
      locale: 'fr',
      data: {
        title: 'Formation initiale (test)',
        audience: 'both',
        format: 'initial',
        _status: 'published',
      },
    })
    const draft = await payload.create({
      collection: 'trainings',
      locale: 'fr',
      draft: true,
      data: {
        title: 'Formation en préparation',
        audience: 'both',
        format: 'continued',
        _status: 'draft',
      },
    })
    trainingId = published.id
    draftTrainingId = draft.id
  })

  it('stores a valid JSON request and answers 201, without unknown or internal fields', async () => {
    const name = 'Camille JSON'
    const response = await post(
      JSON.stringify({ ...validRequest(), name, ip: '203.0.113.9', createdAt: '2001-01-01' }),
      'application/json',
    )
    expect(response.status).toBe(201)
    const stored = await submissionsFrom(name)
    expect(stored.totalDocs).toBe(1)
    const doc = stored.docs[0]
    expect(doc?.quoteRequest?.email).toBe('andré@exemple.fr')
    expect(doc?.quoteRequest?.training).toBe(trainingId)
    expect(doc?.createdAt.startsWith('2001')).toBe(false)
    expect(JSON.stringify(doc)).not.toContain('203.0.113.9')
  })

  it('answers 400 with the faulty fields named, and stores nothing', async () => {
    const name = 'Camille invalide'
    const response = await post(
      JSON.stringify({ ...validRequest(), name, email: 'pas-une-adresse', consent: 'true' }),
      'application/json',
    )
    expect(response.status).toBe(400)
    const body = (await response.json()) as { errors: Record<string, string[]> }
    expect(body.errors.email).toEqual(['form.errors.email'])
    expect(body.errors.consent).toEqual(['form.errors.consent'])
    expect((await submissionsFrom(name)).totalDocs).toBe(0)
  })

  it('takes a form post without JavaScript and redirects to the thank-you page in the form’s language', async () => {
    const name = 'Camille formulaire'
    const form = new URLSearchParams({
      ...validFormFields(),
      name,
      participants: '8',
      consent: 'on',
      locale: 'en',
      phone: '',
    })
    const response = await post(form.toString(), 'application/x-www-form-urlencoded')
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe(`${testSiteUrl}/en/thank-you/`)
    expect((await submissionsFrom(name)).docs[0]?.locale).toBe('en')
  })

  it('redirects an invalid form post to the page that says what to correct, and stores nothing', async () => {
    const name = 'Camille sans consentement'
    const form = new URLSearchParams({
      ...validFormFields(),
      name,
      participants: '8',
      locale: 'fr',
    })
    const response = await post(form.toString(), 'application/x-www-form-urlencoded')
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe(`${testSiteUrl}/fr/formulaire-a-corriger/`)
    expect((await submissionsFrom(name)).totalDocs).toBe(0)
  })

  it('refuses a request from another origin, or with no origin', async () => {
    const foreign = await post(
      JSON.stringify(validRequest()),
      'application/json',
      'https://attacker.example',
    )
    const none = await post(JSON.stringify(validRequest()), 'application/json', null)
    expect(foreign.status).toBe(403)
    expect(none.status).toBe(403)
  })

  it('refuses a training that is not published', async () => {
    const name = 'Camille brouillon'
    const response = await post(
      JSON.stringify({ ...validRequest(), name, training: String(draftTrainingId) }),
      'application/json',
    )
    expect(response.status).toBe(400)
    expect(
      ((await response.json()) as { errors: Record<string, string[]> }).errors.training,
    ).toEqual(['form.errors.training'])
    expect((await submissionsFrom(name)).totalDocs).toBe(0)
  })

  it('refuses a body over 32 KB with 413', async () => {
    const response = await post(
      JSON.stringify({ ...validRequest(), message: 'x'.repeat(33 * 1024) }),
      'application/json',
    )
    expect(response.status).toBe(413)
  })
})

describe('quote request intake, odd input', () => {
  it('answers 400, not a server error, for a training id beyond the database’s range', async () => {
    const response = await post(
      JSON.stringify({ ...validRequest(), training: '2147483648' }),
      'application/json',
    )
    expect(response.status).toBe(400)
  })

  it('stores a request with an unknown locale as French instead of losing it', async () => {
    const name = 'Camille locale inconnue'
    const response = await post(
      JSON.stringify({ ...validRequest(), name, locale: 'de' }),
      'application/json',
    )
    expect(response.status).toBe(201)
    expect((await submissionsFrom(name)).docs[0]?.locale).toBe('fr')
  })
})

describe('quote request intake, bots', () => {
  it('answers a filled honeypot like a success and stores nothing, as JSON and as a form post', async () => {
    const name = 'Robot du formulaire'
    const json = await post(
      JSON.stringify({ ...validRequest(), name, website: 'https://spam.example' }),
      'application/json',
    )
    const form = new URLSearchParams({
      ...validFormFields(),
      name,
      participants: '8',
      consent: 'on',
      website: 'x',
    })
    const formPost = await post(form.toString(), 'application/x-www-form-urlencoded')
    expect(json.status).toBe(201)
    expect(formPost.status).toBe(303)
    expect(formPost.headers.get('location')).toBe(`${testSiteUrl}/fr/merci/`)
    expect((await submissionsFrom(name)).totalDocs).toBe(0)
  })
})
