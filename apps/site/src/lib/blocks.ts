/**
 * Pure steps of a page's blocks (the pages collection's `layout`, docs/decisions/026-page-blocks.md): where a
 * block's link leads in the page's locale, which trainings and advocacy items a block shows, and where the urgent
 * numbers are on the page. Everything comes from the content the build has already read (ids at depth 0):
 * blocks cost the build no request of their own.
 */
import {
  defaultLocale,
  documentPath,
  sectionPath,
  type Locale,
  type PageBlock,
  type PageDoc,
  type SiteDestination,
  type SiteLink,
  type TrainingDoc,
  type UrgentContact,
} from '@mist/schema'
import type { TFunction } from 'i18next'

import type { TimelineItem } from './timeline.ts'

/** The id of the urgent-numbers block's heading: the anchor the "urgent numbers" links lead to. */
export const urgentNumbersAnchor = 'urgent-numbers'
/** The id of the footer's urgent call-out heading (layouts/Base.astro), for pages without the block. */
export const footerUrgentAnchor = 'footer-urgent-heading'

/** A link ready to render: its address, its text, and the languages of both when not the page's. */
export interface BlockLink {
  href: string
  label: string
  /** The language of the page it leads to, when not the page's (a page not translated yet: French). */
  hreflang?: Locale
  /** The language of `label`, when not the page's (that French page's own title). */
  lang?: Locale
}

/** What resolving a block's links needs: the page's locale, the pages of every locale, the urgent numbers. */
export interface BlockLinkContext {
  locale: Locale
  /** Published pages of each locale (only those with a version there). */
  pages: Record<Locale, PageDoc[]>
  urgentContacts: UrgentContact[]
  /** The blocks of the page the links are on (where an urgent-numbers block may be). */
  layout: PageBlock[]
  t: TFunction
}

/**
 * A link to the page that `match`es, in the page's locale or, not translated yet, in French (ADR 005's rule
 * for internal links in rich text); its text is `own` (the editors', in the page's language), else `name`,
 * else the page's title (in the language of the page linked).
 */
function pageLink(
  context: BlockLinkContext,
  match: (page: PageDoc) => boolean,
  own: string | undefined,
  name?: string,
): BlockLink | undefined {
  for (const locale of [context.locale, defaultLocale]) {
    const page = context.pages[locale].find(match)
    if (!page) continue
    const href = documentPath('pages', locale, page)
    const other = locale === context.locale ? {} : { hreflang: locale }
    if (own || name) return { href, label: own || name || '', ...other }
    return {
      href,
      label: page.title?.trim() ?? '',
      ...other,
      ...(other.hreflang ? { lang: locale } : {}),
    }
  }
  return undefined
}

/** The anchor of the urgent numbers on the page: its own block, else the footer; none without numbers. */
export function urgentNumbersHref(
  layout: PageBlock[],
  urgentContacts: UrgentContact[],
): string | undefined {
  if (urgentContacts.length === 0) return undefined
  const hasBlock = layout.some((block) => block.blockType === 'urgent-numbers')
  return `#${hasBlock ? urgentNumbersAnchor : footerUrgentAnchor}`
}

/**
 * Where a block's link leads on the page's locale, with its text: the editors' own, else the chosen page's
 * title or the destination's usual name. A page without a version in this locale is linked in French (its
 * title then in French); a link with nowhere to go (an unpublished page, no urgent numbers, no professionals
 * page) is left out rather than broken.
 * @returns `undefined` when the link has nowhere to go
 */
export function resolveLink(link: SiteLink, context: BlockLinkContext): BlockLink | undefined {
  const { locale, t } = context
  const own = link.label?.trim() || undefined
  switch (link.destination) {
    case 'page': {
      const target = link.page
      if (target === null || target === undefined) return undefined
      return pageLink(context, (page) => page.id === target, own)
    }
    case 'appointment':
      return { href: sectionPath(locale, 'appointment'), label: own ?? t('appointmentForm.link') }
    case 'membership':
      return { href: sectionPath(locale, 'membership'), label: own ?? t('membershipForm.link') }
    case 'urgent-numbers': {
      const href = urgentNumbersHref(context.layout, context.urgentContacts)
      return href ? { href, label: own ?? t('blocks.urgentNumbers') } : undefined
    }
    case 'trainings':
      return pageLink(
        context,
        (page) => page.purpose === 'professionals',
        own,
        t('blocks.trainings'),
      )
    case 'advocacy':
      return pageLink(context, (page) => page.purpose === 'advocacy', own, t('blocks.advocacy'))
  }
}

/** True when one of the page's blocks links to `destination` (e.g. the appointment form). */
export function linksTo(layout: PageBlock[], destination: SiteDestination): boolean {
  return layout.some((block) => {
    if (block.blockType === 'call-to-action') return block.link.destination === destination
    if (block.blockType === 'audience-paths')
      return block.paths.some((path) => path.links.some((link) => link.destination === destination))
    return false
  })
}

/** The trainings a block features, in the editors' order, among those published in the locale. */
export function featuredTrainings(ids: number[], trainings: TrainingDoc[]): TrainingDoc[] {
  return ids.flatMap((id) => trainings.filter((training) => training.id === id))
}

/** The `count` newest items of the locale's advocacy timeline (already newest first). */
export function latestAdvocacy(timeline: TimelineItem[], count: number): TimelineItem[] {
  return timeline.slice(0, Math.max(0, count))
}
