import { readFile } from 'node:fs/promises'
import path from 'node:path'

import sharp from 'sharp'
import { describe, expect, inject, it } from 'vitest'

import type { Media, Publication } from '../../src/payload-types.ts'
import { fieldErrorsOf, localFieldErrors } from '../helpers/fieldErrors.ts'
import { jpegWithExif, pdfDocument, pngImage, svgWithScript, uploadForm } from '../helpers/files.ts'
import { bootPayload } from '../helpers/payload.ts'
import { authHeader, rest } from '../helpers/rest.ts'

async function mediaCount(): Promise<number> {
  const { payload } = await bootPayload()
  return (await payload.count({ collection: 'media' })).totalDocs
}

async function uploadAs(
  role: 'editor' | 'admin' | null,
  file: { data: Buffer; name: string; type: string },
  fields: Record<string, unknown> = {},
): Promise<Response> {
  const headers = role ? await authHeader(role) : {}
  return rest('POST', 'media', { headers, body: uploadForm(file, fields) })
}

const alt = { alt: 'Affiche de la journée contre la traite, texte blanc sur fond bleu' }

describe('media uploads', () => {
  it('stores an uploaded PNG with WebP sizes for phones and wider screens, never enlarged', async () => {
    // Setup: a 1200 px wide image, narrower than the largest size (1600)
    const png = await pngImage(1200, 800)
    // Action
    const response = await uploadAs(
      'editor',
      { data: png, name: 'affiche.png', type: 'image/png' },
      alt,
    )
    // Assert
    expect(response.status).toBe(201)
    const { doc } = (await response.json()) as { doc: Media }
    expect(doc).toMatchObject({ mimeType: 'image/png', width: 1200, height: 800 })
    expect(doc.sizes?.small).toMatchObject({ width: 480, height: 320, mimeType: 'image/webp' })
    expect(doc.sizes?.medium).toMatchObject({ width: 960, height: 640, mimeType: 'image/webp' })
    expect(doc.sizes?.large?.filename ?? null).toBeNull()
    const smallFile = path.join(inject('mediaDir'), doc.sizes?.small?.filename ?? 'missing')
    expect((await sharp(smallFile).metadata()).format).toBe('webp')
  })

  it('serves a stored file to staff, with its checked type and no sniffing, and not to the public while unused', async () => {
    const { payload } = await bootPayload()
    const stored = await payload.create({
      collection: 'media',
      data: alt,
      file: { data: await pngImage(640, 480), name: 'servie.png', mimetype: 'image/png', size: 0 },
    })
    const url = `media/file/${stored.filename ?? ''}`
    const anonymous = await rest('GET', url)
    const editor = await rest('GET', url, { headers: await authHeader('editor') })
    expect(anonymous.status).toBe(403)
    expect(editor.status).toBe(200)
    expect(editor.headers.get('content-type')).toBe('image/png')
    expect(editor.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it('removes a photo’s EXIF data (place, device) from the stored file', async () => {
    const jpeg = await jpegWithExif('Pris au 12 rue Exemple')
    expect((await sharp(jpeg).metadata()).exif).toBeDefined()
    const response = await uploadAs(
      'editor',
      { data: jpeg, name: 'photo.jpg', type: 'image/jpeg' },
      alt,
    )
    expect(response.status).toBe(201)
    const { doc } = (await response.json()) as { doc: Media }
    const stored = await readFile(path.join(inject('mediaDir'), doc.filename ?? 'missing'))
    expect((await sharp(stored).metadata()).exif).toBeUndefined()
  })

  it.each([
    { name: 'logo.svg', type: 'image/svg+xml' },
    { name: 'logo.png', type: 'image/png' },
    { name: 'logo.jpg', type: 'application/octet-stream' },
    { name: 'logo.pdf', type: 'application/pdf' },
  ])('refuses an SVG uploaded as $name ($type)', async (declared) => {
    const before = await mediaCount()
    const response = await uploadAs('editor', { data: svgWithScript, ...declared }, alt)
    expect(response.status).toBe(400)
    const errors = await fieldErrorsOf(response)
    expect(errors.map((error) => error.path)).toEqual(['file'])
    expect(errors[0]?.message).toMatch(/SVG/)
    expect(await mediaCount()).toBe(before)
  })

  it('refuses an SVG through the Local API too', async () => {
    const { payload } = await bootPayload()
    const errors = await localFieldErrors(
      payload.create({
        collection: 'media',
        data: alt,
        file: { data: svgWithScript, name: 'logo.png', mimetype: 'image/png', size: 0 },
      }),
    )
    expect(errors.map((error) => error.path)).toEqual(['file'])
  })

  it('refuses a text file named .pdf', async () => {
    const before = await mediaCount()
    const text = Buffer.from('Ceci n’est pas un PDF, seulement du texte.\n')
    const response = await uploadAs('editor', {
      data: text,
      name: 'rapport.pdf',
      type: 'application/pdf',
    })
    expect(response.status).toBe(400)
    expect((await fieldErrorsOf(response)).map((error) => error.path)).toEqual(['file'])
    expect(await mediaCount()).toBe(before)
  })

  it('stores a PNG sent under a PDF name as the PNG it is', async () => {
    const response = await uploadAs(
      'editor',
      { data: await pngImage(300, 200), name: 'deguise.pdf', type: 'application/pdf' },
      alt,
    )
    expect(response.status).toBe(201)
    const { doc } = (await response.json()) as { doc: Media }
    expect(doc.mimeType).toBe('image/png')
    expect(doc.filename).toMatch(/^deguise.*\.png$/)
  })

  it('stores a PDF sent with a vague type as a PDF', async () => {
    const response = await uploadAs('editor', {
      data: pdfDocument(),
      name: 'compte-rendu.pdf',
      type: 'application/octet-stream',
    })
    expect(response.status).toBe(201)
    expect(((await response.json()) as { doc: Media }).doc.mimeType).toBe('application/pdf')
  })

  it('refuses a file over the size limit with a message naming the field and the limit', async () => {
    // Setup: one byte over the configured limit (MEDIA_MAX_MB, 20 by default)
    const { payload, config } = await bootPayload()
    const limit = config.upload.limits?.fileSize ?? 0
    const megabytes = limit / (1024 * 1024)
    const oversized = Buffer.concat([await pngImage(10, 10), Buffer.alloc(limit)])
    const before = await mediaCount()
    // Action: through REST (multipart) and through the Local API
    const response = await uploadAs(
      'editor',
      { data: oversized, name: 'tres-lourd.png', type: 'image/png' },
      alt,
    )
    const localErrors = await localFieldErrors(
      payload.create({
        collection: 'media',
        data: alt,
        file: {
          data: oversized,
          name: 'tres-lourd.png',
          mimetype: 'image/png',
          size: oversized.length,
        },
      }),
    )
    // Assert
    expect(response.status).toBe(413)
    const body = (await response.json()) as { errors?: { message?: string }[] }
    expect(body.errors?.[0]?.message).toMatch(new RegExp(`\\(file\\).*${megabytes} Mo`))
    expect(localErrors.map((error) => error.path)).toEqual(['file'])
    expect(localErrors[0]?.message).toContain(`${megabytes} Mo`)
    expect(await mediaCount()).toBe(before)
  })

  it('refuses an image without alternative text, naming the alt field', async () => {
    const before = await mediaCount()
    const response = await uploadAs('editor', {
      data: await pngImage(400, 300),
      name: 'sans-alt.png',
      type: 'image/png',
    })
    expect(response.status).toBe(400)
    const errors = await fieldErrorsOf(response)
    expect(errors.map((error) => error.path)).toEqual(['alt'])
    expect(errors[0]?.message).toMatch(/Décrivez l’image/)
    expect(await mediaCount()).toBe(before)
  })

  it('accepts a PDF without alternative text', async () => {
    const response = await uploadAs('editor', {
      data: pdfDocument(),
      name: 'rapport-annuel.pdf',
      type: 'application/pdf',
    })
    expect(response.status).toBe(201)
    const { doc } = (await response.json()) as { doc: Media }
    expect(doc).toMatchObject({ mimeType: 'application/pdf', filename: 'rapport-annuel.pdf' })
  })
})

describe('publication PDF', () => {
  async function storedMedia(kind: 'pdf' | 'image'): Promise<Media> {
    const { payload } = await bootPayload()
    return kind === 'pdf'
      ? payload.create({
          collection: 'media',
          data: {},
          file: { data: pdfDocument(), name: 'rapport.pdf', mimetype: 'application/pdf', size: 0 },
        })
      : payload.create({
          collection: 'media',
          data: alt,
          file: {
            data: await pngImage(200, 200),
            name: 'image.png',
            mimetype: 'image/png',
            size: 0,
          },
        })
  }

  const publication = {
    title: 'Rapport d’activité',
    kind: 'report' as const,
    origin: 'mist' as const,
    date: '2025-06-01',
    datePrecision: 'month' as const,
    _status: 'published' as const,
  }

  it('attaches a PDF to a publication', async () => {
    const { payload } = await bootPayload()
    const pdf = await storedMedia('pdf')
    const created = await payload.create({
      collection: 'publications',
      locale: 'fr',
      data: { ...publication, slug: 'rapport-avec-pdf', file: pdf.id },
      depth: 1,
    })
    expect(created.file).toMatchObject({ id: pdf.id, mimeType: 'application/pdf' })
  })

  it('refuses an image as a publication’s PDF, naming the file field (Local API and REST)', async () => {
    const { payload } = await bootPayload()
    const image = await storedMedia('image')
    const errors = await localFieldErrors(
      payload.create({
        collection: 'publications',
        locale: 'fr',
        data: { ...publication, slug: 'rapport-avec-image', file: image.id },
      }),
    )
    const response = await rest('POST', 'publications?locale=fr', {
      headers: { ...(await authHeader('editor')), 'Content-Type': 'application/json' },
      body: JSON.stringify({ ...publication, slug: 'rapport-avec-image-rest', file: image.id }),
    })
    expect(errors.map((error) => error.path)).toEqual(['file'])
    expect(errors[0]?.message).toMatch(/PDF/)
    expect(response.status).toBe(400)
    expect((await fieldErrorsOf(response)).map((error) => error.path)).toEqual(['file'])
  })
})

describe('media access', () => {
  it('lets anonymous visitors read no unused file and change none', async () => {
    const { payload } = await bootPayload()
    const stored = await payload.create({
      collection: 'media',
      data: {},
      file: { data: pdfDocument(), name: 'prive.pdf', mimetype: 'application/pdf', size: 0 },
    })
    const create = await uploadAs(null, {
      data: pdfDocument(),
      name: 'anonyme.pdf',
      type: 'application/pdf',
    })
    const list = (await (await rest('GET', 'media?limit=1000')).json()) as { docs: Media[] }
    const read = await rest('GET', `media/${stored.id}`)
    const update = await rest('PATCH', `media/${stored.id}`, {
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ alt: 'Changé' }),
    })
    const remove = await rest('DELETE', `media/${stored.id}`)
    expect(list.docs.map((doc) => doc.id)).not.toContain(stored.id)
    expect([create, read, update, remove].map((r) => r.status)).toEqual([403, 404, 403, 403])
    expect((await payload.findByID({ collection: 'media', id: stored.id })).alt ?? null).toBeNull()
  })

  it.each(['editor', 'admin'] as const)(
    'lets an %s create, read, update and delete media',
    async (role) => {
      const headers = await authHeader(role)
      const create = await uploadAs(role, {
        data: pdfDocument(),
        name: `${role}.pdf`,
        type: 'application/pdf',
      })
      expect(create.status).toBe(201)
      const { doc } = (await create.json()) as { doc: Media }
      const read = await rest('GET', `media/${doc.id}`, { headers })
      const update = await rest('PATCH', `media/${doc.id}?locale=en`, {
        headers: { ...headers, 'Content-Type': 'application/json' },
        body: JSON.stringify({ alt: 'Annual report' }),
      })
      const remove = await rest('DELETE', `media/${doc.id}`, { headers })
      const after = await rest('GET', `media/${doc.id}`, { headers })
      expect([read.status, update.status, remove.status, after.status]).toEqual([
        200, 200, 200, 404,
      ])
    },
  )
})

describe('public media: only what published content uses', () => {
  const publication = {
    title: 'Rapport public',
    kind: 'report' as const,
    origin: 'mist' as const,
    date: '2025-06-01',
    datePrecision: 'month' as const,
  }

  async function storedPdf(name: string): Promise<Media> {
    const { payload } = await bootPayload()
    return payload.create({
      collection: 'media',
      data: {},
      file: { data: pdfDocument(), name, mimetype: 'application/pdf', size: 0 },
    })
  }

  /** A Lexical value holding one paragraph and one upload node pointing at `mediaId`. */
  function textWithUpload(mediaId: number): NonNullable<Publication['body']> {
    const text = { type: 'text', version: 1, text: 'Affiche', format: 0, mode: 'normal', detail: 0 }
    const paragraph = { type: 'paragraph', version: 1, textFormat: 0, children: [text] }
    const upload = { type: 'upload', version: 3, relationTo: 'media', value: mediaId, fields: null }
    return {
      root: {
        type: 'root',
        version: 1,
        direction: null,
        format: '',
        indent: 0,
        children: [paragraph, upload],
      },
    }
  }

  const anonymousStatus = async (media: Media) =>
    (await rest('GET', `media/file/${media.filename ?? 'missing'}`)).status

  it('serves a publication’s PDF once the publication is published, and hides it again when unpublished', async () => {
    const { payload } = await bootPayload()
    const pdf = await storedPdf('rapport-a-publier.pdf')
    const draft = await payload.create({
      collection: 'publications',
      locale: 'fr',
      draft: true,
      data: { ...publication, slug: 'rapport-a-publier', file: pdf.id, _status: 'draft' },
    })
    const whileDraft = await anonymousStatus(pdf)
    await payload.update({
      collection: 'publications',
      id: draft.id,
      locale: 'fr',
      data: { _status: 'published' },
    })
    const oncePublished = await anonymousStatus(pdf)
    const listed = (await (await rest('GET', 'media?limit=1000')).json()) as { docs: Media[] }
    await payload.update({
      collection: 'publications',
      id: draft.id,
      locale: 'fr',
      data: { _status: 'draft' },
    })
    const onceUnpublished = await anonymousStatus(pdf)
    expect([whileDraft, oncePublished, onceUnpublished]).toEqual([403, 200, 403])
    expect(listed.docs.map((doc) => doc.id)).toContain(pdf.id)
  })

  it('serves an image placed in a published text, with its sizes, and not one added only in a later draft', async () => {
    const { payload } = await bootPayload()
    const image = await payload.create({
      collection: 'media',
      data: alt,
      file: {
        data: await pngImage(800, 600),
        name: 'dans-le-texte.png',
        mimetype: 'image/png',
        size: 0,
      },
    })
    const later = await payload.create({
      collection: 'media',
      data: alt,
      file: {
        data: await pngImage(300, 200),
        name: 'plus-tard.png',
        mimetype: 'image/png',
        size: 0,
      },
    })
    const withImage = await payload.create({
      collection: 'publications',
      locale: 'fr',
      data: {
        ...publication,
        title: 'Rapport avec une image',
        slug: 'rapport-avec-une-image',
        body: textWithUpload(image.id),
        _status: 'published',
      },
    })
    // A draft saved after publishing (autosave) swaps the image: the public still sees the published text.
    await payload.update({
      collection: 'publications',
      id: withImage.id,
      locale: 'fr',
      draft: true,
      data: { body: textWithUpload(later.id) },
    })
    const small = await rest('GET', `media/file/${image.sizes?.small?.filename ?? 'missing'}`)
    expect(await anonymousStatus(image)).toBe(200)
    expect(small.status).toBe(200)
    expect(await anonymousStatus(later)).toBe(403)
    const one = await rest('GET', `media/${image.id}?locale=fr`)
    expect(((await one.json()) as Media).alt).toBe(alt.alt)
  })

  it('serves an image placed in a published page’s text block, and not one only in a draft’s block', async () => {
    const { payload } = await bootPayload()
    const [inBlock, inDraftBlock] = await Promise.all(
      ['bloc-publie.png', 'bloc-brouillon.png'].map(async (name) =>
        payload.create({
          collection: 'media',
          data: alt,
          file: { data: await pngImage(400, 300), name, mimetype: 'image/png', size: 0 },
        }),
      ),
    )
    if (!inBlock || !inDraftBlock) throw new Error('images not stored')
    const textBlock = (mediaId: number) => ({
      blockType: 'rich-text' as const,
      content: textWithUpload(mediaId),
    })
    await payload.create({
      collection: 'pages',
      // French, where the image is described: publishing refuses an image without alternative text in its locale.
      locale: 'fr',
      data: {
        title: 'Page avec une image en bloc',
        layout: [textBlock(inBlock.id)],
        _status: 'published',
      },
    })
    await payload.create({
      collection: 'pages',
      locale: 'fr',
      draft: true,
      data: { title: 'Page en brouillon', layout: [textBlock(inDraftBlock.id)], _status: 'draft' },
    })
    expect(await anonymousStatus(inBlock)).toBe(200)
    expect(await anonymousStatus(inDraftBlock)).toBe(403)
  })
})
