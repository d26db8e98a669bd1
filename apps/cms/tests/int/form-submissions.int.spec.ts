import { afterEach, describe, expect, it, vi } from 'vitest'

import { monthsBefore } from '../../src/jobs/monthsBefore.ts'
import type { FormSubmission } from '../../src/payload-types.ts'
import { bootPayload } from '../helpers/payload.ts'
import { authHeader, rest } from '../helpers/rest.ts'

/** A request received as the intake stores it; `createdAt` only to age it for the retention tests. */
async function storeSubmission(
  quoteRequest: NonNullable<FormSubmission['quoteRequest']>,
  extra: { createdAt?: string; status?: FormSubmission['status'] } = {},
): Promise<FormSubmission> {
  const { payload } = await bootPayload()
  return payload.create({
    collection: 'form-submissions',
    data: { formType: 'quote-request', locale: 'fr', ...extra, quoteRequest },
  })
}

async function auditEntriesFor(id: number) {
  const { payload } = await bootPayload()
  const { docs } = await payload.find({
    collection: 'audit-entries',
    where: { submissions: { in: [id] } },
    sort: 'createdAt',
    depth: 0,
    pagination: false,
  })
  return docs
}

async function userId(headers: Record<string, string>): Promise<number> {
  const me = (await (await rest('GET', 'users/me', { headers })).json()) as { user: { id: number } }
  return me.user.id
}

describe('access log of requests received', () => {
  it('records who opened one request, but not each row of the admin’s list', async () => {
    // Setup
    const stored = await storeSubmission({ name: 'Lina Consultée', email: 'lina@exemple.fr' })
    const editor = await authHeader('editor')
    const { payload } = await bootPayload()
    const editorUser = await payload.findByID({ collection: 'users', id: await userId(editor) })
    // Action: the admin's list view reads on the server (Local API, as the signed-in editor), then one opening
    await payload.find({
      collection: 'form-submissions',
      limit: 100,
      overrideAccess: false,
      user: { ...editorUser, collection: 'users' },
    })
    const one = await rest('GET', `form-submissions/${stored.id}`, { headers: editor })
    // Assert
    expect(one.status).toBe(200)
    const entries = await auditEntriesFor(stored.id)
    expect(entries.map((entry) => entry.action)).toEqual(['read'])
    expect(entries[0]?.user).toBe(await userId(editor))
  })

  it('records a list read through the REST API, whose answer holds what every person wrote', async () => {
    // Setup
    const first = await storeSubmission({ name: 'Inès Listée', email: 'ines@exemple.fr' })
    const second = await storeSubmission({ name: 'Omar Listé', email: 'omar@exemple.fr' })
    const editor = await authHeader('editor')
    // Action
    const list = await rest('GET', 'form-submissions?limit=100', { headers: editor })
    const columnsOnly = await rest('GET', 'form-submissions?limit=100&select[status]=true', {
      headers: editor,
    })
    // Assert: one entry for the whole list, naming both requests; the list without their content is not logged
    expect(list.status).toBe(200)
    expect(columnsOnly.status).toBe(200)
    const entries = await auditEntriesFor(first.id)
    expect(entries.map((entry) => entry.action)).toEqual(['read'])
    expect(entries[0]?.submissions).toEqual(expect.arrayContaining([first.id, second.id]))
    expect(entries[0]?.user).toBe(await userId(editor))
  })

  it('records status changes and deletions, and keeps them after the request is gone, without its content', async () => {
    // Setup
    const stored = await storeSubmission({
      name: 'Noé Supprimé',
      email: 'noe.supprime@exemple.fr',
      message: 'Merci de me rappeler.',
    })
    const editor = await authHeader('editor')
    // Action
    const handled = await rest('PATCH', `form-submissions/${stored.id}`, {
      headers: { ...editor, 'Content-Type': 'application/json' },
      body: JSON.stringify({ status: 'handled' }),
    })
    const removed = await rest('DELETE', `form-submissions/${stored.id}`, { headers: editor })
    // Assert
    expect(handled.status).toBe(200)
    expect(removed.status).toBe(200)
    const entries = await auditEntriesFor(stored.id)
    expect(entries.map((entry) => entry.action)).toEqual(['status', 'delete'])
    expect(entries.every((entry) => entry.user === entries[0]?.user)).toBe(true)
    const logged = JSON.stringify(entries)
    for (const personal of ['Noé', 'noe.supprime', 'rappeler'])
      expect(logged).not.toContain(personal)
  })

  it('is readable by admins only, and nobody writes, edits or deletes it through the API', async () => {
    // Setup: one entry exists
    const stored = await storeSubmission({ name: 'Entrée de journal' })
    await rest('GET', `form-submissions/${stored.id}`, { headers: await authHeader('editor') })
    const [entry] = await auditEntriesFor(stored.id)
    if (!entry) throw new Error('no audit entry to work on')
    const admin = { ...(await authHeader('admin')), 'Content-Type': 'application/json' }
    // Action
    const anonymous = await rest('GET', 'audit-entries')
    const anonymousOne = await rest('GET', `audit-entries/${entry.id}`)
    const byEditor = await rest('GET', 'audit-entries', { headers: await authHeader('editor') })
    const byAdmin = await rest('GET', 'audit-entries', { headers: admin })
    const forged = await rest('POST', 'audit-entries', {
      headers: admin,
      body: JSON.stringify({ action: 'read', submissions: [1] }),
    })
    const edited = await rest('PATCH', `audit-entries/${entry.id}`, {
      headers: admin,
      body: JSON.stringify({ action: 'purge' }),
    })
    const erased = await rest('DELETE', `audit-entries/${entry.id}`, { headers: admin })
    // Assert
    expect(anonymous.status).toBe(403)
    expect(anonymousOne.status).toBe(403)
    expect(byEditor.status).toBe(403)
    expect(byAdmin.status).toBe(200)
    expect(forged.status).toBe(403)
    expect(edited.status).toBe(403)
    expect(erased.status).toBe(403)
    expect((await auditEntriesFor(stored.id))[0]?.action).toBe('read')
  })
})

