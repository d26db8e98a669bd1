import type { TFunction } from 'i18next'

import type { SiteRoute } from './site-data.ts'
import { timelineFilterLabel } from './timeline.ts'
import { trainingFilterLabel } from './trainings.ts'

/**
 * A list's page 2 and after: the list's title followed by the page number ("Nos formations — page 2"), so each
 * page of a list has a title of its own in tabs, history and search results.
 */
function withListPage(title: string, listPage: number, t: TFunction): string {
  return listPage > 1 ? `${title} — ${t('pagination.pageTitle', { number: listPage })}` : title
}

/** What the layout needs to know about a route: its title, meta description and whether robots may index it. */
export interface RouteMeta {
  title: string
  description: string | null | undefined
  noindex: boolean
  /** OpenGraph type: `article` for dated texts (publications, hearings), `website` otherwise. */
  ogType: 'website' | 'article'
}

/** A CMS page's meta: the advocacy and trainings pages also head a list, whose page 2+ say their number. */
function pageMeta(
  page: Extract<SiteRoute, { kind: 'page' }>['page'],
  listPage: number,
  t: TFunction,
): RouteMeta {
  return {
    title: withListPage(page.meta?.title || page.title || '', listPage, t),
    description: page.meta?.description || page.summary || t('site.tagline'),
    noindex: false,
    ogType: 'website',
  }
}

/**
 * The title, description and indexing of a route; shared by the public pages and the preview of a draft.
 * Editors' search-engine texts (SEO plugin's `meta`, per locale) win; otherwise the title and the summary, and
 * for a text without a summary, the site's tagline (a page without any description is marked down by audits).
 * Pages robots may not index get a description too (from the UI texts): search engines do not list them,
 * but browsers, link previews and audits (Lighthouse SEO) read it.
 * The pages of a list after the first (lib/pagination.ts) are indexable when the list is, each its own
 * canonical: they are how robots and readers reach older items.
 * @param t the translation function of the route's locale (form results and the 404 page have UI titles)
 */
export function routeMeta(route: SiteRoute, t: TFunction): RouteMeta {
  switch (route.kind) {
    case 'page':
      return pageMeta(route.page, 1, t)
    case 'publication':
      return {
        title: route.publication.meta?.title || route.publication.title || '',
        description:
          route.publication.meta?.description || route.publication.summary || t('site.tagline'),
        noindex: false,
        ogType: 'article',
      }
    case 'hearing':
      return {
        title: route.hearing.meta?.title || route.hearing.title || '',
        description: route.hearing.meta?.description || route.hearing.summary || t('site.tagline'),
        noindex: false,
        ogType: 'article',
      }
    case 'training':
      return {
        title: route.training.meta?.title || route.training.title || '',
        description:
          route.training.meta?.description || route.training.description || t('site.tagline'),
        noindex: false,
        ogType: 'website',
      }
    case 'publications':
      return {
        title: withListPage(t('advocacy.library'), route.listPage, t),
        description: t('advocacy.libraryDescription'),
        noindex: false,
        ogType: 'website',
      }
    case 'timeline': {
      if (!route.filter) return pageMeta(route.page, route.listPage, t)
      // A filter page is a subset of the advocacy page's timeline, not a copy of it (so no canonical to it),
      // and search engines should send people to the whole timeline: noindex, links still followed.
      const label = timelineFilterLabel(route.filter, t)
      return {
        title: withListPage(`${t('advocacy.timeline')} · ${label}`, route.listPage, t),
        description: t('advocacy.filterDescription', { filter: label }),
        noindex: true,
        ogType: 'website',
      }
    }
    case 'trainings': {
      if (!route.filter) return pageMeta(route.page, route.listPage, t)
      // Like the timeline's filter pages: a subset of the catalogue, noindex, links followed.
      const label = trainingFilterLabel(route.filter, t)
      return {
        title: withListPage(`${t('trainings.list')} · ${label}`, route.listPage, t),
        description: t('trainings.filterDescription', { filter: label }),
        noindex: true,
        ogType: 'website',
      }
    }
    case 'form':
      // A neutral title (it stays in the browser's history and tabs), and no indexing: a form page is a
      // step, not content.
      return {
        title: t(`${route.form}Form.title`),
        description: t(`${route.form}Form.description`),
        noindex: true,
        ogType: 'website',
      }
    case 'form-result':
      return {
        title: t(route.result === 'thanks' ? 'form.thanksTitle' : 'form.invalidTitle'),
        description: t(route.result === 'thanks' ? 'form.thanksBody' : 'form.invalidDescription'),
        noindex: true,
        ogType: 'website',
      }
    case 'statement':
      return {
        title: t(`statements.${route.statement}.title`),
        description: t(`statements.${route.statement}.description`),
        noindex: false,
        ogType: 'website',
      }
    case 'not-found':
      return {
        title: t('notFound.title'),
        description: t('notFound.body'),
        noindex: true,
        ogType: 'website',
      }
    case 'search':
      // A search page shows nothing of its own to index; results are other pages, which robots reach anyway.
      return {
        title: t('search.title'),
        description: t('search.description'),
        noindex: true,
        ogType: 'website',
      }
    case 'redirect':
      return { title: '', description: undefined, noindex: true, ogType: 'website' }
  }
}
