import type { TextFieldSingleValidation } from 'payload'

import { say } from '../../utilities/say.ts'

/**
 * Alternative text is required for images (WCAG 2.2, success criterion 1.1.1) and not for PDFs, whose title
 * and content speak for themselves. Checked in the locale being saved, as `required` would be.
 */
export const validateAlt: TextFieldSingleValidation = (value, { siblingData, req }) => {
  const mimeType = (siblingData as { mimeType?: unknown }).mimeType
  if (typeof mimeType !== 'string' || !mimeType.startsWith('image/')) return true
  if (typeof value === 'string' && value.trim() !== '') return true
  return say(
    req,
    'Décrivez l’image pour les personnes qui ne la voient pas.',
    'Describe the image for people who cannot see it.',
  )
}