describe('CSV export of requests received', () => {
  it('downloads the filtered list for a spreadsheet, with typed formulas shown as text, and logs the export', async () => {
    // Setup: a new request whose fields hold formulas, and a handled one the filter leaves out
    const since = new Date().toISOString()
    const attack = await storeSubmission({
      name: '=HYPERLINK("https://attacker.example","Cliquez")',
      organisation: '@SUM(A1:A9)',
      phone: '+33 1 00 00 00 00',
      message: '-2+3, et une ligne\nde plus',
      consent: true,
    })
    const handled = await storeSubmission({ name: 'Déjà traitée' }, { status: 'handled' })
    const editor = await authHeader('editor')
    const query = `where[status][equals]=new&where[createdAt][greater_than_equal]=${encodeURIComponent(since)}`
    // Action
    const response = await rest('GET', `form-submissions/export.csv?${query}`, { headers: editor })
    // Assert
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="demandes-/)
    const bytes = new Uint8Array(await response.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const csv = new TextDecoder().decode(bytes)
    expect(csv).toContain('Nom')
    expect(csv).toContain(`"'=HYPERLINK(""https://attacker.example"",""Cliquez"")"`)
    expect(csv).toContain(`'@SUM(A1:A9)`)
    expect(csv).toContain(`'+33 1 00 00 00 00`)
    expect(csv).toContain(`"'-2+3, et une ligne\nde plus"`)
    expect(csv).toContain('Nouvelle')
    expect(csv).not.toContain('Déjà traitée')
    const [entry] = (await auditEntriesFor(attack.id)).filter((e) => e.action === 'export')
    expect(entry?.count).toBe(1)
    expect(entry?.submissions).toEqual([attack.id])
    expect(entry?.user).toBe(await userId(editor))
    expect(await auditEntriesFor(handled.id)).toEqual([])
  })

  it('refuses anonymous visitors, and names a malformed filter', async () => {
    const anonymous = await rest('GET', 'form-submissions/export.csv')
    const malformed = await rest('GET', 'form-submissions/export.csv?where=status', {
      headers: await authHeader('editor'),
    })
    expect(anonymous.status).toBe(403)
    expect(malformed.status).toBe(400)
    expect(await malformed.text()).toContain('where')
  })
})

describe('retention of requests received', () => {
  afterEach(() => vi.restoreAllMocks())

  it('purges requests older than 12 months, keeps younger ones, and logs counts only', async () => {
    // Setup
    const { payload } = await bootPayload()
    const now = new Date()
    const old = await storeSubmission(
      { name: 'Ancienne Demande', email: 'ancienne@exemple.fr' },
      { createdAt: monthsBefore(now, 13).toISOString() },
    )
    const recent = await storeSubmission(
      { name: 'Récente Demande', email: 'recente@exemple.fr' },
      { createdAt: monthsBefore(now, 11).toISOString() },
    )
    expect(old.createdAt).toBe(monthsBefore(now, 13).toISOString())
    const info = vi.spyOn(payload.logger, 'info')
    // Action: the task the nightly schedule queues, run now
    const job = await payload.jobs.queue({
      task: 'purgeOldSubmissions',
      input: {},
      queue: 'nightly',
    })
    await payload.jobs.runByID({ id: job.id })
    // Assert
    const remaining = await payload.find({
      collection: 'form-submissions',
      where: { id: { in: [old.id, recent.id] } },
      depth: 0,
    })
    expect(remaining.docs.map((doc) => doc.id)).toEqual([recent.id])
    const lines = info.mock.calls.map((call) => JSON.stringify(call))
    const purgeLines = lines.filter((line) => line.includes('Retention'))
    expect(purgeLines).toHaveLength(1)
    expect(purgeLines[0]).toMatch(
      /Retention: 1 form submission\(s\) older than 12 month\(s\) deleted/,
    )
    for (const personal of ['Ancienne', 'ancienne@', 'Récente'])
      expect(lines.join('\n')).not.toContain(personal)
    const entries = await auditEntriesFor(old.id)
    expect(entries.map((entry) => [entry.action, entry.count, entry.user])).toEqual([
      ['purge', 1, null],
    ])
  })
})
