import type { Locale, PublicationDoc } from '@mist/schema'

import { publicCmsUrl } from './cms.ts'
import { formatFileSize } from './file-size.ts'

/** A publication's PDF as the site links it: the CMS's address of the file, and its size when known. */
export interface PublicationPdf {
  href: string
  /** e.g. "1,5 Mo"; `null` when the CMS did not send the size. */
  size: string | null
}

/**
 * The publication's PDF link, or `undefined` when the CMS sent no populated file. Media is readable by staff
 * only today and the site reads at depth 0, so the build usually gets only the file's id: no link then.
 */
export function publicationPdf(
  publication: PublicationDoc,
  locale: Locale,
): PublicationPdf | undefined {
  const file = typeof publication.file === 'object' ? publication.file : undefined
  if (!file?.url) return undefined
  return {
    href: new URL(file.url, publicCmsUrl()).href,
    size: typeof file.filesize === 'number' ? formatFileSize(file.filesize, locale) : null,
  }
}
