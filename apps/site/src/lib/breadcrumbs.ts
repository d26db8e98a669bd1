/**
 * The breadcrumbs of a route (DSFR and GOV.UK's breadcrumbs pattern): the way up from a page to the home of its
 * locale, through the section page it belongs to, ending with the page itself. The home page has none.
 */
import { documentPath, homePath, sectionPath, type Locale, type PagePurpose } from '@mist/schema'
import type { TFunction } from 'i18next'

import { sectionLabel } from './navigation.ts'
import type { LocaleContent, SiteRoute } from './site-data.ts'

/** One step of the trail; `href` is absent on the last one, the current page. */
export interface Crumb {
  label: string
  href?: string
}

/**
 * The trail from the home of the route's locale to the route, e.g. Accueil › Plaidoyer › (the hearing).
 * A section page that does not exist in the locale (untranslated, unpublished) is left out of the trail.
 * @param content the route locale's content (its section pages)
 * @param title the route's title as the layout shows it (`routeMeta`)
 * @param t the translation function of the route's locale
 * @returns an empty list for the home page and for redirect stubs
 */
export function breadcrumbs(
  route: SiteRoute,
  content: Pick<LocaleContent, 'pages'>,
  title: string,
  t: TFunction,
): Crumb[] {
  const locale: Locale = route.locale
  if (route.kind === 'redirect') return []
  if (route.kind === 'page' && route.page.purpose === 'home') return []
  const section = (purpose: PagePurpose): Crumb[] => {
    const page = content.pages.find((candidate) => candidate.purpose === purpose)
    return page?.slug
      ? [{ label: sectionLabel(page, t), href: documentPath('pages', locale, page) }]
      : []
  }
  const up: Crumb[] = [{ label: t('site.home'), href: homePath(locale) }]
  switch (route.kind) {
    case 'publication':
      up.push(...section('advocacy'), {
        label: t('advocacy.library'),
        href: sectionPath(locale, 'publications'),
      })
      break
    case 'hearing':
    case 'publications':
      up.push(...section('advocacy'))
      break
    case 'timeline':
      // Page 2 and after of the whole timeline are under the advocacy page; a filter page too.
      up.push(...section('advocacy'))
      break
    case 'training':
    case 'trainings':
      up.push(...section('professionals'))
      break
    case 'form':
      up.push(...section(route.form === 'appointment' ? 'victims' : 'membership-contact'))
      break
    default:
      break
  }
  return [...up, { label: title }]
}
