import { describe, expect, it } from 'vitest'

import { pdfDocument, pngImage, uploadForm } from '../helpers/files.ts'
import { bootPayload } from '../helpers/payload.ts'
import { authHeader, rest } from '../helpers/rest.ts'

type Role = 'anonymous' | 'editor' | 'admin'
const roles: Role[] = ['anonymous', 'editor', 'admin']

/**
 * Who may do what through the REST API, per collection and global: the policy as one table, each cell tested
 * below by real requests. Letters: C create, R read, U update, D delete, V read versions; upper case = every
 * document, lower case = only some (published documents or media used by them for the public, one's own
 * account or preferences for staff); '' = nothing. Globals have R and U only.
 * Every collection and global of the config must have a row: a new one cannot ship without a decision.
 */
const policy: Record<string, Record<Role, string>> = {
  pages: { anonymous: 'r', editor: 'CRUDV', admin: 'CRUDV' },
  publications: { anonymous: 'r', editor: 'CRUDV', admin: 'CRUDV' },
  hearings: { anonymous: 'r', editor: 'CRUDV', admin: 'CRUDV' },
  'partner-networks': { anonymous: 'r', editor: 'CRUDV', admin: 'CRUDV' },
  trainings: { anonymous: 'r', editor: 'CRUDV', admin: 'CRUDV' },
  // Created by the form intake only; update: the status only (field access, access.int.spec.ts).
  'form-submissions': { anonymous: '', editor: 'RUD', admin: 'RUD' },
  // Written by the server only; read by admins.
  'audit-entries': { anonymous: '', editor: '', admin: 'R' },
  // Old addresses and where they lead: public on the site anyway (stub pages); written by staff and by the
  // slug-change hook.
  redirects: { anonymous: 'R', editor: 'CRUD', admin: 'CRUD' },
  // The public reads only files that published content uses (a PDF, an image in a text).
  media: { anonymous: 'r', editor: 'CRUD', admin: 'CRUD' },
  users: { anonymous: '', editor: 'ru', admin: 'CRUD' },
  'site-builds': { anonymous: '', editor: 'R', admin: 'R' },
  'site-build-requests': { anonymous: '', editor: '', admin: 'R' },
  // Payload's own: edit locks (any staff member), each user's admin preferences, jobs and the key-value store.
  'payload-locked-documents': { anonymous: '', editor: 'CRUD', admin: 'CRUD' },
  'payload-preferences': { anonymous: '', editor: 'Crud', admin: 'Crud' },
  'payload-jobs': { anonymous: '', editor: '', admin: '' },
  'payload-kv': { anonymous: '', editor: '', admin: '' },
  // The migrations log has no REST endpoints at all: every request is answered 501 (see `noEndpoints`).
  'payload-migrations': { anonymous: '', editor: '', admin: '' },
  'global:payload-jobs-stats': { anonymous: '', editor: '', admin: '' },
  'global:site-settings': { anonymous: 'R', editor: 'RU', admin: 'RU' },
  'global:navigation': { anonymous: 'R', editor: 'RU', admin: 'RU' },
  'global:urgent-contacts': { anonymous: 'R', editor: 'RU', admin: 'RU' },
  'global:safety': { anonymous: 'R', editor: 'RU', admin: 'RU' },
}

/** Collections Payload serves no REST endpoint for (`endpoints: false`): refused with 501, not 403. */
const noEndpoints = new Set(['payload-migrations'])

type Id = number | string
type Body = Record<string, unknown> | FormData

/**
 * How to exercise one collection: `store` writes a document as the server would (Local API, access bypassed)
 * that the lower-case rule lets `role` reach (`visible`: published, used by published content, one's own) or
 * not (`hidden`); `body` is what a permitted role POSTs; `change` what it PATCHes.
 */
interface Fixture {
  store: (visibility: 'visible' | 'hidden', role: Role) => Promise<Id>
  /** The path segment of a document's item routes; its id unless the routes are keyed otherwise. */
  address?: (id: Id) => Promise<string>
  /** The method of the item update route: PATCH, except for preferences (POST, an upsert of one's own). */
  updateMethod?: 'POST'
  body?: () => Promise<Body>
  change: () => Record<string, unknown>
}

