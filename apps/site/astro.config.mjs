// @ts-check
import mdx from '@astrojs/mdx'
import { readFile, rm } from 'node:fs/promises'

import sitemap from '@astrojs/sitemap'
import { defaultLocale, locales } from '@mist/schema'
import { defineConfig } from 'astro/config'

const site = process.env.SITE_URL ?? 'http://localhost:4321'
/** The CMS's origin: the quote form posts to it and its script fetches it (same default as src/lib/cms.ts). */
const cmsOrigin = new URL(process.env.CMS_URL ?? 'http://localhost:3000').origin

/**
 * The pages the sitemap lists and their translations, from the build's sitemap-pages.json (written from the
 * route table by src/pages/sitemap-pages.json.ts; see src/lib/sitemap.ts for the rules).
 * @type {Map<string, Array<{ lang: string, url: string }>>}
 */
const sitemapPages = new Map()

/**
 * Reads sitemap-pages.json, then removes it from the site. Astro runs `astro:build:done` hooks in the order of
 * `integrations`, so this one must come before the sitemap, whose filter and serialize use the map.
 * @type {import('astro').AstroIntegration}
 */
const pagesForSitemap = {
  name: 'mist-pages-for-sitemap',
  hooks: {
    'astro:build:done': async ({ dir }) => {
      const file = new URL('sitemap-pages.json', dir)
      /** @type {{ pages: Record<string, Array<{ lang: string, url: string }>> }} */
      const { pages } = JSON.parse(await readFile(file, 'utf8'))
      for (const [path, links] of Object.entries(pages)) sitemapPages.set(path, links)
      await rm(file)
    },
  },
}

export default defineConfig({
  site,
  outDir: process.env.SITE_OUT_DIR ?? './dist',
  output: 'static',
  // One rule for every link, canonical, sitemap <loc> and hreflang: paths end with '/'.
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Issue 5: nothing is loaded from a third party. Astro writes this policy as a <meta> in every page, with
  // the hashes of its own scripts and styles in script-src/style-src (no 'unsafe-inline'); the site server
  // (packages/platform/src/site.ts) sends the page's policy as a header too, with frame-ancestors, which a
  // <meta> cannot carry. `data:` images: the empty favicon `data:,` that stops the browser asking /favicon.ico.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        `img-src 'self' data: ${cmsOrigin}`,
        `connect-src 'self' ${cmsOrigin}`,
        `form-action 'self' ${cmsOrigin}`,
        "base-uri 'self'",
        "object-src 'none'",
      ],
    },
  },
  // The locales come from @mist/schema: adding a language there (and its UI strings) adds it here.
  i18n: {
    locales: [...locales],
    defaultLocale,
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  integrations: [
    mdx(),
    pagesForSitemap,
    // No `i18n` option: it pairs pages by identical paths after the locale, while Mist's slugs differ per
    // locale; the route table's alternates (matched by document) are written in `serialize` instead.
    sitemap({
      // Only the route table's indexable pages: not `/` (it redirects to /fr/), redirect stubs, form results,
      // the 404 page or the timeline's filter pages.
      filter: (page) => sitemapPages.has(new URL(page).pathname),
      serialize: (item) => {
        const links = sitemapPages.get(new URL(item.url).pathname) ?? []
        return {
          ...item,
          links: links.map((link) => ({ lang: link.lang, url: new URL(link.url, site).href })),
        }
      },
    }),
  ],
})
