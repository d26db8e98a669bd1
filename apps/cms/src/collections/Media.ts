import type { CollectionConfig } from 'payload'

import { isStaff } from '../access/isStaff.ts'

export const mediaSlug = 'media'

/** Images and PDFs that editors upload. Image sizes, S3 storage and size limits come with the editors' issue. */
export const Media: CollectionConfig = {
  slug: mediaSlug,
  labels: { singular: { fr: 'Fichier', en: 'File' }, plural: { fr: 'Fichiers', en: 'Files' } },
  // Staff only until the public site shows media: an uploaded draft document must not be downloadable by anyone.
  access: { read: isStaff, create: isStaff, update: isStaff, delete: isStaff },
  upload: {
    staticDir: process.env.MEDIA_DIR ?? 'media',
    mimeTypes: ['image/png', 'image/jpeg', 'image/webp', 'application/pdf'],
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      required: true,
      localized: true,
      label: { fr: 'Texte alternatif', en: 'Alternative text' },
      admin: {
        description: {
          fr: 'Ce que montre l’image, pour les personnes qui ne la voient pas.',
          en: 'What the image shows, for people who cannot see it.',
        },
      },
    },
  ],
}
