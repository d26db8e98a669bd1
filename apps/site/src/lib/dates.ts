import type { DatePrecision, Locale } from '@mist/schema'

const intlLocale: Record<Locale, string> = { fr: 'fr-FR', en: 'en-GB' }

/**
 * A stored date as people read it: "18 février 2022", or only the month ("juin 2023") when the source gave
 * only a month. Dates are calendar dates stored at UTC midnight, so they are formatted in UTC.
 */
export function formatDate(iso: string, precision: DatePrecision, locale: Locale): string {
  return formatter(precision, locale).format(new Date(iso))
}

/** One formatter per locale and precision: creating an Intl.DateTimeFormat costs far more than formatting. */
const formatters = new Map<string, Intl.DateTimeFormat>()

function formatter(precision: DatePrecision, locale: Locale): Intl.DateTimeFormat {
  const key = `${locale}:${precision}`
  const existing = formatters.get(key)
  if (existing) return existing
  const options: Intl.DateTimeFormatOptions =
    precision === 'month'
      ? { month: 'long', year: 'numeric', timeZone: 'UTC' }
      : { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }
  const created = new Intl.DateTimeFormat(intlLocale[locale], options)
  formatters.set(key, created)
  return created
}

/** `YYYY-MM-DD` or `YYYY-MM`, for `<time datetime>`. */
export function machineDate(iso: string, precision: DatePrecision): string {
  return precision === 'month' ? iso.slice(0, 7) : iso.slice(0, 10)
}
