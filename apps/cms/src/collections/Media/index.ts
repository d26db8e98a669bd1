import type { CollectionConfig, ImageSize } from 'payload'

import { usedByPublishedOrStaff } from './access/usedByPublishedOrStaff.ts'
import { checkUploadedFile } from './hooks/checkUploadedFile.ts'
import { validateAlt } from './validateAlt.ts'

import { isStaff } from '../../access/isStaff.ts'

export const mediaSlug = 'media'

/**
 * What editors may upload: raster images and PDFs. No SVG: script inside an SVG runs on the CMS origin when the
 * file is opened, and the file's own bytes decide its type (hooks/checkUploadedFile.ts).
 */
export const mediaMimeTypes = [
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/avif',
  'image/gif',
  'application/pdf',
]

/**
 * Widths for a text site read mostly on phones: 480 (phone), 960 (phone at 2× or tablet), 1600 (wide screens).
 * WebP, about a third lighter than JPEG at equal quality. With no height and `withoutEnlargement` left unset,
 * Payload skips a size wider than the original instead of enlarging it (its size fields stay empty).
 */
const imageSizes: ImageSize[] = [
  { name: 'small', width: 480 },
  { name: 'medium', width: 960 },
  { name: 'large', width: 1600 },
].map((size) => ({ ...size, formatOptions: { format: 'webp', options: { quality: 80 } } }))

/** Images and PDFs that editors upload, with image sizes made by sharp; local disk or S3 (plugins/storage.ts). */
export const Media: CollectionConfig = {
  slug: mediaSlug,
  labels: { singular: { fr: 'Fichier', en: 'File' }, plural: { fr: 'Fichiers', en: 'Files' } },
  admin: {
    description: {
      fr: 'Images (JPEG, PNG, WebP, AVIF, GIF) et documents PDF. Un fichier devient public quand un contenu publié l’utilise ; les autres restent privés.',
      en: 'Images (JPEG, PNG, WebP, AVIF, GIF) and PDF documents. A file becomes public when published content uses it; the others stay private.',
    },
  },
  // The public reads only what published content shows: a PDF attached to a draft must not be downloadable.
  access: {
    read: usedByPublishedOrStaff(mediaSlug),
    create: isStaff,
    update: isStaff,
    delete: isStaff,
  },
  hooks: { beforeOperation: [checkUploadedFile] },
  upload: {
    staticDir: process.env.MEDIA_DIR ?? 'media',
    mimeTypes: mediaMimeTypes,
    imageSizes,
    adminThumbnail: 'small',
    // Re-encoding the original through sharp drops its metadata: a phone photo's EXIF can hold where it was taken.
    resizeOptions: { width: 3200, height: 3200, fit: 'inside', withoutEnlargement: true },
    // Nothing on this site needs art direction; fewer controls for editors.
    focalPoint: false,
    crop: false,
    // Files come from the editor's computer only: no server-side fetch of a pasted URL.
    pasteURL: false,
    // Browsers must not guess another type (e.g. HTML) than the one the CMS checked and serves.
    modifyResponseHeaders: ({ headers }) => {
      headers.set('X-Content-Type-Options', 'nosniff')
      return headers
    },
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      localized: true,
      validate: validateAlt,
      label: { fr: 'Texte alternatif', en: 'Alternative text' },
      admin: {
        description: {
          fr: 'Décrivez l’image pour les personnes qui ne la voient pas : ce qu’elle montre, en une phrase. Obligatoire pour les images, inutile pour les PDF.',
          en: 'Describe the image for people who cannot see it: what it shows, in one sentence. Required for images, not needed for PDFs.',
        },
      },
    },
  ],
}
