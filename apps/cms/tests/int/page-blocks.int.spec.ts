import { PageDocSchema } from '@mist/schema'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Page } from '../../src/payload-types.ts'
import { bootPayload } from '../helpers/payload.ts'
import { authHeader, rest } from '../helpers/rest.ts'

/**
 * A page's blocks (`layout`) through the REST API, as editors save them from the admin and the site reads
 * them: each locale has its own list, the public reads only the published one, and the site's schema
 * (@mist/schema) accepts what the CMS returns at depth 0.
 */
type Layout = NonNullable<Page['layout']>

let editor: Record<string, string>
let trainingId: number
let victimsPageId: number
let serial = 0
const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${++serial}`

beforeAll(async () => {
  const { payload } = await bootPayload()
  editor = { ...(await authHeader('editor')), 'Content-Type': 'application/json' }
  const training = await payload.create({
    collection: 'trainings',
    locale: 'fr',
    data: {
      title: unique('Formation mise en avant'),
      audience: 'adults',
      format: 'initial',
      _status: 'published',
    },
  })
  trainingId = training.id
  const victims = await payload.create({
    collection: 'pages',
    locale: 'fr',
    data: { title: unique('Page liée'), _status: 'published' },
  })
  victimsPageId = victims.id
})

/** One block of each type, with French texts. */
function frenchLayout(): Layout {
  return [
    {
      blockType: 'audience-paths',
      paths: [
        {
          heading: 'Vous êtes victime ou proche',
          text: 'Mist informe, oriente et accompagne les victimes de traite.',
          links: [
            { destination: 'appointment' },
            { destination: 'urgent-numbers', label: 'Numéros d’urgence' },
            { destination: 'page', page: victimsPageId },
          ],
        },
      ],
    },
    { blockType: 'urgent-numbers' },
    { blockType: 'latest-advocacy', heading: 'Derniers travaux', count: 2 },
    { blockType: 'featured-trainings', heading: 'Formations', trainings: [trainingId] },
    {
      blockType: 'call-to-action',
      heading: 'Devenir membre',
      text: 'Un livret d’accueil attend les nouveaux membres.',
      link: { destination: 'membership' },
    },
    {
      blockType: 'rich-text',
      content: {
        root: {
          type: 'root',
          version: 1,
          direction: null,
          format: '',
          indent: 0,
          children: [
            {
              type: 'paragraph',
              version: 1,
              children: [{ type: 'text', version: 1, text: 'Texte libre', format: 0 }],
            },
          ],
        },
      },
    },
  ]
}

const englishLayout = (): Layout => [
  {
    blockType: 'call-to-action',
    heading: 'Making an appointment',
    link: { destination: 'appointment' },
  },
]

/** Creates a page through REST as the editor, published in French, then `english` in English. */
async function publishedPage(english?: Record<string, unknown>): Promise<number> {
  const created = await rest('POST', 'pages?locale=fr', {
    headers: editor,
    body: JSON.stringify({
      title: unique('Accueil'),
      layout: frenchLayout(),
      _status: 'published',
    }),
  })
  expect(created.status).toBe(201)
  const id = ((await created.json()) as { doc: Page }).doc.id
  if (english) {
    const updated = await rest('PATCH', `pages/${id}?locale=en`, {
      headers: editor,
      body: JSON.stringify({ ...english, _status: 'published' }),
    })
    expect(updated.status).toBe(200)
  }
  return id
}

async function publicRead(id: number, locale: 'fr' | 'en'): Promise<Page> {
  const response = await rest('GET', `pages/${id}?locale=${locale}&fallback-locale=none&depth=0`)
  expect(response.status).toBe(200)
  return (await response.json()) as Page
}

const blockTypes = (page: Page) => (page.layout ?? []).map((block) => block.blockType)

describe('page blocks through REST', () => {
  it('keeps a layout of its own in each language, saved by an editor and read back by the public', async () => {
    // Setup and action: six blocks in French, one in English
    const id = await publishedPage({ title: unique('Home'), layout: englishLayout() })
    // Assert
    const french = await publicRead(id, 'fr')
    const english = await publicRead(id, 'en')
    expect(blockTypes(french)).toEqual([
      'audience-paths',
      'urgent-numbers',
      'latest-advocacy',
      'featured-trainings',
      'call-to-action',
      'rich-text',
    ])
    expect(blockTypes(english)).toEqual(['call-to-action'])
    expect(english.layout?.[0]).toMatchObject({ heading: 'Making an appointment' })
    // The French path's page link and featured trainings are ids at depth 0, as the site reads them.
    expect(french.layout?.[0]).toMatchObject({
      paths: [{ links: [{}, {}, { destination: 'page', page: victimsPageId }] }],
    })
    expect(french.layout?.[3]).toMatchObject({ trainings: [trainingId] })
  })

  it('gives the site what its schema expects, in both languages', async () => {
    const id = await publishedPage({ title: unique('Home'), layout: englishLayout() })
    for (const locale of ['fr', 'en'] as const) {
      const parsed = PageDocSchema.safeParse(await publicRead(id, locale))
      expect(parsed.success, `${locale}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true)
    }
  })

  it('leaves the English page without blocks while only French has them', async () => {
    const id = await publishedPage({ title: unique('Home') })
    const english = await publicRead(id, 'en')
    expect(english.layout ?? []).toEqual([])
    expect(blockTypes(await publicRead(id, 'fr'))).toHaveLength(6)
  })

  it('still records a missing translation from the title alone, whatever the blocks', async () => {
    // Setup
    const id = await publishedPage()
    // Action: English blocks but no English title (a draft: a title is required to publish)
    const saved = await rest('PATCH', `pages/${id}?locale=en&draft=true`, {
      headers: editor,
      body: JSON.stringify({ layout: englishLayout(), _status: 'draft' }),
    })
    // Assert: the page is still missing in English (ADR 001)
    expect(saved.status).toBe(200)
    expect(((await saved.json()) as { doc: Page }).doc.missingTranslations).toEqual(['en'])
  })

  it('shows the public the published blocks, not those of a later draft, which the editor sees', async () => {
    const id = await publishedPage()
    // Action: the editor's autosave changes the blocks without publishing
    const draft = await rest('PATCH', `pages/${id}?locale=fr&draft=true&autosave=true`, {
      headers: editor,
      body: JSON.stringify({ layout: englishLayout() }),
    })
    expect(draft.status).toBe(200)
    // Assert
    expect(blockTypes(await publicRead(id, 'fr'))).toHaveLength(6)
    const asEditor = await rest('GET', `pages/${id}?locale=fr&draft=true&depth=0`, {
      headers: editor,
    })
    expect(blockTypes((await asEditor.json()) as Page)).toEqual(['call-to-action'])
  })

  it('lets no anonymous visitor change the blocks', async () => {
    const id = await publishedPage()
    const response = await rest('PATCH', `pages/${id}?locale=fr`, {
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ layout: englishLayout() }),
    })
    expect(response.status).toBe(403)
    expect(blockTypes(await publicRead(id, 'fr'))).toHaveLength(6)
  })

  it('refuses to publish a link to “a page” without the page, naming the field', async () => {
    const response = await rest('POST', 'pages?locale=fr', {
      headers: editor,
      body: JSON.stringify({
        title: unique('Page au lien vide'),
        layout: [{ blockType: 'call-to-action', heading: 'Voir', link: { destination: 'page' } }],
        _status: 'published',
      }),
    })
    expect(response.status).toBe(400)
    const body = (await response.json()) as {
      errors?: { data?: { errors?: { path: string }[] } }[]
    }
    const paths = (body.errors ?? []).flatMap((error) => error.data?.errors ?? [])
    expect(paths.map((error) => error.path)).toContain('layout.0.link.page')
  })

  it('forgets the page of a link that now leads to a fixed destination', async () => {
    const response = await rest('POST', 'pages?locale=fr', {
      headers: editor,
      body: JSON.stringify({
        title: unique('Page au lien changé'),
        layout: [
          {
            blockType: 'call-to-action',
            heading: 'Prendre rendez-vous',
            link: { destination: 'appointment', page: victimsPageId },
          },
        ],
        _status: 'published',
      }),
    })
    expect(response.status).toBe(201)
    const { doc } = (await response.json()) as { doc: Page }
    expect(doc.layout?.[0]).toMatchObject({ link: { destination: 'appointment', page: null } })
  })

  it('refuses more advocacy items than a page can show', async () => {
    const response = await rest('POST', 'pages?locale=fr', {
      headers: editor,
      body: JSON.stringify({
        title: unique('Trop d’éléments'),
        layout: [{ blockType: 'latest-advocacy', heading: 'Tout', count: 50 }],
        _status: 'published',
      }),
    })
    expect(response.status).toBe(400)
  })
})
