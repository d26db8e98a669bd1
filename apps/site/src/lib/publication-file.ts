import type { Locale, PublicationDoc } from '@mist/schema'

import { formatFileSize } from './file-size.ts'
import type { MediaOf } from './media.ts'

/** A publication's PDF as the site links it: the CMS's address of the file, and its size when known. */
export interface PublicationPdf {
  href: string
  /** e.g. "1,5 Mo"; `null` when the CMS did not send the size. */
  size: string | null
}

/**
 * The publication's PDF link in `locale`, or `undefined` when it has none the public may read (the CMS serves
 * a publication's file once the publication is published: docs/decisions/009-media.md).
 */
export function publicationPdf(
  publication: PublicationDoc,
  locale: Locale,
  mediaOf: MediaOf,
): PublicationPdf | undefined {
  const id = typeof publication.file === 'object' ? publication.file?.id : publication.file
  const file = typeof id === 'number' ? mediaOf(id, locale) : undefined
  if (!file) return undefined
  return {
    href: file.href,
    size: file.filesize === null ? null : formatFileSize(file.filesize, locale),
  }
}
