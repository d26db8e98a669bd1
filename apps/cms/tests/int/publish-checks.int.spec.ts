import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { fieldErrorsOf, localFieldErrors } from '../helpers/fieldErrors.ts'
import { pngImage } from '../helpers/files.ts'
import { bootPayload } from '../helpers/payload.ts'
import { authHeader, rest } from '../helpers/rest.ts'

let payload: Payload

beforeAll(async () => {
  ;({ payload } = await bootPayload())
})

type Node = { type: string; version: number; [key: string]: unknown }
const text = (value: string): Node => ({
  type: 'text',
  text: value,
  format: 0,
  detail: 0,
  mode: 'normal',
  style: '',
  version: 1,
})
const element = { direction: 'ltr' as const, format: '' as const, indent: 0, version: 1 }
const heading = (tag: string, value: string): Node => ({
  type: 'heading',
  tag,
  children: [text(value)],
  ...element,
})
const paragraph = (...children: Node[]): Node => ({
  type: 'paragraph',
  children,
  textFormat: 0,
  textStyle: '',
  ...element,
})
const customLink = (value: string): Node => ({
  type: 'link',
  fields: { linkType: 'custom', url: '/fr/formations/', newTab: false },
  children: [text(value)],
  ...element,
  version: 3,
})
const internalLink = (value: string, collection: string, id: number): Node => ({
  type: 'link',
  fields: { linkType: 'internal', doc: { relationTo: collection, value: id }, newTab: false },
  children: [text(value)],
  ...element,
  version: 3,
})
const upload = (id: number): Node => ({
  type: 'upload',
  relationTo: 'media',
  value: id,
  fields: {},
  format: '',
  version: 3,
})
const body = (...children: Node[]) => ({ root: { type: 'root', children, ...element } })

const publication = (title: string) => ({
  title,
  kind: 'report' as const,
  origin: 'mist' as const,
  date: '2025-06-01',
  datePrecision: 'month' as const,
})

/** A French draft publication holding `value` as its body. */
const draftWith = (title: string, value: ReturnType<typeof body>) =>
  payload.create({
    collection: 'publications',
    locale: 'fr',
    draft: true,
    data: { ...publication(title), body: value, _status: 'draft' },
  })

const publish = (id: number, locale: 'fr' | 'en', data: Record<string, unknown> = {}) =>
  payload.update({
    collection: 'publications',
    id,
    locale,
    data: { ...data, _status: 'published' },
  })

