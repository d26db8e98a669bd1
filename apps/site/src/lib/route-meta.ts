import type { TFunction } from 'i18next'

import type { SiteRoute } from './site-data.ts'

/** What the layout needs to know about a route: its title, meta description and whether robots may index it. */
export interface RouteMeta {
  title: string
  description: string | null | undefined
  noindex: boolean
}

/**
 * The title, description and indexing of a route; shared by the public pages and the preview of a draft.
 * @param t the translation function of the route's locale (form results and the 404 page have UI titles)
 */
export function routeMeta(route: SiteRoute, t: TFunction): RouteMeta {
  switch (route.kind) {
    case 'page':
      return {
        title: route.page.seo?.title || route.page.title || '',
        description: route.page.seo?.description || route.page.summary,
        noindex: false,
      }
    case 'publication':
      return {
        title: route.publication.title ?? '',
        description: route.publication.summary,
        noindex: false,
      }
    case 'hearing':
      return {
        title: route.hearing.title ?? '',
        description: route.hearing.summary,
        noindex: false,
      }
    case 'training':
      return {
        title: route.training.title ?? '',
        description: route.training.description,
        noindex: false,
      }
    case 'form-result':
      return {
        title: t(route.result === 'thanks' ? 'form.thanksTitle' : 'form.invalidTitle'),
        description: undefined,
        noindex: true,
      }
    case 'not-found':
      return { title: t('notFound.title'), description: undefined, noindex: true }
  }
}
