/**
 * What the sitemap lists, from the route table: every page robots may index, with its translations as
 * `xhtml:link` alternates. Written by the build as `sitemap-pages.json` and read by astro.config.mjs, because
 * @astrojs/sitemap's own `i18n` option pairs pages by identical paths after the locale (`/fr/x/` with
 * `/en/x/`), while Mist's slugs differ per locale (`/fr/auditions/x/` is `/en/hearings/y/`).
 */
import { defaultLocale, locales } from '@mist/schema'

import type { SiteRoute } from './site-data.ts'

/** One alternate of a page: `lang` is a locale code or `x-default`; `url` is a path of the site. */
export interface SitemapLink {
  lang: string
  url: string
}

/** `sitemap-pages.json`: the indexable paths, each with its alternates (empty without a translation). */
export interface SitemapPagesFile {
  pages: Record<string, SitemapLink[]>
}

/** File name of {@link SitemapPagesFile} at the root of a built site (removed once the sitemap is written). */
export const sitemapPagesFileName = 'sitemap-pages.json'

/**
 * The sitemap's pages: routes for which `indexed` is true (not redirect stubs, form results, the 404 page or
 * the filter pages). Alternates pair only real translations, matched by document: a page in one locale only
 * gets none, and a translated page lists every locale it exists in, itself included, plus `x-default` to its
 * French version (the same rule as the hreflang links in the pages' <head>).
 */
export function sitemapPages(
  routes: SiteRoute[],
  indexed: (route: SiteRoute) => boolean,
): SitemapPagesFile {
  const pages: SitemapPagesFile['pages'] = {}
  for (const route of routes) {
    if (!indexed(route)) continue
    const translated = locales.filter((locale) => route.alternates[locale] !== undefined)
    const links: SitemapLink[] = []
    if (translated.length > 1) {
      for (const locale of translated)
        links.push({ lang: locale, url: route.alternates[locale] ?? '' })
      const fallback = route.alternates[defaultLocale]
      if (fallback) links.push({ lang: 'x-default', url: fallback })
    }
    pages[route.path] = links
  }
  return { pages }
}
