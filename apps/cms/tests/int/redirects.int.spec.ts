import { beforeAll, describe, expect, it } from 'vitest'

import { isEmpty, seed } from '../../src/seed/index.ts'
import { bootPayload } from '../helpers/payload.ts'
import { authHeader, rest } from '../helpers/rest.ts'

/**
 * Issue 4: an editor changing the address of published content never breaks old links; the site reads the
 * redirects anonymously, and only staff write them.
 */
beforeAll(async () => {
  // Among Mist's own content, whichever test file runs first (the seed fills an empty database only).
  const { payload } = await bootPayload()
  if (await isEmpty(payload)) await seed(payload)
})

async function publishHearing(slugFr: string, slugEn?: string): Promise<number> {
  const { payload } = await bootPayload()
  const hearing = await payload.create({
    collection: 'hearings',
    locale: 'fr',
    data: {
      title: 'Audition de Mist par la CNCDH',
      slug: slugFr,
      kind: 'hearing',
      institution: 'cncdh',
      date: '2025-03-01',
      datePrecision: 'month',
      _status: 'published',
    },
  })
  if (slugEn) {
    await payload.update({
      collection: 'hearings',
      id: hearing.id,
      locale: 'en',
      data: { title: 'Mist heard by the CNCDH', slug: slugEn, _status: 'published' },
    })
  }
  return hearing.id
}

async function redirectsFrom(path: string) {
  const { payload } = await bootPayload()
  const found = await payload.find({
    collection: 'redirects',
    where: { from: { equals: path } },
    depth: 0,
  })
  return found.docs
}

describe('redirects written when a published address changes', () => {
  it('sends the old address to the hearing when its slug changes, and forgets it when the slug comes back', async () => {
    // Setup
    const { payload } = await bootPayload()
    const id = await publishHearing('audition-cncdh-2025', 'cncdh-hearing-2025')

    // Action: the editor renames the French address and publishes
    await payload.update({
      collection: 'hearings',
      id,
      locale: 'fr',
      data: { slug: 'audition-cncdh-mars-2025', _status: 'published' },
    })

    // Assert: the old French path leads to the hearing; the English address did not move
    const [redirect] = await redirectsFrom('/fr/auditions/audition-cncdh-2025/')
    expect(redirect?.to?.reference).toEqual({ relationTo: 'hearings', value: id })
    expect(await redirectsFrom('/en/hearings/cncdh-hearing-2025/')).toHaveLength(0)

    // Action: back to the first address
    await payload.update({
      collection: 'hearings',
      id,
      locale: 'fr',
      data: { slug: 'audition-cncdh-2025', _status: 'published' },
    })

    // Assert: the live address is no longer redirected (no loop); the second one now redirects
    expect(await redirectsFrom('/fr/auditions/audition-cncdh-2025/')).toHaveLength(0)
    const [back] = await redirectsFrom('/fr/auditions/audition-cncdh-mars-2025/')
    expect(back?.to?.reference).toEqual({ relationTo: 'hearings', value: id })
  })

  it('writes no redirect while the new address is only in a draft, and one when it is published', async () => {
    const { payload } = await bootPayload()
    const id = await publishHearing('audition-greta-2024')
    await payload.update({
      collection: 'hearings',
      id,
      locale: 'fr',
      draft: true,
      data: { slug: 'audition-greta-juin-2024', _status: 'draft' },
    })
    expect(await redirectsFrom('/fr/auditions/audition-greta-2024/')).toHaveLength(0)

    await payload.update({
      collection: 'hearings',
      id,
      locale: 'fr',
      data: { _status: 'published' },
    })
    expect(await redirectsFrom('/fr/auditions/audition-greta-2024/')).toHaveLength(1)
  })

  it('redirects an old page address, and a page now published at a redirected address takes it back', async () => {
    const { payload } = await bootPayload()
    const page = await payload.create({
      collection: 'pages',
      locale: 'fr',
      data: { title: 'Nous soutenir', slug: 'nous-soutenir', _status: 'published' },
    })
    await payload.update({
      collection: 'pages',
      id: page.id,
      locale: 'fr',
      data: { slug: 'soutenir-mist', _status: 'published' },
    })
    expect(await redirectsFrom('/fr/nous-soutenir/')).toHaveLength(1)

    await payload.create({
      collection: 'pages',
      locale: 'fr',
      data: { title: 'Nous soutenir autrement', slug: 'nous-soutenir', _status: 'published' },
    })
    expect(await redirectsFrom('/fr/nous-soutenir/')).toHaveLength(0)
  })
})

