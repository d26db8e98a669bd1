import { homePath, pagePath, pagePurposes, type Locale } from '@mist/schema'

import type { LocaleContent } from './site-data.ts'

export interface NavItem {
  label: string
  href: string
}

/** Header menu of a locale: its section pages in the order of `pagePurposes`, home first. */
export function mainNavigation(content: LocaleContent, locale: Locale): NavItem[] {
  const items: NavItem[] = []
  for (const purpose of pagePurposes) {
    const page = content.pages.find((candidate) => candidate.purpose === purpose)
    if (!page?.title || !page.slug) continue
    items.push({
      label: page.title,
      href: purpose === 'home' ? homePath(locale) : pagePath(locale, page.slug),
    })
  }
  return items
}