describe('checks before publishing', () => {
  it('saves a draft with a skipped heading level, refuses to publish it naming the heading, and keeps the draft', async () => {
    // Setup
    const value = body(heading('h2', 'Vos droits'), heading('h4', 'La demande d’asile'))
    // Action: the draft saves as it is
    const draft = await draftWith('Rapport aux intertitres sautés', value)
    // Assert: publishing is refused on the body, in words that name the heading
    const errors = await localFieldErrors(publish(draft.id, 'fr'))
    expect(errors).toHaveLength(1)
    expect(errors[0]?.path).toBe('body')
    expect(errors[0]?.message).toContain('« La demande d’asile »')
    expect(errors[0]?.message).toContain('niveau 3')
    const kept = await payload.findByID({
      collection: 'publications',
      id: draft.id,
      locale: 'fr',
      draft: true,
    })
    expect(kept._status).toBe('draft')
    expect(JSON.stringify(kept.body)).toContain('La demande d’asile')
    // Once the heading is set one level down, the same text publishes
    const fixed = await publish(draft.id, 'fr', {
      body: body(heading('h2', 'Vos droits'), heading('h3', 'La demande d’asile')),
    })
    expect(fixed._status).toBe('published')
  })

  it('refuses “cliquez ici” through REST with a message naming the field, in the admin’s language', async () => {
    const draft = await draftWith(
      'Rapport au lien vague',
      body(paragraph(text('Nos formations : '), customLink('cliquez ici'))),
    )
    const headers = { ...(await authHeader('editor')), 'Content-Type': 'application/json' }
    const response = await rest('PATCH', `publications/${draft.id}?locale=fr`, {
      headers,
      body: JSON.stringify({ _status: 'published' }),
    })
    expect(response.status).toBe(400)
    const errors = await fieldErrorsOf(response)
    expect(errors.map((error) => error.path)).toEqual(['body'])
    expect(errors[0]?.message).toContain('Le lien « cliquez ici » ne dit pas où il mène')
    const english = await rest('PATCH', `publications/${draft.id}?locale=fr`, {
      headers: { ...headers, 'Accept-Language': 'en' },
      body: JSON.stringify({ _status: 'published' }),
    })
    expect(JSON.stringify(await english.json())).toContain('does not say where it leads')
  })

  it('refuses a text block of a page in the same way, naming the block’s field', async () => {
    const page = await payload.create({
      collection: 'pages',
      locale: 'fr',
      draft: true,
      data: {
        title: 'Page au bloc de texte',
        layout: [{ blockType: 'rich-text', content: body(paragraph(customLink('ici'))) }],
        _status: 'draft',
      },
    })
    const errors = await localFieldErrors(
      payload.update({
        collection: 'pages',
        id: page.id,
        locale: 'fr',
        data: { _status: 'published' },
      }),
    )
    expect(errors.map((error) => error.path)).toEqual(['layout.0.content'])
  })

  it('publishes an image in French, where it is described, and refuses it in English until it is described there', async () => {
    // Setup: an image described in French only, in a text written in both languages
    const image = await payload.create({
      collection: 'media',
      locale: 'fr',
      data: { alt: 'Affiche de la journée contre la traite' },
      file: {
        data: await pngImage(200, 200),
        name: 'affiche-sans-anglais.png',
        mimetype: 'image/png',
        size: 0,
      },
    })
    const draft = await draftWith(
      'Rapport illustré',
      body(paragraph(text('Affiche')), upload(image.id)),
    )
    await publish(draft.id, 'fr')
    // Action
    const errors = await localFieldErrors(
      publish(draft.id, 'en', {
        title: 'Illustrated report',
        body: body(paragraph(text('Poster')), upload(image.id)),
      }),
    )
    // Assert
    expect(errors.map((error) => error.path)).toEqual(['body'])
    expect(errors[0]?.message).toMatch(
      /« affiche-sans-anglais(-\d+)?\.png » n’a pas de texte alternatif en anglais/,
    )
    await payload.update({
      collection: 'media',
      id: image.id,
      locale: 'en',
      data: { alt: 'Poster of the day against trafficking' },
    })
    const published = await publish(draft.id, 'en', {
      title: 'Illustrated report',
      body: body(paragraph(text('Poster')), upload(image.id)),
    })
    expect(published._status).toBe('published')
  })

  it('refuses a link to a document not published in that language, then accepts it once published', async () => {
    const target = await payload.create({
      collection: 'hearings',
      locale: 'fr',
      draft: true,
      data: {
        title: 'Audition par la CNCDH : lien à venir',
        kind: 'hearing',
        institution: 'cncdh',
        date: '2026-03-01',
        datePrecision: 'day',
        _status: 'draft',
      },
    })
    const draft = await draftWith(
      'Rapport qui cite une audition',
      body(paragraph(internalLink('notre audition devant la CNCDH', 'hearings', target.id))),
    )
    const errors = await localFieldErrors(publish(draft.id, 'fr'))
    expect(errors[0]?.message).toContain(
      'Le lien « notre audition devant la CNCDH » mène à un contenu qui n’est pas publié en français',
    )
    await payload.update({
      collection: 'hearings',
      id: target.id,
      locale: 'fr',
      data: { _status: 'published' },
    })
    expect((await publish(draft.id, 'fr'))._status).toBe('published')
  })
})