describe('redirects through the REST API', () => {
  it('lets anyone read redirects (the site build), and only staff write them', async () => {
    const id = await publishHearing('audition-miprof-2023')
    const body = JSON.stringify({
      from: '/fr/auditions/ancienne-audition-miprof/',
      to: { type: 'reference', reference: { relationTo: 'hearings', value: id } },
    })
    const json = { 'Content-Type': 'application/json' }

    const anonymous = await rest('POST', 'redirects', { headers: json, body })
    const editor = await rest('POST', 'redirects', {
      headers: { ...(await authHeader('editor')), ...json },
      body,
    })
    const read = await rest('GET', 'redirects?depth=0&limit=100')

    expect(anonymous.status).toBe(403)
    expect(editor.status).toBe(201)
    const { docs } = (await read.json()) as { docs: Array<{ from: string }> }
    expect(docs.map((doc) => doc.from)).toContain('/fr/auditions/ancienne-audition-miprof/')
  })

  it('stores a pasted full URL as a path of the site, and refuses an address outside it naming the field', async () => {
    const headers = { ...(await authHeader('editor')), 'Content-Type': 'application/json' }
    const pasted = await rest('POST', 'redirects', {
      headers,
      body: JSON.stringify({
        from: 'http://site.test/fr/ancienne-page-adhesion',
        to: { type: 'custom', url: '/fr/' },
      }),
    })
    const outside = await rest('POST', 'redirects', {
      headers,
      body: JSON.stringify({ from: '/de/seite/', to: { type: 'custom', url: '/fr/' } }),
    })

    expect(pasted.status).toBe(201)
    expect(((await pasted.json()) as { doc: { from: string } }).doc.from).toBe(
      '/fr/ancienne-page-adhesion/',
    )
    expect(outside.status).toBe(400)
    const refusal = JSON.stringify(await outside.json())
    expect(refusal).toContain('"path":"from"')
    expect(refusal).toMatch(/commence par \/fr\/ ou \/en\//)
  })
})

describe('search-engine fields', () => {
  it('keeps a meta title per language and suggests one from the title on request', async () => {
    const { payload } = await bootPayload()
    const id = await publishHearing('audition-onu-2022', 'un-hearing-2022')
    await payload.update({
      collection: 'hearings',
      id,
      locale: 'fr',
      data: { meta: { title: 'Mist devant la CNCDH', description: 'Nos recommandations.' } },
    })
    const en = await payload.findByID({ collection: 'hearings', id, locale: 'en' })
    const fr = await payload.findByID({ collection: 'hearings', id, locale: 'fr' })
    expect(fr.meta?.title).toBe('Mist devant la CNCDH')
    expect(en.meta?.title ?? null).toBeNull()

    const generated = await rest('POST', 'plugin-seo/generate-description', {
      headers: { ...(await authHeader('editor')), 'Content-Type': 'application/json' },
      body: JSON.stringify({
        id,
        collectionSlug: 'hearings',
        locale: 'fr',
        doc: { title: 'Audition', summary: '  Mist présente   ses recommandations.  ' },
      }),
    })
    expect(generated.status).toBe(200)
    expect(await generated.json()).toEqual({ result: 'Mist présente ses recommandations.' })
  })
})
