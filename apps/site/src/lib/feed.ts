/**
 * The RSS feed of a locale (issue 5): the publications and hearings that exist in that locale (the routes of
 * lib/site-data.ts follow the translation rule), newest first, each linking to its canonical address.
 */
import type { Locale } from '@mist/schema'

import type { SiteRoute } from './site-data.ts'

/** One item of a feed; `link` is absolute, with the site's trailing slash. */
export interface FeedItem {
  title: string
  link: string
  pubDate: Date
  description?: string
}

/**
 * The feed items of `locale`, newest first (by the text's own date, then by title for a stable order).
 * @param site the site's origin (`Astro.site`), against which the routes' paths become absolute
 */
export function feedItems(routes: readonly SiteRoute[], locale: Locale, site: URL): FeedItem[] {
  const items: FeedItem[] = []
  for (const route of routes) {
    if (route.locale !== locale) continue
    const doc =
      route.kind === 'publication'
        ? route.publication
        : route.kind === 'hearing'
          ? route.hearing
          : undefined
    if (!doc) continue
    items.push({
      title: doc.title ?? '',
      link: new URL(route.path, site).href,
      pubDate: new Date(doc.date),
      ...(doc.summary ? { description: doc.summary } : {}),
    })
  }
  return items.sort(
    (a, b) => b.pubDate.getTime() - a.pubDate.getTime() || a.title.localeCompare(b.title, locale),
  )
}