let serial = 0
const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${++serial}`

/** The id of the account the tests use for `role` (created on first use); the admin's for anonymous. */
async function accountId(role: Role): Promise<number> {
  const { payload } = await bootPayload()
  const name = role === 'anonymous' ? 'admin' : role
  await headersFor(name)
  const found = await payload.find({
    collection: 'users',
    where: { email: { equals: `${name}@tests.mist.invalid` } },
  })
  const user = found.docs[0]
  if (!user) throw new Error(`no ${name} account`)
  return user.id
}

/** Stores a localized, versioned content document, published (visible to all) or as a draft only (hidden). */
function content(collection: string, fields: () => Record<string, unknown>): Fixture {
  const data = () => ({ ...fields(), slug: unique(collection) })
  return {
    async store(visibility) {
      const { payload } = await bootPayload()
      const doc = await payload.create({
        collection: collection as 'pages',
        locale: 'fr',
        draft: visibility === 'hidden',
        data: {
          ...data(),
          _status: visibility === 'visible' ? 'published' : 'draft',
        } as never,
      })
      return doc.id
    },
    body: () => Promise.resolve({ ...data(), _status: 'draft' }),
    change: () => ({ title: 'Titre modifié par le test d’accès' }),
  }
}

const dated = { date: '2025-06-01', datePrecision: 'month' as const }

const fixtures: Record<string, Fixture> = {
  pages: content('pages', () => ({ title: unique('Page') })),
  publications: content('publications', () => ({
    title: unique('Rapport'),
    kind: 'report',
    origin: 'mist',
    ...dated,
  })),
  hearings: content('hearings', () => ({
    title: unique('Audition'),
    kind: 'hearing',
    institution: 'greta',
    ...dated,
  })),
  'partner-networks': {
    ...content('partner-networks', () => ({ name: unique('Réseau'), kind: 'network-membership' })),
    change: () => ({ name: 'Nom modifié par le test d’accès' }),
  },
  trainings: content('trainings', () => ({
    title: unique('Formation'),
    audience: 'adults',
    format: 'initial',
  })),
  'form-submissions': {
    async store() {
      const { payload } = await bootPayload()
      const doc = await payload.create({
        collection: 'form-submissions',
        data: {
          formType: 'quote-request',
          locale: 'fr',
          quoteRequest: { name: 'Camille Exemple', email: 'camille@exemple.fr', consent: true },
        },
      })
      return doc.id
    },
    body: () => Promise.resolve({ formType: 'quote-request', locale: 'fr' }),
    change: () => ({ status: 'handled' }),
  },
  'audit-entries': {
    async store() {
      const { payload } = await bootPayload()
      const doc = await payload.create({
        collection: 'audit-entries',
        data: { action: 'export', count: 1 },
      })
      return doc.id
    },
    body: () => Promise.resolve({ action: 'export', count: 2 }),
    change: () => ({ count: 3 }),
  },
  redirects: {
    async store() {
      const { payload } = await bootPayload()
      const page = await fixtures.pages?.store('visible', 'admin')
      const doc = await payload.create({
        collection: 'redirects',
        data: {
          from: `/fr/${unique('ancienne-adresse')}/`,
          to: { type: 'reference', reference: { relationTo: 'pages', value: Number(page) } },
        },
      })
      return doc.id
    },
    async body() {
      const page = await fixtures.pages?.store('visible', 'admin')
      return {
        from: `/fr/${unique('ancienne-adresse')}/`,
        to: { type: 'reference', reference: { relationTo: 'pages', value: page } },
      }
    },
    change: () => ({ from: `/fr/${unique('adresse-modifiee')}/` }),
  },
  media: {
    async store(visibility) {
      const { payload } = await bootPayload()
      const doc = await payload.create({
        collection: 'media',
        data: {},
        file: {
          data: pdfDocument(),
          name: `${unique('doc')}.pdf`,
          mimetype: 'application/pdf',
          size: 0,
        },
      })
      if (visibility === 'visible') {
        await payload.create({
          collection: 'publications',
          locale: 'fr',
          data: {
            title: unique('Rapport avec PDF'),
            slug: unique('rapport'),
            kind: 'report',
            origin: 'mist',
            ...dated,
            file: doc.id,
            _status: 'published',
          },
        })
      }
      return doc.id
    },
    body: async () =>
      uploadForm(
        { data: await pngImage(40, 40), name: `${unique('image')}.png`, type: 'image/png' },
        { alt: 'Un carré bleu' },
      ),
    change: () => ({ alt: 'Texte modifié par le test d’accès' }),
  },
  users: {
    async store(visibility, role) {
      const { payload } = await bootPayload()
      if (visibility === 'visible') return accountId(role)
      const doc = await payload.create({
        collection: 'users',
        data: {
          email: `${unique('autre')}@tests.mist.invalid`,
          password: unique('pw'),
          role: 'editor',
        },
      })
      return doc.id
    },
    body: () =>
      Promise.resolve({
        email: `${unique('nouveau')}@tests.mist.invalid`,
        password: unique('mot-de-passe'),
        role: 'editor',
      }),
    change: () => ({ updatedAt: new Date().toISOString() }),
  },
  'site-builds': {
    async store() {
      const { payload } = await bootPayload()
      const doc = await payload.create({
        collection: 'site-builds',
        data: { status: 'succeeded', startedAt: new Date().toISOString(), trigger: 'test' },
      })
      return doc.id
    },
    body: () => Promise.resolve({ status: 'succeeded', startedAt: new Date().toISOString() }),
    change: () => ({ status: 'failed' }),
  },
  'site-build-requests': {
    async store() {
      const { payload } = await bootPayload()
      const doc = await payload.create({
        collection: 'site-build-requests',
        data: { trigger: 'test' },
      })
      return doc.id
    },
    body: () => Promise.resolve({ trigger: 'test' }),
    change: () => ({ trigger: 'changed' }),
  },
  'payload-locked-documents': {
    async store(_visibility, role) {
      const { payload } = await bootPayload()
      const page = await fixtures.pages?.store('visible', role)
      const doc = await payload.create({
        collection: 'payload-locked-documents',
        data: {
          document: { relationTo: 'pages', value: Number(page) },
          user: { relationTo: 'users', value: await accountId('admin') },
        },
      })
      return doc.id
    },
    async body() {
      const page = await fixtures.pages?.store('visible', 'admin')
      return {
        document: { relationTo: 'pages', value: page },
        user: { relationTo: 'users', value: await accountId('admin') },
      }
    },
    change: () => ({ globalSlug: null }),
  },
  'payload-preferences': {
    async store(visibility, role) {
      const { payload } = await bootPayload()
      const owner = visibility === 'visible' ? role : role === 'admin' ? 'editor' : 'admin'
      // Payload sets a preference's owner from the request's user.
      const user = await payload.findByID({ collection: 'users', id: await accountId(owner) })
      const doc = await payload.create({
        collection: 'payload-preferences',
        data: { key: unique('pref'), value: { columns: [] } } as never,
        user: { ...user, collection: 'users' },
      })
      return doc.id
    },
    // Payload's item routes for preferences are keyed by the preference's key, within the caller's own.
    async address(id) {
      const { payload } = await bootPayload()
      const doc = await payload.findByID({ collection: 'payload-preferences', id })
      return doc.key ?? ''
    },
    updateMethod: 'POST',
    body: () => Promise.resolve({ key: unique('pref'), value: { columns: [] } }),
    change: () => ({ value: { columns: ['title'] } }),
  },
  'payload-jobs': {
    async store() {
      const { payload } = await bootPayload()
      const doc = await payload.create({
        collection: 'payload-jobs',
        data: { taskSlug: 'inline', input: {}, waitUntil: '2999-01-01T00:00:00.000Z' } as never,
      })
      return doc.id
    },
    change: () => ({ processing: true }),
  },
  'payload-kv': {
    async store() {
      const { payload } = await bootPayload()
      const doc = await payload.create({
        collection: 'payload-kv',
        data: { key: unique('kv'), data: { n: 1 } },
      })
      return doc.id
    },
    change: () => ({ data: { n: 2 } }),
  },
  'payload-migrations': {
    async store() {
      const { payload } = await bootPayload()
      const found = await payload.find({ collection: 'payload-migrations', limit: 1 })
      const doc = found.docs[0]
      if (!doc) throw new Error('the test database has no migration record')
      return doc.id
    },
    change: () => ({ name: 'renamed-by-the-access-test' }),
  },
}

const sessions = new Map<Role, Promise<Record<string, string>>>()
/** One session per role for the whole file (each login adds a session to the account). */
const headersFor = (role: Role): Promise<Record<string, string>> => {
  if (role === 'anonymous') return Promise.resolve({})
  let headers = sessions.get(role)
  if (!headers) {
    headers = authHeader(role)
    sessions.set(role, headers)
  }
  return headers
}

async function send(
  role: Role,
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  path: string,
  body?: Body,
): Promise<Response> {
  const headers = await headersFor(role)
  if (body === undefined) return rest(method, path, { headers })
  if (body instanceof FormData) return rest(method, path, { headers, body })
  return rest(method, path, {
    headers: { ...headers, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  })
}

/** Ids of every document `role` gets when listing `slug` (all pages of results). */
async function listedIds(role: Role, slug: string): Promise<{ status: number; ids: Id[] }> {
  const response = await send(role, 'GET', `${slug}?limit=0&depth=0`)
  if (response.status !== 200) return { status: response.status, ids: [] }
  const body = (await response.json()) as { docs: { id: Id }[] }
  return { status: 200, ids: body.docs.map((doc) => doc.id) }
}

/** The stored document as the server sees it (access bypassed), to prove a refused write changed nothing. */
async function storedDoc(slug: string, id: Id): Promise<unknown> {
  const { payload } = await bootPayload()
  const found = await payload.find({
    collection: slug as 'pages',
    where: { id: { equals: id } },
    draft: true,
    depth: 0,
    locale: 'all',
    limit: 1,
  })
  const doc = found.docs[0] as Record<string, unknown> | undefined
  if (!doc) return undefined
  // An account's sessions change with every sign-in of the test accounts, not with the request tested.
  const { sessions: _sessions, ...rest } = doc
  return rest
}

/** Whether an answer hands out a document: 200 with an id (preferences answer 200 with no document). */
async function reveals(response: Response): Promise<boolean> {
  if (response.status !== 200) return false
  const body = (await response.clone().json()) as { id?: unknown; doc?: { id?: unknown } }
  return body.id !== undefined || body.doc?.id !== undefined
}

type Operation = 'C' | 'R' | 'U' | 'D' | 'V'
type Grant = 'all' | 'some' | 'none'

function grantOf(slug: string, role: Role, operation: Operation): Grant {
  const letters = policy[slug]?.[role] ?? ''
  if (letters.includes(operation)) return 'all'
  if (letters.includes(operation.toLowerCase())) return 'some'
  return 'none'
}

/** What a refused request answers: 403 (404 for a document the role may not even know exists). */
const refusedStatuses = (slug: string, byId: boolean) =>
  noEndpoints.has(slug) ? [501] : byId ? [401, 403, 404] : [403]

/**
 * One test per cell: what the request answers and what it leaves stored. The list of cells is generated
 * from the table, itself checked against the config by the first test.
 */
const collectionCells = Object.keys(policy)
  .filter((slug) => !slug.startsWith('global:'))
  .flatMap((slug) =>
    roles.flatMap((role) =>
      (['C', 'R', 'U', 'D', 'V'] as const).map((operation) => ({
        slug,
        role,
        operation,
        grant: grantOf(slug, role, operation),
      })),
    ),
  )

const globalCells = Object.keys(policy)
  .filter((slug) => slug.startsWith('global:'))
  .flatMap((key) =>
    roles.flatMap((role) =>
      (['R', 'U'] as const).map((operation) => ({
        slug: key.slice('global:'.length),
        key,
        role,
        operation,
        grant: grantOf(key, role, operation),
      })),
    ),
  )

describe('access matrix', () => {
  it('has a decided row for every collection and global of the config', async () => {
    const { payload } = await bootPayload()
    const slugs = [
      ...payload.config.collections.map((collection) => collection.slug),
      ...payload.config.globals.map((global) => `global:${global.slug}`),
    ]
    expect(slugs.filter((slug) => !(slug in policy))).toEqual([])
    expect(Object.keys(policy).filter((slug) => !slugs.includes(slug))).toEqual([])
    expect(Object.keys(fixtures).sort()).toEqual(
      Object.keys(policy)
        .filter((slug) => !slug.startsWith('global:'))
        .sort(),
    )
  })

  it.each(collectionCells)(
    '$slug · $role · $operation: $grant',
    async ({ slug, role, operation, grant }) => {
      const fixture = fixtures[slug]
      if (!fixture) throw new Error(`no fixture for ${slug}`)
      const { payload } = await bootPayload()
      const versioned = Boolean(payload.collections[slug as 'pages']?.config.versions)

      if (operation === 'C') {
        const body = fixture.body ? await fixture.body() : {}
        const before = (await payload.count({ collection: slug as 'pages' })).totalDocs
        const response = await send(role, 'POST', slug, body)
        const after = (await payload.count({ collection: slug as 'pages' })).totalDocs
        if (grant === 'none') {
          expect(refusedStatuses(slug, false)).toContain(response.status)
          expect(after).toBe(before)
        } else {
          expect(response.status, await response.clone().text()).toBe(201)
          expect(after).toBe(before + 1)
        }
        return
      }

      if (operation === 'V') {
        const response = await send(role, 'GET', `${slug}/versions`)
        if (grant === 'none') {
          // A collection without versions has no such route; for the others the answer is a refusal.
          expect(versioned ? refusedStatuses(slug, false) : [403, 404, 501]).toContain(
            response.status,
          )
        } else {
          expect(response.status).toBe(200)
        }
        return
      }

      const visible = await fixture.store('visible', role)
      const hidden = await fixture.store('hidden', role)
      const at = async (id: Id) => `${slug}/${fixture.address ? await fixture.address(id) : id}`

      if (operation === 'R') {
        const list = await listedIds(role, slug)
        const one = await send(role, 'GET', await at(hidden))
        if (grant === 'none') {
          expect(refusedStatuses(slug, false)).toContain(list.status)
          expect(await reveals(one)).toBe(false)
          return
        }
        expect(list.status).toBe(200)
        expect(list.ids).toContain(visible)
        expect(await reveals(await send(role, 'GET', await at(visible)))).toBe(true)
        expect(list.ids.includes(hidden)).toBe(grant === 'all')
        expect(await reveals(one)).toBe(grant === 'all')
        return
      }

      const method = operation === 'U' ? (fixture.updateMethod ?? 'PATCH') : 'DELETE'
      const write = async (id: Id) =>
        send(role, method, await at(id), operation === 'U' ? fixture.change() : undefined)
      const target = grant === 'all' ? hidden : visible
      const before = await storedDoc(slug, target)
      const answer = await write(target)
      if (grant === 'none') {
        expect(refusedStatuses(slug, true)).toContain(answer.status)
        expect(await storedDoc(slug, target)).toEqual(before)
        return
      }
      expect(answer.status, await answer.clone().text()).toBe(200)
      if (operation === 'D') expect(await storedDoc(slug, target)).toBeUndefined()
      else expect(await storedDoc(slug, target)).not.toEqual(before)
      if (grant === 'some') {
        // Someone else's document: refused, or (preferences) the write lands in the caller's own.
        const untouched = await storedDoc(slug, hidden)
        await write(hidden)
        expect(await storedDoc(slug, hidden)).toEqual(untouched)
      }
    },
  )

  it.each(globalCells)(
    'global $slug · $role · $operation: $grant',
    async ({ slug, role, operation, grant }) => {
      const response =
        operation === 'R'
          ? await send(role, 'GET', `globals/${slug}`)
          : await send(role, 'POST', `globals/${slug}`, {})
      if (grant === 'none') expect(response.status).toBe(403)
      else expect(response.status, await response.clone().text()).toBe(200)
    },
  )
})
