/**
 * `/fr/rss.xml` and `/en/rss.xml`: the publications and hearings of each locale (lib/feed.ts). @astrojs/rss
 * escapes titles and descriptions; links are absolute canonical addresses, with the trailing slash.
 */
import rss from '@astrojs/rss'
import { locales } from '@mist/schema'
import type { APIRoute, GetStaticPaths } from 'astro'

import { useTranslations } from '../../i18n/index.ts'
import { feedItems } from '../../lib/feed.ts'
import { getSiteData } from '../../lib/site-data.ts'

export const getStaticPaths = (() =>
  locales.map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths

export const GET: APIRoute = async ({ params, site }) => {
  const locale = locales.find((code) => code === params.lang)
  if (!locale) throw new Error(`No feed for the locale "${params.lang ?? ''}".`)
  const origin = site ?? new URL('http://localhost:4321')
  const t = useTranslations(locale)
  const { routes } = await getSiteData()
  return rss({
    title: t('site.feedTitle'),
    description: t('site.feedDescription'),
    site: new URL(`/${locale}/`, origin).href,
    items: feedItems(routes, locale, origin),
    customData: `<language>${locale}</language>`,
    trailingSlash: true,
  })
}
