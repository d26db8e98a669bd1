import { afterEach, describe, expect, it, vi } from 'vitest'

import { CmsError, fetchCollection } from './cms.ts'

const page = (docs: unknown[], hasNextPage = false) => ({
  docs,
  hasNextPage,
  nextPage: hasNextPage ? 2 : null,
  totalDocs: docs.length,
})
const training = (id: number, extra: object = {}) => ({
  id,
  title: `Formation ${id}`,
  slug: `formation-${id}`,
  audience: 'both',
  format: 'initial',
  updatedAt: '2026-11-01T10:00:00.000Z',
  ...extra,
})

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('reading the CMS at build time', () => {
  it('asks for one locale at a time without fallback, and follows every batch of results', async () => {
    const requested: string[] = []
    vi.stubGlobal('fetch', (url: string) => {
      requested.push(url)
      const after = new URL(url).searchParams.get('where[id][greater_than]')
      return Promise.resolve(
        Response.json(after === null ? page([training(1)], true) : page([training(2)])),
      )
    })
    const docs = await fetchCollection('trainings', 'en')
    expect(docs.map((doc) => doc.id)).toEqual([1, 2])
    expect(requested).toHaveLength(2)
    for (const url of requested) {
      const params = new URL(url).searchParams
      expect(params.get('locale')).toBe('en')
      expect(params.get('fallback-locale')).toBe('none')
    }
  })

  it('asks for the documents after the last one read, by id, never for a page number', async () => {
    // A CMS that honours the sort, the limit and the id condition, as Payload does.
    const all = [1, 2, 3, 4, 5].map((id) => training(id))
    const requested: URLSearchParams[] = []
    vi.stubGlobal('fetch', (url: string) => {
      const params = new URL(url).searchParams
      requested.push(params)
      const after = Number(params.get('where[id][greater_than]') ?? 0)
      const rest = all.filter((doc) => doc.id > after)
      const limit = 2
      return Promise.resolve(Response.json(page(rest.slice(0, limit), rest.length > limit)))
    })
    const docs = await fetchCollection('trainings', 'fr')
    expect(docs.map((doc) => doc.id)).toEqual([1, 2, 3, 4, 5])
    expect(requested.map((params) => params.get('where[id][greater_than]'))).toEqual([
      null,
      '2',
      '4',
    ])
    for (const params of requested) {
      expect(params.get('sort')).toBe('id')
      expect(params.has('page')).toBe(false)
    }
  })

  it('names the collection, the document and the field of a document that does not fit its schema', async () => {
    vi.stubGlobal('fetch', () =>
      Promise.resolve(Response.json(page([training(7, { audience: 'everyone' })]))),
    )
    await expect(fetchCollection('trainings', 'fr')).rejects.toThrow(
      /trainings document 7 \(fr\).*field "audience"/,
    )
  })

  it('fails the build when the CMS is down', async () => {
    vi.stubGlobal('fetch', () =>
      Promise.reject(
        new TypeError('fetch failed', { cause: new Error('connect ECONNREFUSED 127.0.0.1:3000') }),
      ),
    )
    const attempt = fetchCollection('pages', 'fr')
    await expect(attempt).rejects.toBeInstanceOf(CmsError)
    await expect(attempt).rejects.toThrow(/cannot be reached.*ECONNREFUSED/)
  })

  it('fails the build on an HTTP error', async () => {
    vi.stubGlobal('fetch', () => Promise.resolve(new Response('oops', { status: 500 })))
    await expect(fetchCollection('pages', 'fr')).rejects.toThrow(/HTTP 500/)
  })
})
