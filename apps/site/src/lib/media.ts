/**
 * Media (images, PDFs) as pages show them. The CMS lets the public read only the media that published
 * content uses (docs/decisions/009-media.md); the build reads that list once per locale, for the alternative
 * text written in each language. Files stay on the CMS: links and `<img>` point at its public URL.
 */
import { defaultLocale, type Locale, type MediaDoc } from '@mist/schema'

/** A media file ready for a page. */
export interface PublicMedia {
  id: number
  /** Absolute URL of the file (for an image: its re-encoded original). */
  href: string
  mimeType: string | null
  /** Bytes, when the CMS sent them. */
  filesize: number | null
  filename: string | null
  /** The image description in the page's locale, else in French (see `altLocale`); `''` when none exists. */
  alt: string
  /** Set when `alt` is written in another language than the page's: the `lang` of the `<img>`. */
  altLocale: Locale | null
  /** Pixels; `null` for PDFs. */
  width: number | null
  height: number | null
  /** `srcset` of an image's sizes and original, narrowest first (`"… 480w, … 960w"`); `null` for PDFs. */
  srcset: string | null
  /** The narrowest file of an image: the `src` for browsers that ignore `srcset`. */
  src: string
}

/** Looks a media id up for a page in `locale`; `undefined` when the public cannot read it. */
export type MediaOf = (id: number, locale: Locale) => PublicMedia | undefined

function absolute(url: string | null | undefined, base: string): string | null {
  if (!url) return null
  try {
    return new URL(url, `${base}/`).href
  } catch {
    return null
  }
}

/**
 * Builds the lookup from each locale's media list (as read with `fallback-locale=none`).
 * @param base the CMS's public URL, e.g. `https://cms.example.org`
 */
export function mediaLookup(media: Partial<Record<Locale, MediaDoc[]>>, base: string): MediaOf {
  const byLocale = new Map<Locale, Map<number, MediaDoc>>()
  for (const [locale, docs] of Object.entries(media) as Array<[Locale, MediaDoc[]]>) {
    byLocale.set(locale, new Map(docs.map((doc) => [doc.id, doc])))
  }
  return (id, locale) => {
    const doc = byLocale.get(locale)?.get(id) ?? byLocale.get(defaultLocale)?.get(id)
    const href = absolute(doc?.url, base)
    if (!doc || !href) return undefined
    const own = byLocale.get(locale)?.get(id)?.alt?.trim()
    const french = byLocale.get(defaultLocale)?.get(id)?.alt?.trim()
    const alt = own || french || ''
    const sizes = [doc.sizes?.small, doc.sizes?.medium, doc.sizes?.large]
      .map((size) => ({ url: absolute(size?.url, base), width: size?.width }))
      .filter((size): size is { url: string; width: number } => !!size.url && !!size.width)
    const isImage = (doc.mimeType ?? '').startsWith('image/') && !!doc.width && !!doc.height
    const candidates = isImage ? [...sizes, { url: href, width: doc.width ?? 0 }] : []
    return {
      id: doc.id,
      href,
      mimeType: doc.mimeType ?? null,
      filesize: doc.filesize ?? null,
      filename: doc.filename ?? null,
      alt,
      altLocale: !own && french ? defaultLocale : null,
      width: isImage ? (doc.width ?? null) : null,
      height: isImage ? (doc.height ?? null) : null,
      srcset: isImage
        ? candidates.map((candidate) => `${candidate.url} ${candidate.width}w`).join(', ')
        : null,
      src: candidates[0]?.url ?? href,
    }
  }
}
