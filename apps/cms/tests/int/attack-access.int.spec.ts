import { describe, expect, it } from 'vitest'

import { bootPayload, testCmsUrl } from '../helpers/payload.ts'
import { authHeader, rest } from '../helpers/rest.ts'

/**
 * Routes of the REST API that the access matrix (access-matrix.int.spec.ts) and the side-door tests
 * (access-leaks.int.spec.ts) do not send: count, duplicate, version restore, bulk writes chosen by `where`,
 * the account routes (refresh, forgot password, login, first user) and Payload's internal collections.
 * Each test states what an attacker would gain and checks that nothing was shown or stored.
 */

let serial = 0
const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${++serial}`
const json = { 'Content-Type': 'application/json' }

async function adminAccount() {
  const { payload } = await bootPayload()
  await authHeader('admin')
  const { docs } = await payload.find({
    collection: 'users',
    where: { email: { equals: 'admin@tests.mist.invalid' } },
    depth: 0,
  })
  const admin = docs[0]
  if (!admin) throw new Error('no admin account')
  return admin
}

async function storedRequest() {
  const { payload } = await bootPayload()
  return payload.create({
    collection: 'form-submissions',
    data: {
      formType: 'appointment-request',
      locale: 'fr',
      appointmentRequest: { name: unique('Sam'), contactBy: 'phone', phone: '06 12 34 56 78' },
    },
  })
}

describe('routes beside find and findByID', () => {
  it('refuses anonymous counts of requests received, accounts and the access log', async () => {
    await storedRequest()
    const statuses = await Promise.all(
      [
        'form-submissions/count',
        'form-submissions/count?where[appointmentRequest.phone][exists]=true',
        'users/count',
        'audit-entries/count',
      ].map(async (path) => (await rest('GET', path)).status),
    )
    expect(statuses).toEqual([403, 403, 403, 403])
  })

  it('lets no one duplicate a request received (a forged copy would pass for what a person sent)', async () => {
    const { payload } = await bootPayload()
    const stored = await storedRequest()
    const before = await payload.count({ collection: 'form-submissions' })
    const anonymous = await rest('POST', `form-submissions/${stored.id}/duplicate`, {
      headers: json,
      body: '{}',
    })
    const editor = await rest('POST', `form-submissions/${stored.id}/duplicate`, {
      headers: { ...(await authHeader('editor')), ...json },
      body: '{}',
    })
    expect([anonymous.status, editor.status]).toEqual([403, 403])
    expect(await payload.count({ collection: 'form-submissions' })).toEqual(before)
  })

  it('refuses anonymous duplicates of pages and restores of page versions, and changes nothing', async () => {
    const { payload } = await bootPayload()
    const page = await payload.create({
      collection: 'pages',
      locale: 'fr',
      data: { title: 'Version publiée', slug: unique('page'), _status: 'published' },
    })
    await payload.update({
      collection: 'pages',
      id: page.id,
      locale: 'fr',
      data: { title: 'Version remplacée', _status: 'published' },
    })
    const { docs } = await payload.findVersions({
      collection: 'pages',
      where: { parent: { equals: page.id } },
      sort: 'createdAt',
    })
    const oldest = docs[0]
    if (!oldest) throw new Error('no version')
    const before = await payload.count({ collection: 'pages' })
    const duplicate = await rest('POST', `pages/${page.id}/duplicate`, {
      headers: json,
      body: '{}',
    })
    const restore = await rest('POST', `pages/versions/${oldest.id}`, { headers: json, body: '{}' })
    const globalVersions = await rest('GET', 'globals/site-settings/versions')
    expect([duplicate.status, restore.status, globalVersions.status]).toEqual([403, 403, 403])
    expect(await payload.count({ collection: 'pages' })).toEqual(before)
    const now = await payload.findByID({ collection: 'pages', id: page.id, locale: 'fr' })
    expect(now.title).toBe('Version remplacée')
  })
})

describe('malformed ids and page numbers', () => {
  it('answers 400, not a server error, to ids and page numbers PostgreSQL cannot hold', async () => {
    const editor = await authHeader('editor')
    const answers = await Promise.all(
      [
        ['pages/abc', {}],
        ['pages/99999999999999999999', {}],
        ['pages?page=99999999999999999999', {}],
        ['form-submissions/abc', editor],
        ['form-submissions?where[id][equals]=99999999999999999999', editor],
      ].map(async ([path, headers]) => {
        const response = await rest('GET', path as string, {
          headers: headers as Record<string, string>,
        })
        return { path, status: response.status }
      }),
    )
    expect(answers.filter((answer) => answer.status !== 400)).toEqual([])
  })
})

describe('bulk writes chosen by `where`', () => {
  it('does not let an editor change the admin’s password, email or role by a bulk PATCH, nor promote themself', async () => {
    const { payload } = await bootPayload()
    const admin = await adminAccount()
    const editor = { ...(await authHeader('editor')), ...json }
    const targeted = await rest('PATCH', 'users?where[role][equals]=admin', {
      headers: editor,
      body: JSON.stringify({ password: 'repris-par-un-editeur', email: 'pris@exemple.invalid' }),
    })
    const everyone = await rest('PATCH', 'users?where[id][exists]=true', {
      headers: editor,
      body: JSON.stringify({ role: 'admin' }),
    })
    expect(targeted.status).toBe(200)
    expect(((await targeted.json()) as { docs: unknown[] }).docs).toEqual([])
    expect(everyone.status).toBe(200)
    const roles = await payload.find({ collection: 'users', depth: 0, pagination: false })
    expect(roles.docs.find((user) => user.id === admin.id)?.email).toBe(admin.email)
    expect(roles.docs.find((user) => user.email === 'editor@tests.mist.invalid')?.role).toBe(
      'editor',
    )
    // The admin still signs in with their own password.
    const login = await rest('POST', 'users/login', {
      headers: json,
      body: JSON.stringify({ email: admin.email, password: 'pw-admin-for-tests-only' }),
    })
    expect(login.status).toBe(200)
  })

  it('does not let an editor delete accounts or the access log in bulk', async () => {
    const { payload } = await bootPayload()
    await storedRequest()
    await rest('GET', 'form-submissions?limit=1', { headers: await authHeader('editor') })
    const editor = await authHeader('editor')
    const users = await payload.count({ collection: 'users' })
    const entries = await payload.count({ collection: 'audit-entries' })
    const accounts = await rest('DELETE', 'users?where[id][exists]=true', { headers: editor })
    const log = await rest('DELETE', 'audit-entries?where[id][exists]=true', { headers: editor })
    const logByAdmin = await rest('DELETE', 'audit-entries?where[id][exists]=true', {
      headers: await authHeader('admin'),
    })
    expect([log.status, logByAdmin.status]).toEqual([403, 403])
    expect(accounts.status).toBe(403)
    expect(await payload.count({ collection: 'users' })).toEqual(users)
    expect(await payload.count({ collection: 'audit-entries' })).toEqual(entries)
  })
})

describe('account routes', () => {
  it('answers a password reset request for an unknown address exactly as for a known one', async () => {
    const admin = await adminAccount()
    const ask = (email: string) =>
      rest('POST', 'users/forgot-password', {
        headers: { ...json, Origin: testCmsUrl },
        body: JSON.stringify({ email }),
      })
    const known = await ask(admin.email)
    const unknown = await ask('personne@tests.mist.invalid')
    expect(unknown.status).toBe(known.status)
    expect(await unknown.json()).toEqual(await known.json())
  })

  it('answers a locked account’s login like a wrong password, so lockouts do not list staff addresses', async () => {
    // Setup: a staff account and an unknown address, five wrong passwords each
    const { payload } = await bootPayload()
    const email = `${unique('verrou')}@tests.mist.invalid`
    const password = 'le-bon-mot-de-passe-1'
    await payload.create({ collection: 'users', data: { email, password, role: 'editor' } })
    const login = (address: string, attempt: string) =>
      rest('POST', 'users/login', {
        headers: json,
        body: JSON.stringify({ email: address, password: attempt }),
      })
    for (let i = 0; i < 5; i += 1) {
      await login(email, 'mauvais')
      await login('inconnu@tests.mist.invalid', 'mauvais')
    }
    // Action: the sixth try on each, and the right password while locked
    const known = await login(email, 'mauvais')
    const unknown = await login('inconnu@tests.mist.invalid', 'mauvais')
    const right = await login(email, password)
    // Assert: the same answer for both addresses; the lock still refuses the right password
    expect(known.status).toBe(401)
    expect(unknown.status).toBe(401)
    expect(await known.json()).toEqual(await unknown.json())
    expect(right.status).toBe(401)
  })

  it('takes rights away from open sessions at once: demoted, password reset by an admin, or deleted', async () => {
    // Setup: three accounts, each signed in (a stolen token, say)
    const { payload } = await bootPayload()
    await adminAccount()
    const signedIn = async (role: 'admin' | 'editor') => {
      const email = `${unique(role)}@tests.mist.invalid`
      const password = 'mot-de-passe-de-test-1'
      const user = await payload.create({ collection: 'users', data: { email, password, role } })
      const { token } = await payload.login({ collection: 'users', data: { email, password } })
      return { id: user.id, headers: { Authorization: `JWT ${token ?? ''}` } }
    }
    const demoted = await signedIn('admin')
    const reset = await signedIn('editor')
    const deleted = await signedIn('editor')
    await storedRequest()
    // Action
    await payload.update({ collection: 'users', id: demoted.id, data: { role: 'editor' } })
    await payload.update({
      collection: 'users',
      id: reset.id,
      data: { password: 'nouveau-mot-de-passe-1' },
    })
    await payload.delete({ collection: 'users', id: deleted.id })
    // Assert: the demoted admin sees only their own account; the other two tokens read nothing
    const accounts = await rest('GET', 'users?limit=0', { headers: demoted.headers })
    expect(
      ((await accounts.json()) as { docs: { id: number }[] }).docs.map((user) => user.id),
    ).toEqual([demoted.id])
    for (const { headers } of [reset, deleted]) {
      expect((await rest('GET', 'form-submissions?limit=1', { headers })).status).toBe(403)
      expect(await (await rest('GET', 'users/me', { headers })).json()).toMatchObject({
        user: null,
      })
    }
  })

  it('gives anonymous callers no session from refresh-token or me, and no first-admin screen once set up', async () => {
    await adminAccount()
    const refresh = await rest('POST', 'users/refresh-token', { headers: json, body: '{}' })
    const me = await rest('GET', 'users/me')
    const firstRegister = await rest('POST', 'users/first-register', {
      headers: json,
      body: JSON.stringify({
        email: 'intrus@exemple.invalid',
        password: 'mot-de-passe-intrus',
        confirmPassword: 'mot-de-passe-intrus',
      }),
    })
    expect(refresh.status).toBe(403)
    expect(await me.json()).toMatchObject({ user: null })
    expect(firstRegister.status).toBe(403)
    const { payload } = await bootPayload()
    const intruder = await payload.count({
      collection: 'users',
      where: { email: { equals: 'intrus@exemple.invalid' } },
    })
    expect(intruder.totalDocs).toBe(0)
  })
})

describe('Payload’s own collections and the health report', () => {
  it('refuses anonymous reads of locks, preferences, jobs and the key-value store', async () => {
    const statuses = await Promise.all(
      ['payload-locked-documents', 'payload-preferences', 'payload-jobs', 'payload-kv'].map(
        async (path) => (await rest('GET', path)).status,
      ),
    )
    expect(statuses).toEqual([403, 403, 403, 403])
  })

  it('keeps each staff member’s preferences (a list search may hold a person’s name) from the others', async () => {
    const { payload } = await bootPayload()
    const admin = { ...(await authHeader('admin')), ...json }
    const editor = { ...(await authHeader('editor')), ...json }
    const key = unique('collection-form-submissions')
    const saved = await rest('POST', `payload-preferences/${key}`, {
      headers: admin,
      body: JSON.stringify({ value: { search: 'Camille recherchée' } }),
    })
    expect(saved.status).toBe(200)
    const listed = await rest('GET', `payload-preferences?where[key][equals]=${key}&depth=1`, {
      headers: editor,
    })
    const byKey = await rest('GET', `payload-preferences/${key}`, { headers: editor })
    const rewritten = await rest('PATCH', `payload-preferences?where[key][equals]=${key}`, {
      headers: editor,
      body: JSON.stringify({ value: { search: 'remplacée' } }),
    })
    const removed = await rest('DELETE', `payload-preferences/${key}`, { headers: editor })
    expect(((await listed.json()) as { totalDocs: number }).totalDocs).toBe(0)
    expect(JSON.stringify(await byKey.json())).not.toContain('Camille')
    expect(((await rewritten.json()) as { docs: unknown[] }).docs).toEqual([])
    expect(removed.status).toBe(404)
    const { docs } = await payload.find({
      collection: 'payload-preferences',
      where: { key: { equals: key } },
      depth: 0,
    })
    expect(docs.map((doc) => doc.value)).toEqual([{ search: 'Camille recherchée' }])
  })

  it('refuses editors the job queue, the key-value store and sorting accounts by their hash', async () => {
    const editor = await authHeader('editor')
    const jobs = await rest('GET', 'payload-jobs', { headers: editor })
    const run = await rest('GET', 'payload-jobs/run', { headers: editor })
    const kv = await rest('GET', 'payload-kv', { headers: editor })
    const sorted = await rest('GET', 'users?sort=hash', { headers: editor })
    expect([jobs.status, run.status, kv.status, sorted.status]).toEqual([403, 401, 403, 400])
  })

  it('tells anonymous callers states only: no site address, build error text or database detail', async () => {
    const health = await rest('GET', 'health')
    const body = (await health.json()) as { site: Record<string, unknown> }
    expect(health.status).toBe(200)
    expect(Object.keys(body).sort()).toEqual(['database', 'site', 'status'])
    expect(body.site).not.toHaveProperty('siteUrl')
    expect([null, 'failed']).toContain(body.site.lastError)
    expect(JSON.stringify(body)).not.toMatch(/postgres|127\.0\.0\.1|localhost|password/i)
  })
})
