import { describe, expect, it } from 'vitest'

import { bootPayload } from '../helpers/payload.ts'
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

  it('lets editors read form submissions but not rewrite or delete them', async () => {
    const { payload } = await bootPayload()
    const stored = await payload.create({
      collection: 'form-submissions',
      data: {
        formType: 'quote-request',
        locale: 'fr',
        quoteRequest: { name: 'Original', consent: true },
      },
    })
    const editor = await authHeader('editor')
    const read = await rest('GET', 'form-submissions', { headers: editor })
    const rewrite = await rest('PATCH', `form-submissions/${stored.id}`, {
      headers: { ...editor, 'Content-Type': 'application/json' },
      body: JSON.stringify({ quoteRequest: { name: 'Edited' } }),
    })
    const remove = await rest('DELETE', `form-submissions/${stored.id}`, { headers: editor })
    expect(read.status).toBe(200)
    expect(rewrite.status).toBe(403)
    expect(remove.status).toBe(403)
    expect(
      (await payload.findByID({ collection: 'form-submissions', id: stored.id })).quoteRequest
        ?.name,
    ).toBe('Original')
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

  it('keeps uploaded files private until the site publishes media', async () => {
    expect((await rest('GET', 'media')).status).toBe(403)
  })

  it('has no GraphQL endpoint', async () => {
    const response = await rest('POST', 'graphql', {
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    })
    expect(response.status).toBe(404)
  })
})
