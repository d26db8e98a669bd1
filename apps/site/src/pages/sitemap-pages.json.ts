/**
 * `/sitemap-pages.json`: the pages the sitemap lists, with their translations (see lib/sitemap.ts). Read and
 * then removed by the build (astro.config.mjs): it is an input of the sitemap, not a page of the site.
 */
import type { APIRoute } from 'astro'

import { useTranslations } from '../i18n/index.ts'
import { routeMeta } from '../lib/route-meta.ts'
import { getSiteData } from '../lib/site-data.ts'
import { sitemapPages } from '../lib/sitemap.ts'

export const GET: APIRoute = async () => {
  const { routes } = await getSiteData()
  const file = sitemapPages(
    routes,
    (route) => !routeMeta(route, useTranslations(route.locale)).noindex,
  )
  return new Response(JSON.stringify(file, null, 2), {
    headers: { 'Content-Type': 'application/json' },
  })
}
