import { describe, expect, it } from 'vitest'

import { bootPayload } from '../helpers/payload.ts'
import { authHeader, rest } from '../helpers/rest.ts'

/**
 * The side doors of the REST API that the access matrix (access-matrix.int.spec.ts) does not walk through:
 * draft and version parameters, queries on fields a role may not read, population of related documents,
 * `locale=all`, and the secrets of accounts.
 */

let serial = 0
const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${++serial}`

async function json(response: Response): Promise<unknown> {
  return response.json() as Promise<unknown>
}

/** A page published in French and English, then edited as a draft in both: what the public must not see. */
async function publishedPageWithNewerDraft() {
  const { payload } = await bootPayload()
  const slug = unique('page-publiee')
  const page = await payload.create({
    collection: 'pages',
    locale: 'fr',
    data: { title: 'Titre publié', slug, _status: 'published' },
  })
  await payload.update({
    collection: 'pages',
    id: page.id,
    locale: 'en',
    data: { title: 'Published title', slug: `${slug}-en`, _status: 'published' },
  })
  for (const [locale, title] of [
    ['fr', 'Brouillon secret'],
    ['en', 'Secret draft'],
  ] as const) {
    await payload.update({
      collection: 'pages',
      id: page.id,
      locale,
      draft: true,
      data: { title, _status: 'draft' },
    })
  }
  return page.id
}

async function draftOnlyPublication() {
  const { payload } = await bootPayload()
  return payload.create({
    collection: 'publications',
    locale: 'fr',
    draft: true,
    data: {
      title: 'Rapport non publié',
      slug: unique('rapport-brouillon'),
      kind: 'report',
      origin: 'mist',
      date: '2026-01-01',
      datePrecision: 'month',
      _status: 'draft',
    },
  })
}

describe('drafts and versions', () => {
  it('gives anonymous `?draft=true` readers the published text only, and no draft-only document', async () => {
    const id = await publishedPageWithNewerDraft()
    const draftOnly = await draftOnlyPublication()
    const one = await rest('GET', `pages/${id}?draft=true&locale=fr`)
    const list = await rest('GET', 'publications?draft=true&limit=0')
    const direct = await rest('GET', `publications/${draftOnly.id}?draft=true`)
    expect(await json(one)).toMatchObject({ id, title: 'Titre publié' })
    const listed = (await json(list)) as { docs: { id: number }[] }
    expect(listed.docs.map((doc) => doc.id)).not.toContain(draftOnly.id)
    expect(direct.status).toBe(404)
  })

  it('refuses anonymous readers every version route', async () => {
    const id = await publishedPageWithNewerDraft()
    const { payload } = await bootPayload()
    const versions = await payload.findVersions({
      collection: 'pages',
      where: { parent: { equals: id } },
    })
    const versionId = versions.docs[0]?.id
    expect(versionId).toBeDefined()
    const statuses = await Promise.all(
      [
        `pages/versions`,
        `pages/versions/${versionId}`,
        `pages/versions?where[parent][equals]=${id}`,
      ].map(async (path) => (await rest('GET', path)).status),
    )
    expect(statuses).toEqual([403, 403, 403])
  })

  it('gives `locale=all` readers the published values of every locale, never a draft’s', async () => {
    const id = await publishedPageWithNewerDraft()
    const one = await rest('GET', `pages/${id}?locale=all&draft=true`)
    const text = JSON.stringify(await json(one))
    expect(one.status).toBe(200)
    expect(text).toContain('Titre publié')
    expect(text).toContain('Published title')
    expect(text).not.toMatch(/Brouillon secret|Secret draft/)
  })
})

describe('queries on what a role may not read', () => {
  it('finds no draft for anonymous readers who ask for drafts by status or by title', async () => {
    await publishedPageWithNewerDraft()
    const draftOnly = await draftOnlyPublication()
    for (const path of [
      'pages?where[_status][equals]=draft&draft=true',
      'pages?where[title][like]=Brouillon&draft=true',
      `publications?where[id][equals]=${draftOnly.id}&draft=true`,
      'publications?where[title][like]=non publié&draft=true',
    ]) {
      const body = (await json(await rest('GET', path))) as { totalDocs: number }
      expect({ path, totalDocs: body.totalDocs }).toEqual({ path, totalDocs: 0 })
    }
  })

  it('refuses anonymous queries on accounts and requests received, and shows an editor no one else', async () => {
    const { payload } = await bootPayload()
    await payload.create({
      collection: 'form-submissions',
      data: {
        formType: 'quote-request',
        locale: 'fr',
        quoteRequest: { name: 'Camille', email: 'camille@exemple.fr', consent: true },
      },
    })
    const anonymous = await Promise.all(
      [
        'users?where[email][like]=@',
        'form-submissions?where[quoteRequest.email][like]=@',
        'audit-entries?where[action][exists]=true',
      ].map(async (path) => (await rest('GET', path)).status),
    )
    expect(anonymous).toEqual([403, 403, 403])
    const editor = await authHeader('editor')
    const seen = (await json(
      await rest('GET', 'users?where[email][like]=@&limit=0', { headers: editor }),
    )) as { docs: { email: string }[] }
    expect(seen.docs.map((user) => user.email)).toEqual(['editor@tests.mist.invalid'])
  })

  it('does not let an admin sort accounts by their password hash, salt or reset token', async () => {
    // A query on a secret field that narrowed the results would reveal it character by character.
    const admin = await authHeader('admin')
    for (const field of ['hash', 'salt', 'resetPasswordToken', 'password']) {
      const narrow = await rest('GET', `users?where[${field}][like]=a&limit=0`, { headers: admin })
      const none = await rest('GET', `users?where[${field}][like]=zz-none&limit=0`, {
        headers: admin,
      })
      const outcome = (response: Response, body: unknown) =>
        response.status === 200 ? (body as { totalDocs: number }).totalDocs : response.status
      const a = outcome(narrow, await json(narrow))
      const b = outcome(none, await json(none))
      // Either the query is refused (400) or the field is ignored: the same answer whatever the value.
      expect({ field, a, b }).toEqual({ field, a: b, b })
      expect([200, 400]).toContain(narrow.status)
    }
  })
})

describe('related documents', () => {
  it('does not populate a draft-only publication into a published hearing for anonymous readers', async () => {
    const { payload } = await bootPayload()
    const hidden = await draftOnlyPublication()
    const hearing = await payload.create({
      collection: 'hearings',
      locale: 'fr',
      data: {
        title: 'Audition publiée',
        slug: unique('audition'),
        kind: 'hearing',
        institution: 'greta',
        date: '2026-02-01',
        datePrecision: 'day',
        relatedPublications: [hidden.id],
        _status: 'published',
      },
    })
    for (const path of [
      `hearings/${hearing.id}?depth=1`,
      `hearings/${hearing.id}?depth=3&locale=all`,
      `hearings?where[id][equals]=${hearing.id}&depth=2`,
    ]) {
      const text = JSON.stringify(await json(await rest('GET', path)))
      expect(text).toContain('Audition publiée')
      expect(text).not.toContain('Rapport non publié')
    }
  })

  it('does not populate a draft-only page into the public menu', async () => {
    const { payload } = await bootPayload()
    const page = await payload.create({
      collection: 'pages',
      locale: 'fr',
      draft: true,
      data: { title: 'Page pas encore publiée', slug: unique('page-brouillon'), _status: 'draft' },
    })
    const before = await payload.findGlobal({ slug: 'navigation', depth: 0 })
    await payload.updateGlobal({
      slug: 'navigation',
      locale: 'fr',
      data: { header: [...(before.header ?? []), { label: 'Bientôt', page: page.id }] },
    })
    try {
      const text = JSON.stringify(await json(await rest('GET', 'globals/navigation?depth=2')))
      expect(text).toContain('Bientôt')
      expect(text).not.toContain('Page pas encore publiée')
    } finally {
      await payload.updateGlobal({ slug: 'navigation', data: before })
    }
  })
})

describe('account secrets', () => {
  const secretKeys = ['hash', 'salt', 'resetPasswordToken', 'resetPasswordExpiration', 'password']

  /** Every key of every object in a JSON value, at any depth. */
  function keysOf(value: unknown, into = new Set<string>()): Set<string> {
    if (Array.isArray(value)) for (const item of value) keysOf(item, into)
    else if (value !== null && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        into.add(key)
        keysOf(inner, into)
      }
    }
    return into
  }

  it('never returns a password hash, salt or reset token, whatever the route, depth, locale or select', async () => {
    const { payload } = await bootPayload()
    const admin = await authHeader('admin')
    const editor = await authHeader('editor')
    // A reset token stored for the editor, as "forgot password" would.
    await payload.forgotPassword({
      collection: 'users',
      data: { email: 'editor@tests.mist.invalid' },
      disableEmail: true,
    })
    await rest('POST', 'payload-preferences/leak-test', {
      headers: { ...editor, 'Content-Type': 'application/json' },
      body: JSON.stringify({ value: { columns: [] } }),
    })
    const paths = [
      'users?depth=2&locale=all',
      'users/me?depth=2',
      'users?select[hash]=true&select[salt]=true&select[resetPasswordToken]=true',
      'payload-preferences?depth=3',
      'payload-locked-documents?depth=3',
      'audit-entries?depth=3',
      'form-submissions?depth=3',
      'pages/versions?depth=3',
    ]
    const seen = new Set<string>()
    for (const headers of [admin, editor]) {
      for (const path of paths) {
        const response = await rest('GET', path, { headers })
        if (response.status === 200) keysOf(await json(response), seen)
      }
    }
    const me = await rest('GET', 'users/me', { headers: editor })
    keysOf(await json(me), seen)
    const login = await rest('POST', 'users/login', {
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        email: 'editor@tests.mist.invalid',
        password: 'pw-editor-for-tests-only',
      }),
    })
    keysOf(await json(login), seen)
    expect(seen.has('email')).toBe(true)
    expect(secretKeys.filter((key) => seen.has(key))).toEqual([])
  })
})

describe('GraphQL', () => {
  it('is switched off: /api/graphql and its playground answer 404', async () => {
    const statuses = await Promise.all([
      rest('GET', 'graphql').then((response) => response.status),
      rest('POST', 'graphql', {
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ query: '{ Users { docs { email } } }' }),
      }).then((response) => response.status),
      rest('GET', 'graphql-playground').then((response) => response.status),
    ])
    expect(statuses).toEqual([404, 404, 404])
  })
})
