import { describe, expect, it } from 'vitest'

import { PageDocSchema, PublicationDocSchema } from './content.ts'

const publication = {
  id: 7,
  kind: 'report',
  origin: 'mist',
  date: '2025-06-01T00:00:00.000Z',
  datePrecision: 'day',
  title: 'Rapport annuel',
  slug: 'rapport-annuel',
  updatedAt: '2025-06-02T10:00:00.000Z',
}

describe('publication shape', () => {
  it('reads a publication with no PDF, a PDF id (depth 0) or the populated PDF', () => {
    expect(PublicationDocSchema.safeParse(publication).success).toBe(true)
    expect(PublicationDocSchema.safeParse({ ...publication, file: null }).success).toBe(true)
    expect(PublicationDocSchema.safeParse({ ...publication, file: 12 }).success).toBe(true)
    const populated = PublicationDocSchema.parse({
      ...publication,
      file: {
        id: 12,
        url: '/api/media/file/rapport-annuel.pdf',
        filename: 'rapport-annuel.pdf',
        filesize: 482_113,
        mimeType: 'application/pdf',
      },
    })
    expect(populated.file).toMatchObject({ filesize: 482_113, mimeType: 'application/pdf' })
  })

  it('refuses a PDF reference that is neither an id nor a media object', () => {
    expect(PublicationDocSchema.safeParse({ ...publication, file: 'rapport.pdf' }).success).toBe(
      false,
    )
  })
})

describe('page blocks shape', () => {
  const page = { id: 1, title: 'Accueil', slug: 'accueil', updatedAt: '2025-06-02T10:00:00.000Z' }

  it('reads a page without blocks, as pages were before blocks existed', () => {
    expect(PageDocSchema.safeParse(page).success).toBe(true)
    expect(PageDocSchema.safeParse({ ...page, layout: null }).success).toBe(true)
    expect(PageDocSchema.safeParse({ ...page, layout: [] }).success).toBe(true)
  })

  it('reads a link to a page by its id (depth 0) and to a fixed destination', () => {
    const parsed = PageDocSchema.parse({
      ...page,
      layout: [
        {
          id: '6750a1',
          blockType: 'audience-paths',
          paths: [
            {
              heading: 'Vous êtes victime ou proche',
              links: [{ destination: 'appointment' }, { destination: 'page', page: 2 }],
            },
          ],
        },
      ],
    })
    expect(parsed.layout?.[0]).toMatchObject({ paths: [{ links: [{}, { page: 2 }] }] })
  })

  it('refuses a block the site does not know, naming where it is', () => {
    const parsed = PageDocSchema.safeParse({ ...page, layout: [{ blockType: 'carousel' }] })
    expect(parsed.success).toBe(false)
    expect(parsed.error?.issues[0]?.path).toEqual(['layout', 0, 'blockType'])
  })

  it('refuses a published block whose required heading is empty', () => {
    const parsed = PageDocSchema.safeParse({
      ...page,
      layout: [{ blockType: 'latest-advocacy', heading: '  ', count: 3 }],
    })
    expect(parsed.success).toBe(false)
  })
})
