import { describe, expect, it } from 'vitest'

import { bootPayload } from '../helpers/payload.ts'
import { authHeader, rest } from '../helpers/rest.ts'

type Role = 'anonymous' | 'editor' | 'admin'
const roles: Role[] = ['anonymous', 'editor', 'admin']

/**
 * Who may do what, per collection and global: the policy as one table. Letters: C create, R read, U update,
 * D delete, V read versions; upper case = every document, lower case = only some (a `Where`: published
 * documents for the public, one's own account or preferences for staff); '' = nothing.
 * Every collection and global of the config must have a row: a new one cannot ship without a decision.
 */
const policy: Record<string, Record<Role, string>> = {
  pages: { anonymous: 'r', editor: 'CRUDV', admin: 'CRUDV' },
  publications: { anonymous: 'r', editor: 'CRUDV', admin: 'CRUDV' },
  hearings: { anonymous: 'r', editor: 'CRUDV', admin: 'CRUDV' },
  'partner-networks': { anonymous: 'r', editor: 'CRUDV', admin: 'CRUDV' },
  trainings: { anonymous: 'r', editor: 'CRUDV', admin: 'CRUDV' },
  // Update: the status only (new / handled / archived); what the person sent is unchangeable (field access).
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
  // Payload's own: edit locks (any staff member), each user's admin preferences, and the migrations log,
  // which has no REST endpoints at all (checked below).
  'payload-locked-documents': { anonymous: '', editor: 'CRUD', admin: 'CRUD' },
  'payload-preferences': { anonymous: '', editor: 'Crud', admin: 'Crud' },
  'payload-migrations': { anonymous: '', editor: 'CRUD', admin: 'CRUD' },
  'payload-jobs': { anonymous: '', editor: '', admin: '' },
  'payload-kv': { anonymous: '', editor: '', admin: '' },
  'global:payload-jobs-stats': { anonymous: '', editor: '', admin: '' },
  'global:site-settings': { anonymous: 'R', editor: 'RU', admin: 'RU' },
  'global:navigation': { anonymous: 'R', editor: 'RU', admin: 'RU' },
  'global:urgent-contacts': { anonymous: 'R', editor: 'RU', admin: 'RU' },
  'global:safety': { anonymous: 'R', editor: 'RU', admin: 'RU' },
}

type Permission = boolean | { permission: boolean; where?: unknown }
type Permissions = Record<string, Record<string, Permission> | undefined>
const operations = [
  ['create', 'C'],
  ['read', 'R'],
  ['update', 'U'],
  ['delete', 'D'],
  ['readVersions', 'V'],
] as const

/** The letters Payload's `/api/access` grants, in the table's notation. */
function letters(entry: Record<string, Permission> | undefined): string {
  let result = ''
  for (const [operation, letter] of operations) {
    const permission = entry?.[operation]
    const granted = typeof permission === 'object' ? permission.permission : permission === true
    if (!granted) continue
    const filtered = typeof permission === 'object' && permission.where !== undefined
    result += filtered ? letter.toLowerCase() : letter
  }
  return result
}

const headersFor = async (role: Role) => (role === 'anonymous' ? {} : await authHeader(role))

describe('access matrix', () => {
  it('has a decided row for every collection and global of the config', async () => {
    const { payload } = await bootPayload()
    const slugs = [
      ...payload.config.collections.map((collection) => collection.slug),
      ...payload.config.globals.map((global) => `global:${global.slug}`),
    ]
    expect(slugs.filter((slug) => !(slug in policy))).toEqual([])
    expect(Object.keys(policy).filter((slug) => !slugs.includes(slug))).toEqual([])
  })

  it.each(roles)('grants %s exactly what the table says', async (role) => {
    const response = await rest('GET', 'access', { headers: await headersFor(role) })
    const body = (await response.json()) as { collections: Permissions; globals: Permissions }
    const granted: Record<string, string> = {}
    for (const slug of Object.keys(policy)) {
      granted[slug] = slug.startsWith('global:')
        ? letters(body.globals[slug.slice('global:'.length)])
        : letters(body.collections[slug])
    }
    const expected = Object.fromEntries(
      Object.entries(policy).map(([slug, row]) => [slug, row[role]]),
    )
    expect(granted).toEqual(expected)
  })

  it('gives anonymous visitors none of: drafts, users, requests received, audit entries, build records, jobs', async () => {
    for (const path of [
      'users',
      'form-submissions',
      'audit-entries',
      'site-builds',
      'site-build-requests',
      'payload-jobs',
      'payload-locked-documents',
      'pages/versions',
      'hearings/versions',
    ]) {
      const response = await rest('GET', path)
      expect({ path, status: response.status }).toEqual({ path, status: 403 })
    }
  })

  it('serves no REST endpoint for the migrations log, even to admins', async () => {
    const admin = await authHeader('admin')
    const read = await rest('GET', 'payload-migrations', { headers: admin })
    const remove = await rest('DELETE', 'payload-migrations?where[id][exists]=true', {
      headers: admin,
    })
    const { payload } = await bootPayload()
    // Payload answers 501 Not Implemented for a collection without endpoints.
    expect([read.status, remove.status]).toEqual([501, 501])
    expect((await payload.count({ collection: 'payload-migrations' })).totalDocs).toBeGreaterThan(0)
  })
})
