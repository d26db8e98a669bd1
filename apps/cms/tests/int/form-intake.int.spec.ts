import { createHash } from 'node:crypto'

import { sql } from '@payloadcms/db-postgres'
import { beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { purgeExpiredIntakeState } from '../../src/endpoints/intake/intakeState.ts'

import { httpFetch, httpRequest, resetFormIntake, type HttpAnswer } from '../helpers/http.ts'
import { captureLogs } from '../helpers/logs.ts'
import { bootPayload, testCmsUrl, testProxyAddress, testSiteUrl } from '../helpers/payload.ts'
import {
  fixtureStyle,
  membershipPage,
  publishSitePage,
  quotePage,
  reparse,
} from '../helpers/sitePages.ts'

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

/** Posts over real HTTP from one loopback client (each test starts with empty windows: see beforeEach). */
const post = (body: string, contentType: string, origin: string | null = testSiteUrl) =>
  httpFetch('POST', 'forms/quote-request', {
    from: '127.0.0.61',
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

// Each test starts with empty rate-limit windows, fingerprints and idempotency keys.
beforeEach(resetFormIntake)

describe('quote request intake', () => {
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
    // Every field as sent, read back through Payload (the intake writes the row in SQL: storeSubmission.ts)
    expect(doc?.quoteRequest).toEqual({
      name,
      organisation: 'Service de protection de l’enfance',
      email: 'andré@exemple.fr',
      phone: null,
      training: trainingId,
      trainingOther: null,
      participants: 8,
      message: 'Formation de notre équipe, au printemps si possible.',
      consent: true,
    })
    expect([doc?.formType, doc?.locale, doc?.status]).toEqual(['quote-request', 'fr', 'new'])
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

  it('redirects an invalid form post that names no page of the site to the page that says what to correct', async () => {
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

describe('quote request intake, a form refused without JavaScript', () => {
  const formPost = (
    fields: Record<string, string>,
    extra: { origin?: string; key?: string } = {},
  ) =>
    httpRequest('POST', 'forms/quote-request', {
      from: '127.0.0.62',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        Origin: extra.origin ?? testSiteUrl,
        ...(extra.key ? { 'Idempotency-Key': extra.key } : {}),
      },
      body: new URLSearchParams(fields).toString(),
    })
  /** A training page of the site's build, with the quote form offering the published training. */
  const publishTrainingPage = (pagePath: string) =>
    publishSitePage(
      pagePath,
      quotePage('fr', pagePath, testCmsUrl, [
        [String(trainingId), 'Formation initiale (test)'],
        ['other', 'Autre demande'],
      ]),
    )

  it('answers with the training’s page filled in again, escaped, each field named, and stores and logs nothing of it', async () => {
    // Setup
    const { payload } = await bootPayload()
    const pagePath = '/fr/formations/formation-initiale-refus/'
    await publishTrainingPage(pagePath)
    const name = '<script>alert("Camille")</script> l’Hôte & "Durand"'
    const message = 'Bonjour,\n</textarea><script>alert(1)</script> « citation »'
    // Action
    const { result: answer, lines } = await captureLogs(payload, () =>
      formPost({
        ...validFormFields(),
        name,
        email: 'camille-at-exemple',
        message,
        participants: '8',
        page: pagePath,
      }),
    )
    // Assert: a page of the site, under a policy that runs nothing, never cached
    expect(answer.status).toBe(400)
    expect(answer.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(answer.headers['content-security-policy']).toBe(
      `default-src 'none'; style-src ${testSiteUrl} 'sha256-${createHash('sha256').update(fixtureStyle).digest('base64')}'; img-src ${testSiteUrl} ${testCmsUrl} data:; form-action ${testCmsUrl} ${testSiteUrl}; base-uri 'none'; frame-ancestors 'none'`,
    )
    expect(answer.headers['cache-control']).toBe('no-store')
    expect(answer.headers['referrer-policy']).toBe('same-origin')
    expect(answer.headers['x-content-type-options']).toBe('nosniff')
    expect(answer.headers['x-frame-options']).toBe('DENY')
    const page = reparse(answer.text)
    expect(page.elements.filter((element) => element.tag === 'script')).toEqual([])
    expect(answer.text).not.toContain('<script>alert')
    // What was typed is back in its fields, as typed
    expect(page.byId('quote-name')?.attrs.value).toBe(name)
    expect(page.byId('quote-email')?.attrs.value).toBe('camille-at-exemple')
    expect(page.byId('quote-message')?.text).toBe(message)
    expect(page.byId('quote-consent')?.attrs.checked).toBeUndefined()
    const chosen = page.elements.filter((e) => e.tag === 'option' && e.attrs.selected !== undefined)
    expect(chosen.map((option) => option.attrs.value)).toEqual([String(trainingId)])
    // Each field in error says why beside it, and the summary links to it
    expect(page.byId('quote-email-error')?.text).toBe(
      'Indiquez une adresse électronique valide, par exemple nom@exemple.fr.',
    )
    expect(page.byId('quote-consent-error')?.text).toBe(
      'Cochez cette case pour que nous puissions traiter votre demande.',
    )
    const summary = page.elements.filter((e) => e.tag === 'a' && e.attrs.href?.startsWith('#quote'))
    expect(summary.map((link) => link.attrs.href)).toEqual(['#quote-email', '#quote-consent'])
    expect(summary[0]?.text).toBe(
      'Courriel\u00a0: Indiquez une adresse électronique valide, par exemple nom@exemple.fr.',
    )
    // Nothing stored, nothing recorded, nothing of it logged
    expect((await submissionsFrom(name)).totalDocs).toBe(0)
    for (const line of lines) {
      for (const typed of ['Camille', 'camille-at-exemple', 'citation', pagePath]) {
        expect(line).not.toContain(typed)
      }
    }
  })

  it('records nothing under an Idempotency-Key crafted onto a form post, and answers it anew', async () => {
    const { payload } = await bootPayload()
    const pagePath = '/fr/formations/formation-initiale-cle/'
    await publishTrainingPage(pagePath)
    const key = 'Y2xlLWZhYnJpcXVlZS1zdXItdW4tZm9ybXVsYWlyZQ'
    const fields = { ...validFormFields(), name: 'Camille clé', participants: '0', page: pagePath }
    const first = await formPost(fields, { key })
    const second = await formPost({ ...fields, name: 'Camille autre' }, { key })
    expect([first.status, second.status]).toEqual([400, 400])
    expect(reparse(second.text).byId('quote-name')?.attrs.value).toBe('Camille autre')
    const keys = await payload.db.drizzle.execute<{ count: string }>(
      sql`select count(*) from form_intake.idempotency_keys`,
    )
    expect(Number(keys.rows[0]?.count)).toBe(0)
  })

  it('takes the corrected form posted from that page (the CMS’s own origin), but no JSON from there', async () => {
    const name = 'Camille corrigé'
    const fields = { ...validFormFields(), name, participants: '8', consent: 'on' }
    const corrected = await formPost(fields, { origin: testCmsUrl })
    const json = await post(
      JSON.stringify({ ...validRequest(), name }),
      'application/json',
      testCmsUrl,
    )
    expect(corrected.status).toBe(303)
    expect(corrected.headers.location).toBe(`${testSiteUrl}/fr/merci/`)
    expect(json.status).toBe(403)
    expect((await submissionsFrom(name)).totalDocs).toBe(1)
  })

  it('falls back to the page that says what to correct when the page named is not one of this form', async () => {
    // Setup: a page without the quote form, and paths that are not the site's pages in the form's locale
    const { payload } = await bootPayload()
    await publishSitePage(
      '/fr/devenir-membre-sans-devis/',
      membershipPage('fr', '/fr/devenir-membre-sans-devis/', testCmsUrl),
    )
    const pages = [
      '/fr/devenir-membre-sans-devis/',
      '/fr/formations/absente/',
      '/en/trainings/initial-training/',
      'https://evil.example/fr/',
      '/fr/../../../etc/passwd/',
    ]
    const logged: string[] = []
    for (const pagePath of pages) {
      // Action
      const { result: answer, lines } = await captureLogs(payload, () =>
        formPost({
          ...validFormFields(),
          name: 'Camille repli',
          participants: '0',
          page: pagePath,
        }),
      )
      // Assert
      expect(answer.status, pagePath).toBe(303)
      expect(answer.headers.location, pagePath).toBe(`${testSiteUrl}/fr/formulaire-a-corriger/`)
      expect(lines.join('\n')).not.toContain('Camille')
      expect(lines.join('\n')).not.toContain(pagePath)
      logged.push(...lines)
    }
    // The operator learns that a form's page did not hold its form (a CMS_URL the site was built with?)
    expect(logged).toContainEqual(expect.stringContaining('its page does not hold this form'))
    expect((await submissionsFrom('Camille repli')).totalDocs).toBe(0)
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

/** A JSON post over real HTTP from the client at `from`, from the site's page unless `origin` says otherwise. */
const httpPost = (
  from: string,
  body: string,
  extra: { headers?: Record<string, string>; origin?: string | null; contentType?: string } = {},
): Promise<HttpAnswer> =>
  httpRequest('POST', 'forms/quote-request', {
    from,
    headers: {
      'Content-Type': extra.contentType ?? 'application/json',
      ...(extra.origin === null ? {} : { Origin: extra.origin ?? testSiteUrl }),
      ...extra.headers,
    },
    body,
  })

const jsonRequest = (name: string) => JSON.stringify({ ...validRequest(), name })
const honeypotRequest = () => JSON.stringify({ ...validRequest(), website: 'x' })

describe('quote request intake, rate limit (5 per client, 200 per form, in 10 minutes)', () => {
  it('answers 429 with Retry-After to a client’s 30 posts in a minute after the first 5, which are stored', async () => {
    // Action: 30 distinct requests from one client, back to back
    const answers: HttpAnswer[] = []
    for (let i = 0; i < 30; i++) {
      answers.push(await httpPost('127.0.0.11', jsonRequest(`Camille rafale ${i}`)))
    }
    // Assert
    expect(answers.map((answer) => answer.status)).toEqual([
      ...Array<number>(5).fill(201),
      ...Array<number>(25).fill(429),
    ])
    const retryAfter = Number(answers[5]?.headers['retry-after'])
    expect(Number.isInteger(retryAfter) && retryAfter >= 1 && retryAfter <= 600).toBe(true)
    expect(answers[5]?.headers['access-control-allow-origin']).toBe(testSiteUrl)
    expect(JSON.parse(answers[5]?.text ?? '{}')).toEqual({
      errors: { form: ['form.errors.rateLimited'] },
    })
    const { payload } = await bootPayload()
    const stored = await payload.count({
      collection: 'form-submissions',
      where: { 'quoteRequest.name': { like: 'Camille rafale' } },
    })
    expect(stored.totalDocs).toBe(5)
  })

  it('is not bypassed by a forged X-Forwarded-For or a forged peer header from an untrusted client', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 30; i++) {
      const answer = await httpPost('127.0.0.12', honeypotRequest(), {
        headers: { 'X-Forwarded-For': `203.0.113.${i + 1}`, 'X-Mist-Peer': testProxyAddress },
      })
      statuses.push(answer.status)
    }
    expect(statuses.filter((status) => status === 201)).toHaveLength(5)
    expect(statuses.slice(5).every((status) => status === 429)).toBe(true)
  })

  it('counts each client behind a trusted proxy on its own, by the address the proxy appended', async () => {
    // Setup: the proxy (TRUSTED_PROXIES) relays six clients, and one client six times whose own forged entry
    // comes first in the header
    const viaProxy = (xff: string) =>
      httpPost(testProxyAddress, honeypotRequest(), { headers: { 'X-Forwarded-For': xff } })
    // Action
    const distinct: number[] = []
    for (let i = 1; i <= 6; i++) distinct.push((await viaProxy(`198.51.100.${i}`)).status)
    const same: number[] = []
    for (let i = 1; i <= 6; i++) same.push((await viaProxy(`10.9.9.${i}, 198.51.100.77`)).status)
    // Assert
    expect(distinct).toEqual(Array<number>(6).fill(201))
    expect(same).toEqual([...Array<number>(5).fill(201), 429])
  })

  it('answers 429 past the cap of 200 posts per form from all clients together', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 201; i++) {
      const client = `198.18.${Math.floor(i / 250)}.${(i % 250) + 1}`
      const answer = await httpPost(testProxyAddress, honeypotRequest(), {
        headers: { 'X-Forwarded-For': client },
      })
      statuses.push(answer.status)
    }
    expect(statuses.slice(0, 200).every((status) => status === 201)).toBe(true)
    expect(statuses[200]).toBe(429)
  })
})

describe('quote request intake, origin and CORS', () => {
  it('answers the site’s preflight 204 with CORS headers that allow the idempotency key', async () => {
    const answer = await httpRequest('OPTIONS', 'forms/quote-request', {
      from: '127.0.0.21',
      headers: {
        Origin: testSiteUrl,
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type, idempotency-key',
      },
    })
    expect(answer.status).toBe(204)
    expect(answer.headers['access-control-allow-origin']).toBe(testSiteUrl)
    expect(answer.headers['access-control-allow-methods']).toContain('POST')
    expect(answer.headers['access-control-allow-headers']?.toLowerCase()).toContain(
      'idempotency-key',
    )
  })

  it('refuses a preflight and a post from https://evil.example with 403, storing nothing', async () => {
    const name = 'Camille evil'
    const preflight = await httpRequest('OPTIONS', 'forms/quote-request', {
      from: '127.0.0.22',
      headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' },
    })
    const posted = await httpPost('127.0.0.22', jsonRequest(name), {
      origin: 'https://evil.example',
    })
    expect(preflight.status).toBe(403)
    expect(posted.status).toBe(403)
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined()
    expect(posted.headers['access-control-allow-origin']).toBeUndefined()
    expect((await submissionsFrom(name)).totalDocs).toBe(0)
  })

  it('refuses a post with Origin: null (a sandboxed or privacy-stripped page) with 403', async () => {
    const name = 'Camille origine nulle'
    const answer = await httpPost('127.0.0.23', jsonRequest(name), { origin: 'null' })
    expect(answer.status).toBe(403)
    expect((await submissionsFrom(name)).totalDocs).toBe(0)
  })

  it('puts the site’s CORS headers on its error answers (400, 413, 415), so its script can read them', async () => {
    const invalid = await httpPost('127.0.0.24', JSON.stringify({ ...validRequest(), email: 'x' }))
    const tooLarge = await httpPost(
      '127.0.0.24',
      JSON.stringify({ ...validRequest(), message: 'x'.repeat(33 * 1024) }),
    )
    const wrongType = await httpPost('127.0.0.24', 'name=x', { contentType: 'text/plain' })
    expect([invalid.status, tooLarge.status, wrongType.status]).toEqual([400, 413, 415])
    for (const answer of [invalid, tooLarge, wrongType]) {
      expect(answer.headers['access-control-allow-origin']).toBe(testSiteUrl)
    }
  })

  it('refuses the plain REST create POST /api/form-submissions with 403', async () => {
    const answer = await httpRequest('POST', 'form-submissions', {
      from: '127.0.0.25',
      headers: { 'Content-Type': 'application/json', Origin: testSiteUrl },
      body: JSON.stringify({ formType: 'quote-request', locale: 'fr' }),
    })
    expect(answer.status).toBe(403)
  })
})

describe('quote request intake, duplicates and retries', () => {
  it('stores the same post sent twice within a second once, and answers both as a success', async () => {
    const name = 'Camille en double'
    const [first, second] = await Promise.all([
      httpPost('127.0.0.31', jsonRequest(name)),
      httpPost('127.0.0.31', jsonRequest(name)),
    ])
    expect([first?.status, second?.status]).toEqual([201, 201])
    expect((await submissionsFrom(name)).totalDocs).toBe(1)
  })

  it('stores the same form post (JavaScript off) sent twice once, and sends both to the thank-you page', async () => {
    const name = 'Camille formulaire en double'
    const form = new URLSearchParams({
      ...validFormFields(),
      name,
      participants: '8',
      consent: 'on',
    }).toString()
    const contentType = 'application/x-www-form-urlencoded'
    const first = await httpPost('127.0.0.32', form, { contentType })
    const second = await httpPost('127.0.0.32', form, { contentType })
    expect([first.status, second.status]).toEqual([303, 303])
    expect(second.headers.location).toBe(`${testSiteUrl}/fr/merci/`)
    expect((await submissionsFrom(name)).totalDocs).toBe(1)
  })

  it('answers a retried request with the same Idempotency-Key with the first answer, storing once', async () => {
    const name = 'Camille réessaie'
    const headers = { 'Idempotency-Key': 'f3b0c44298fc1c149afbf4c8996fb924' }
    const first = await httpPost('127.0.0.33', jsonRequest(name), { headers })
    // The retry differs (a field edited after a lost answer): the first answer still stands.
    const retry = await httpPost('127.0.0.33', jsonRequest(`${name} bis`), { headers })
    expect(first.status).toBe(201)
    expect(retry.status).toBe(first.status)
    expect(retry.text).toBe(first.text)
    expect((await submissionsFrom(name)).totalDocs).toBe(1)
    expect((await submissionsFrom(`${name} bis`)).totalDocs).toBe(0)
  })

  it('handles a retry anew once its key was left unanswered for a minute (CMS or database lost mid-way), storing once', async () => {
    // Setup: a request stored, whose answer was never recorded (the database went away before recordAnswer)
    const { payload } = await bootPayload()
    const name = 'Camille coupure'
    const headers = { 'Idempotency-Key': 'Y291cHVyZS1hdS1taWxpZXUtZHUtdHJhaXRlbWVudA' }
    expect((await httpPost('127.0.0.35', jsonRequest(name), { headers })).status).toBe(201)
    await payload.db.drizzle.execute(sql`update form_intake.idempotency_keys
      set status = null, location = null, body = null, created_at = now() - interval '2 seconds'`)
    // Action + Assert: while it may still be in flight, a retry waits (409)…
    expect((await httpPost('127.0.0.35', jsonRequest(name), { headers })).status).toBe(409)
    // …and after a minute without an answer it is handled again: a success, not a second copy
    await payload.db.drizzle.execute(sql`update form_intake.idempotency_keys
      set created_at = now() - interval '61 seconds'`)
    expect((await httpPost('127.0.0.35', jsonRequest(name), { headers })).status).toBe(201)
    expect((await submissionsFrom(name)).totalDocs).toBe(1)
  })

  it('answers 503, not 201, when the commit of a request does not take, and stores its resend', async () => {
    // Setup: PostgreSQL refuses this request's COMMIT as a lost connection would (SQLSTATE 08006), through a
    // constraint trigger checked only at commit time
    const { payload } = await bootPayload()
    const name = 'Camille commit perdu'
    await payload.db.drizzle.execute(
      sql.raw(`
      create or replace function public.test_lose_commit() returns trigger language plpgsql as $$
        begin raise exception 'connection lost at commit' using errcode = '08006'; end $$;
      create constraint trigger lose_commit after insert on form_submissions
        deferrable initially deferred for each row
        when (new.quote_request_name = '${name}') execute function public.test_lose_commit()`),
    )
    let lost: HttpAnswer
    try {
      // Action
      lost = await httpPost('127.0.0.36', jsonRequest(name))
    } finally {
      await payload.db.drizzle.execute(
        sql.raw(
          'drop trigger lose_commit on form_submissions; drop function public.test_lose_commit()',
        ),
      )
    }
    const resent = await httpPost('127.0.0.36', jsonRequest(name))
    // Assert: the first is refused as unavailable, and its resend is stored (not taken for a duplicate)
    expect([lost.status, lost.headers['retry-after']]).toEqual([503, '10'])
    expect(JSON.parse(lost.text)).toEqual({ errors: { form: ['form.errors.unavailable'] } })
    expect(resent.status).toBe(201)
    expect((await submissionsFrom(name)).totalDocs).toBe(1)
  })

  it('repeats a 400 answer for a retried key too, with the same field errors', async () => {
    const headers = { 'Idempotency-Key': 'a2V5LWZvci1hLXJlZnVzZWQtcmVxdWVzdA' }
    const body = JSON.stringify({ ...validRequest(), email: 'pas-une-adresse' })
    const first = await httpPost('127.0.0.34', body, { headers })
    const retry = await httpPost('127.0.0.34', body, { headers })
    expect([first.status, retry.status]).toEqual([400, 400])
    expect(retry.text).toBe(first.text)
  })
})

describe('quote request intake, expiry', () => {
  it('the nightly purge deletes past windows, fingerprints and keys, and keeps current ones', async () => {
    // Setup: one row of each table from yesterday (two days for the 24 h keys), one of each from now
    const { payload } = await bootPayload()
    await payload.db.drizzle.execute(sql`
      insert into form_intake.rate_limits values ('old', now() - interval '1 day', 3), ('new', now(), 1);
      insert into form_intake.fingerprints values ('old', now() - interval '1 day'), ('new', now());
      insert into form_intake.idempotency_keys values ('old', now() - interval '2 days', 201, null, '{}'),
        ('new', now(), 201, null, '{}');`)
    // Action
    const deleted = await purgeExpiredIntakeState(payload, 600)
    // Assert
    expect(deleted).toBe(3)
    const left = await payload.db.drizzle.execute<{ key: string }>(sql`
      select key from form_intake.rate_limits union all select fingerprint from form_intake.fingerprints
      union all select key from form_intake.idempotency_keys`)
    expect(left.rows.map((row) => row.key)).toEqual(['new', 'new', 'new'])
  })
})
