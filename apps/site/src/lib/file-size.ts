import type { Locale } from '@mist/schema'

const intlLocale: Record<Locale, string> = { fr: 'fr-FR', en: 'en-GB' }

/**
 * A file size as readers expect it beside a download link: "340 kB" / "340 ko", "1.5 MB" / "1,5 Mo". Binary
 * multiples (1 MB = 1,048,576 bytes), as the CMS counts its upload limit (`MEDIA_MAX_MB`).
 * @param bytes size in bytes (the media's `filesize`)
 */
export function formatFileSize(bytes: number, locale: Locale): string {
  const [value, unit] =
    bytes >= 1024 * 1024
      ? [bytes / (1024 * 1024), 'megabyte']
      : bytes >= 1024
        ? [bytes / 1024, 'kilobyte']
        : [bytes, 'byte']
  return new Intl.NumberFormat(intlLocale[locale], {
    style: 'unit',
    unit,
    unitDisplay: 'short',
    maximumFractionDigits: unit === 'megabyte' ? 1 : 0,
  }).format(value)
}
