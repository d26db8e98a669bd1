import { describe, expect, it } from 'vitest'

import type { FormSubmission } from '../../src/payload-types.ts'
import { bootPayload } from '../helpers/payload.ts'
import { authHeader, rest } from '../helpers/rest.ts'

/**
 * Ways for a staff member to read what people wrote without leaving an entry in the access log
 * (docs/decisions/007-requests-received.md): an update that changes nothing still returns the whole request,
 * and a query, count or sort on what a person wrote tells which requests hold a word, even when the answer
 * carries only their numbers.
 */

let serial = 0
const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${++serial}`

async function storeSubmission(message: string): Promise<FormSubmission> {
  const { payload } = await bootPayload()
  return payload.create({
    collection: 'form-submissions',
    data: {
      formType: 'quote-request',
      locale: 'fr',
      quoteRequest: { name: 'Personne Journalisée', email: 'journal@exemple.fr', message },
    },
  })
}

async function actionsFor(id: number): Promise<string[]> {
  const { payload } = await bootPayload()
  const { docs } = await payload.find({
    collection: 'audit-entries',
    where: { submissions: { in: [id] } },
    sort: 'createdAt',
    depth: 0,
    pagination: false,
  })
  return docs.map((entry) => entry.action)
}

describe('access log against reads by the side door', () => {
  it('logs a read when a PATCH that changes no status returns a request, one by one or in bulk', async () => {
    // Setup
    const one = await storeSubmission(unique('message'))
    const word = unique('lot')
    const first = await storeSubmission(`${word} premier`)
    const second = await storeSubmission(`${word} second`)
    const editor = { ...(await authHeader('editor')), 'Content-Type': 'application/json' }
    // Action
    const single = await rest('PATCH', `form-submissions/${one.id}`, {
      headers: editor,
      body: '{}',
    })
    const bulk = await rest('PATCH', `form-submissions?where[id][in]=${first.id},${second.id}`, {
      headers: editor,
      body: JSON.stringify({ status: 'new' }),
    })
    // Assert: the answers hold what the people wrote, and the log says who received it
    expect(single.status).toBe(200)
    expect(JSON.stringify(await single.json())).toContain('journal@exemple.fr')
    expect(bulk.status).toBe(200)
    expect(JSON.stringify(await bulk.json())).toContain(`${word} second`)
    expect(await actionsFor(one.id)).toEqual(['read'])
    expect(await actionsFor(first.id)).toEqual(['read'])
    expect(await actionsFor(second.id)).toEqual(['read'])
  })

  it('logs a read of the requests a list, count or sort on what people wrote singled out', async () => {
    // Setup
    const word = unique('indice')
    const match = await storeSubmission(`Il faut ${word} vite`)
    const other = await storeSubmission(unique('autre'))
    const editor = await authHeader('editor')
    // Action: answers with numbers and status only, but chosen by the text of the message
    const listed = await rest(
      'GET',
      `form-submissions?select[status]=true&where[quoteRequest.message][like]=${word}`,
      { headers: editor },
    )
    const counted = await rest(
      'GET',
      `form-submissions/count?where[or][0][quoteRequest.message][like]=${word}`,
      { headers: editor },
    )
    // Assert
    expect(((await listed.json()) as { docs: { id: number }[] }).docs).toEqual([
      { id: match.id, status: 'new' },
    ])
    expect(await counted.json()).toEqual({ totalDocs: 1 })
    expect(await actionsFor(match.id)).toEqual(['read', 'read'])
    expect(await actionsFor(other.id)).toEqual([])
  })

  it('logs a read of every request a list sorted by what people wrote returns', async () => {
    const first = await storeSubmission(`a-${unique('tri')}`)
    const editor = await authHeader('editor')
    const sorted = await rest(
      'GET',
      `form-submissions?select[status]=true&sort=quoteRequest.message&where[id][equals]=${first.id}`,
      { headers: editor },
    )
    expect(sorted.status).toBe(200)
    expect(await actionsFor(first.id)).toEqual(['read'])
  })

  it('logs no read for a list of numbers and status chosen by status only, as the admin’s columns', async () => {
    const stored = await storeSubmission(unique('colonnes'))
    const editor = await authHeader('editor')
    const listed = await rest(
      'GET',
      `form-submissions?select[status]=true&where[id][equals]=${stored.id}&where[status][equals]=new&sort=-createdAt`,
      { headers: editor },
    )
    expect(listed.status).toBe(200)
    expect(await actionsFor(stored.id)).toEqual([])
  })

  it('logs an export found by a search on names as one export entry, not as a read too', async () => {
    const name = unique('Exportée')
    const { payload } = await bootPayload()
    const stored = await payload.create({
      collection: 'form-submissions',
      data: { formType: 'quote-request', locale: 'fr', quoteRequest: { name, message: 'Bonjour' } },
    })
    const editor = await authHeader('editor')
    const response = await rest('GET', `form-submissions/export.csv?search=${name}`, {
      headers: editor,
    })
    expect(response.status).toBe(200)
    expect(await response.text()).toContain(name)
    expect(await actionsFor(stored.id)).toEqual(['export'])
  })
})
