import type { UploadField, UploadFieldSingleValidation } from 'payload'

import { mediaSlug } from '../collections/Media/index.ts'
import { say } from '../utilities/say.ts'

const pdfMimeType = 'application/pdf'

function mediaIdOf(value: unknown): number | string | null {
  if (typeof value === 'number' || typeof value === 'string') return value
  if (typeof value === 'object' && value !== null && 'id' in value) {
    const id: unknown = value.id
    if (typeof id === 'number' || typeof id === 'string') return id
  }
  return null
}

/**
 * The chosen file must be a PDF stored in media. `filterOptions` only narrows the admin's picker: an API
 * client can send any media id, so the server reads the chosen file's type itself.
 */
export const validatePdfFile: UploadFieldSingleValidation = async (value, { event, req }) => {
  const id = mediaIdOf(value)
  if (id === null || event === 'onChange') return true
  const media = await req.payload
    .findByID({ collection: mediaSlug, id, depth: 0, overrideAccess: true, req })
    .catch(() => null)
  if (media?.mimeType === pdfMimeType) return true
  return say(
    req,
    'Choisissez un fichier PDF dans la médiathèque (pas une image).',
    'Choose a PDF file from the media library (not an image).',
  )
}

/** An optional, localized PDF from media: each language can have its own version of the document. */
export function pdfFileField(overrides: Partial<UploadField> = {}): UploadField {
  return {
    name: 'file',
    type: 'upload',
    relationTo: mediaSlug,
    localized: true,
    label: { fr: 'Document PDF', en: 'PDF document' },
    filterOptions: { mimeType: { equals: pdfMimeType } },
    validate: validatePdfFile,
    admin: {
      description: {
        fr: 'Le document à télécharger, s’il existe, dans la langue de cette version. PDF uniquement.',
        en: 'The document to download, if there is one, in this version’s language. PDF only.',
      },
    },
    ...overrides,
  } as UploadField
}
