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
  it('asks for one locale at a time without fallback, and follows every page of results', async () => {
    const requested: string[] = []
    vi.stubGlobal('fetch', (url: string) => {
      requested.push(url)
      const pageNumber = new URL(url).searchParams.get('page')
      return Promise.resolve(
        Response.json(pageNumber === '1' ? page([training(1)], true) : page([training(2)])),
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

  it('pages through a list in a stable order, so documents created in the same millisecond are each read once', async () => {
    // A CMS that, like PostgreSQL under a tied sort key, may order tied documents differently on each request,
    // unless the list is sorted by a unique key.
    const all = [1, 2, 3, 4].map((id) => training(id))
    let request = 0
    vi.stubGlobal('fetch', (url: string) => {
      const params = new URL(url).searchParams
      const order =
        params.get('sort') === 'id' ? all : request++ % 2 === 0 ? all : [...all].reverse()
      const first = params.get('page') === '1'
      return Promise.resolve(
        Response.json(first ? page(order.slice(0, 2), true) : page(order.slice(2))),
      )
    })
    const docs = await fetchCollection('trainings', 'fr')
    expect(docs.map((doc) => doc.id)).toEqual([1, 2, 3, 4])
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
