import {
  homePath,
  pagePath,
  pagePurposes,
  type Locale,
  type NavigationLink,
  type PageDoc,
} from '@mist/schema'
import type { TFunction } from 'i18next'

import type { LocaleContent } from './site-data.ts'

export interface NavItem {
  label: string
  href: string
  /** True for a link to another site (opened in the same tab, with rel=noopener noreferrer). */
  external: boolean
}

type MenuContent = Pick<LocaleContent, 'pages' | 'navigation'>

const pageHref = (page: PageDoc, locale: Locale): string | undefined => {
  if (page.purpose === 'home') return homePath(locale)
  return page.slug ? pagePath(locale, page.slug) : undefined
}

/**
 * The short name of a section page in menus and breadcrumbs ("Plaidoyer" for "Recommandations aux pouvoirs
 * publics"), from the UI strings of the locale (`sections.<purpose>`); a page without a role, or a role
 * without a short name in this locale, is named by its title.
 */
export function sectionLabel(page: PageDoc, t: TFunction): string {
  const key = `sections.${page.purpose ?? ''}`
  const short = page.purpose ? t(key, { defaultValue: '' }) : ''
  return short || page.title?.trim() || ''
}

/**
 * Editors' links as menu items. A link to a page that does not exist in this locale (not translated, not
 * published) is left out rather than pointing at a missing address; an empty label falls back to the page's
 * title.
 */
function fromLinks(links: NavigationLink[], content: MenuContent, locale: Locale): NavItem[] {
  const items: NavItem[] = []
  for (const link of links) {
    const label = link.label?.trim()
    if (typeof link.page === 'number') {
      const page = content.pages.find((candidate) => candidate.id === link.page)
      const href = page ? pageHref(page, locale) : undefined
      const text = label || page?.title?.trim()
      if (href && text) items.push({ label: text, href, external: false })
    } else if (link.url && label) {
      items.push({ label, href: link.url, external: true })
    }
  }
  return items
}

/**
 * Header menu of a locale: the editors' menu (navigation global) when they wrote one for it, otherwise its
 * section pages in the order of `pagePurposes`, by their short names ({@link sectionLabel}). The home page is
 * not in the default menu: the wordmark in the header leads there on every page.
 */
export function mainNavigation(content: MenuContent, locale: Locale, t: TFunction): NavItem[] {
  const written = fromLinks(content.navigation.header ?? [], content, locale)
  if (written.length > 0) return written
  const items: NavItem[] = []
  for (const purpose of pagePurposes) {
    if (purpose === 'home') continue
    const page = content.pages.find((candidate) => candidate.purpose === purpose)
    const href = page ? pageHref(page, locale) : undefined
    const label = page ? sectionLabel(page, t) : ''
    if (label && href) items.push({ label, href, external: false })
  }
  return items
}

/** Footer menu of a locale, as written by editors (empty by default). */
export function footerNavigation(content: MenuContent, locale: Locale): NavItem[] {
  return fromLinks(content.navigation.footer ?? [], content, locale)
}
