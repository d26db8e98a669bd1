import { describe, expect, it } from 'vitest'

import { bootPayload, testCmsUrl, testSiteUrl } from '../helpers/payload.ts'
import { authHeader, rest } from '../helpers/rest.ts'

describe('access rules', () => {
  it('refuses anonymous reads and creates of form submissions', async () => {
    // Setup: the intake endpoint is the only way in
    // Action
    const read = await rest('GET', 'form-submissions')
    const create = await rest('POST', 'form-submissions', {
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ formType: 'quote-request', locale: 'fr' }),
    })
    // Assert
    expect(read.status).toBe(403)
    expect(create.status).toBe(403)
  })

  it('refuses the plain REST create of form submissions to editors too', async () => {
    const create = await rest('POST', 'form-submissions', {
      headers: { ...(await authHeader('editor')), 'Content-Type': 'application/json' },
      body: JSON.stringify({ formType: 'quote-request', locale: 'fr' }),
    })
    expect(create.status).toBe(403)
  })

  it('lets editors read form submissions and mark them handled, but not rewrite what the person sent', async () => {
    // Setup
    const { payload } = await bootPayload()
    const stored = await payload.create({
      collection: 'form-submissions',
      data: {
        formType: 'quote-request',
        locale: 'fr',
        quoteRequest: { name: 'Original', email: 'original@exemple.fr', consent: true },
      },
    })
    const editor = await authHeader('editor')
    // Action
    const read = await rest('GET', 'form-submissions', { headers: editor })
    const rewrite = await rest('PATCH', `form-submissions/${stored.id}`, {
      headers: { ...editor, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        status: 'handled',
        locale: 'en',
        createdAt: '2001-01-01T00:00:00.000Z',
        quoteRequest: { name: 'Edited', email: 'edited@exemple.fr' },
      }),
    })
    // Assert: the status changed, nothing the person sent did
    expect(read.status).toBe(200)
    expect(rewrite.status).toBe(200)
    const after = await payload.findByID({ collection: 'form-submissions', id: stored.id })
    expect(after.status).toBe('handled')
    expect(after.quoteRequest?.name).toBe('Original')
    expect(after.quoteRequest?.email).toBe('original@exemple.fr')
    expect(after.locale).toBe('fr')
    expect(after.createdAt).toBe(stored.createdAt)
  })

  it('lets an editor delete one form submission, at the person’s request', async () => {
    const { payload } = await bootPayload()
    const stored = await payload.create({
      collection: 'form-submissions',
      data: { formType: 'quote-request', locale: 'fr', quoteRequest: { name: 'À effacer' } },
    })
    const remove = await rest('DELETE', `form-submissions/${stored.id}`, {
      headers: await authHeader('editor'),
    })
    expect(remove.status).toBe(200)
    const left = await payload.find({
      collection: 'form-submissions',
      where: { id: { equals: stored.id } },
    })
    expect(left.totalDocs).toBe(0)
  })

  it('reads French by default when a REST client names no locale', async () => {
    const { payload } = await bootPayload()
    const created = await payload.create({
      collection: 'trainings',
      locale: 'fr',
      data: {
        title: 'Formation sans locale demandée',
        audience: 'adults',
        format: 'continued',
        _status: 'published',
      },
    })
    const body = (await (await rest('GET', `trainings/${created.id}`)).json()) as { title?: string }
    expect(body.title).toBe('Formation sans locale demandée')
  })

  it('names a chosen document by its title in the admin’s relationship fields (a query sent in a form body)', async () => {
    // Setup: a French page, as a page picker of a menu or a page block shows it
    const { payload } = await bootPayload()
    const created = await payload.create({
      collection: 'pages',
      locale: 'fr',
      data: { title: 'Page choisie dans un menu', _status: 'published' },
    })
    const editor = await authHeader('editor')
    const query = (locale: string) =>
      rest('POST', 'pages', {
        headers: {
          ...editor,
          'X-Payload-HTTP-Method-Override': 'GET',
          'Content-Type': 'application/x-www-form-urlencoded',
        },
        body: `depth=0&draft=true&limit=1${locale}&select%5Btitle%5D=true&where%5Bid%5D%5Bin%5D%5B0%5D=${created.id}`,
      })
    // Action: what the admin's relationship field sends, with the locale and without
    const answers = await Promise.all(['&locale=fr', ''].map(query))
    // Assert
    for (const answer of answers) {
      expect(answer.status).toBe(200)
      const body = (await answer.json()) as { docs: { title?: string }[] }
      expect(body.docs[0]?.title).toBe('Page choisie dans un menu')
    }
  })

  it('shows drafts to staff only: the public API returns published documents', async () => {
    const { payload } = await bootPayload()
    const draft = await payload.create({
      collection: 'publications',
      locale: 'fr',
      draft: true,
      data: {
        title: 'Brouillon non publié',
        kind: 'report',
        origin: 'mist',
        date: '2026-01-01',
        datePrecision: 'month',
        _status: 'draft',
      },
    })
    const anonymousList = (await (
      await rest('GET', 'publications?limit=100&draft=true')
    ).json()) as { docs: Array<{ id: number }> }
    const anonymousOne = await rest('GET', `publications/${draft.id}?draft=true`)
    const staffOne = await rest('GET', `publications/${draft.id}?draft=true`, {
      headers: await authHeader('editor'),
    })
    expect(anonymousList.docs.map((doc) => doc.id)).not.toContain(draft.id)
    expect(anonymousOne.status).toBe(404)
    expect(staffOne.status).toBe(200)
  })

  it('lets only admins create users, and editors cannot make themselves admin', async () => {
    const editor = await authHeader('editor')
    const byEditor = await rest('POST', 'users', {
      headers: { ...editor, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        email: 'new@tests.mist.invalid',
        password: 'a-long-password-1',
        role: 'editor',
      }),
    })
    expect(byEditor.status).toBe(403)

    const me = (await (await rest('GET', 'users/me', { headers: editor })).json()) as {
      user: { id: number }
    }
    await rest('PATCH', `users/${me.user.id}`, {
      headers: { ...editor, 'Content-Type': 'application/json' },
      body: JSON.stringify({ role: 'admin' }),
    })
    const { payload } = await bootPayload()
    const after = await payload.findByID({ collection: 'users', id: me.user.id })
    expect(after.role).toBe('editor')

    const byAdmin = await rest('POST', 'users', {
      headers: { ...(await authHeader('admin')), 'Content-Type': 'application/json' },
      body: JSON.stringify({
        email: 'new@tests.mist.invalid',
        password: 'a-long-password-1',
        role: 'editor',
      }),
    })
    expect(byAdmin.status).toBe(201)
  })

  it('locks an account after five wrong passwords, even against the right one', async () => {
    const { payload } = await bootPayload()
    const email = 'lockout@tests.mist.invalid'
    const password = 'the-right-password-1'
    await payload.create({
      collection: 'users',
      data: { email, password, role: 'editor' },
      overrideAccess: true,
    })
    const login = (attempt: string) =>
      rest('POST', 'users/login', {
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email, password: attempt }),
      })
    for (let i = 0; i < 5; i += 1) expect((await login('wrong-password')).status).toBe(401)
    const locked = await login(password)
    expect(locked.status).not.toBe(200)
  })

  it('accepts an editor’s session cookie from the CMS’s own pages only, not from a script on the public site', async () => {
    // Setup: the cookie the admin sets at sign-in
    const token = (await authHeader('editor')).Authorization?.replace('JWT ', '') ?? ''
    const fromOrigin = (origin: string) =>
      rest('GET', 'form-submissions?limit=1', {
        headers: { Cookie: `payload-token=${token}`, Origin: origin },
      })
    // Action
    const fromAdmin = await fromOrigin(testCmsUrl)
    const fromSite = await fromOrigin(testSiteUrl)
    // Assert
    expect(fromAdmin.status).toBe(200)
    expect(fromSite.status).toBe(403)
  })

  it('lets only admins unlock a locked account: an editor cannot reset the lockout between guesses', async () => {
    // Setup
    const { payload } = await bootPayload()
    const email = 'unlock@tests.mist.invalid'
    const password = 'the-right-password-2'
    await payload.create({
      collection: 'users',
      data: { email, password, role: 'editor' },
      overrideAccess: true,
    })
    const login = (attempt: string) =>
      rest('POST', 'users/login', {
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email, password: attempt }),
      })
    for (let i = 0; i < 5; i += 1) await login('wrong-password')
    const unlock = async (role: 'admin' | 'editor') =>
      rest('POST', 'users/unlock', {
        headers: { ...(await authHeader(role)), 'Content-Type': 'application/json' },
        body: JSON.stringify({ email }),
      })
    // Action
    const byEditor = await unlock('editor')
    const stillLocked = await login(password)
    const byAdmin = await unlock('admin')
    const unlocked = await login(password)
    // Assert
    expect(byEditor.status).toBe(403)
    expect(stillLocked.status).toBe(401)
    expect(byAdmin.status).toBe(200)
    expect(unlocked.status).toBe(200)
  })

  it('has no GraphQL endpoint', async () => {
    const response = await rest('POST', 'graphql', {
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    })
    expect(response.status).toBe(404)
  })
})
