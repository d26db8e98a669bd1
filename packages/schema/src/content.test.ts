import { describe, expect, it } from 'vitest'

import { PublicationDocSchema } from './content.ts'

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
