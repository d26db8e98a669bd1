import type { CollectionConfig } from 'payload'

import { anyone } from '../access/anyone.ts'
import { isStaff } from '../access/isStaff.ts'

export const mediaSlug = 'media'

/** Images and PDFs that editors upload. Image sizes, S3 storage and size limits come with the editors' issue. */
export const Media: CollectionConfig = {
  slug: mediaSlug,
  labels: { singular: { fr: 'Fichier', en: 'File' }, plural: { fr: 'Fichiers', en: 'Files' } },
  access: { read: anyone, create: isStaff, update: isStaff, delete: isStaff },
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
