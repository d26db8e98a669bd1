/**
 * The RSS feed of a locale (issue 5): the newest publications and hearings that exist in that locale (the
 * routes of lib/site-data.ts follow the translation rule), newest first, each linking to its canonical address.
 */
import type { Locale } from '@mist/schema'

import type { SiteRoute } from './site-data.ts'

/**
 * Items in a feed. Feed readers fetch a feed again and again and show what is new since their last visit, so a
 * feed needs the recent items only, not the archive (the timeline and the library have that): fifty is more
 * than Mist publishes between two visits of any reader, and the file stays the same size however many texts
 * the site holds.
 */
export const feedLength = 50

/** One item of a feed; `link` is absolute, with the site's trailing slash. */
export interface FeedItem {
  title: string
  link: string
  pubDate: Date
  description?: string
}

/**
 * The {@link feedLength} newest feed items of `locale`, newest first (by the text's own date, then by title for
 * a stable order).
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
  return items
    .sort(
      (a, b) => b.pubDate.getTime() - a.pubDate.getTime() || a.title.localeCompare(b.title, locale),
    )
    .slice(0, feedLength)
}
