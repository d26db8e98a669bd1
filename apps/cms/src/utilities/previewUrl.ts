import { defaultLocale, isLocale, previewPath, type PreviewCollection } from '@mist/schema'
import type { GeneratePreviewURL } from 'payload'

/**
 * The admin's Preview button for a collection: the document's draft in the locale the editor is working in,
 * at `/preview/<locale>/<collection>/<id>/` on the CMS's own origin (so the admin's session cookie goes with
 * it; see src/endpoints/previewProxy.ts). No button until the document has been saved once.
 */
export function previewUrlFor(collection: PreviewCollection): GeneratePreviewURL {
  return (doc, { locale }) => {
    const id = doc.id
    if (typeof id !== 'number') return null
    return previewPath(isLocale(locale) ? locale : defaultLocale, collection, id)
  }
}
