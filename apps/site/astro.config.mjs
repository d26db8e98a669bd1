// @ts-check
import mdx from '@astrojs/mdx'
import { readFile, rm } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'

import sitemap from '@astrojs/sitemap'
import { defaultLocale, locales } from '@mist/schema'
import { defineConfig } from 'astro/config'
import * as pagefind from 'pagefind'

import { precompressSite } from './src/lib/precompress.ts'

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

/**
 * Pagefind's files that the site does not use: its ready-made interfaces (our search page has its own small
 * script: docs/decisions/015-search.md). Removed so that a release holds no code nobody reviewed.
 */
const unusedPagefindFiles = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
]

/**
 * Indexes the built site with Pagefind into `/pagefind/`, after every build (`astro build` by hand, by the
 * CMS's built-in builder or in CI all run this hook). Only pages whose <main> carries `data-pagefind-body` are
 * indexed (Base.astro sets it on pages robots may index), and one index is written per `<html lang>`, so a
 * search from /fr/ finds French pages only.
 * @type {import('astro').AstroIntegration}
 */
const searchIndex = {
  name: 'mist-search-index',
  hooks: {
    'astro:build:done': async ({ dir, logger }) => {
      const { index, errors } = await pagefind.createIndex({})
      try {
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`)
        const added = await index.addDirectory({ path: fileURLToPath(dir) })
        if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`)
        const written = await index.writeFiles({
          outputPath: fileURLToPath(new URL('pagefind/', dir)),
        })
        if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`)
      } finally {
        await pagefind.close() // stops the Pagefind binary that the Node API runs as a service
      }
      await Promise.all(
        unusedPagefindFiles.map((file) => rm(new URL(`pagefind/${file}`, dir), { force: true })),
      )
      /** @type {{ languages: Record<string, { page_count: number }> }} */
      const entry = JSON.parse(await readFile(new URL('pagefind/pagefind-entry.json', dir), 'utf8'))
      const counts = Object.entries(entry.languages).map(
        ([lang, { page_count }]) => `${lang} ${page_count}`,
      )
      logger.info(`Pages in the search index, by language: ${counts.join(', ')}.`)
    },
  },
}

/**
 * Writes brotli and gzip copies of the built files beside them (src/lib/precompress.ts,
 * docs/decisions/024-compression-and-caching.md), with a cache of copies in SITE_PRECOMPRESS_CACHE (the
 * built-in builder puts it beside its releases, on their file system, so copies are hard-linked) or else in
 * Astro's `cacheDir`. Astro runs `astro:build:done` hooks in the order of `integrations`: this one is last,
 * after the search index and the sitemap are written.
 * @type {import('astro').AstroIntegration}
 */
const precompress = (() => {
  /** @type {string | undefined} */
  let cacheDir
  return {
    name: 'mist-precompress',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir =
          process.env.SITE_PRECOMPRESS_CACHE ||
          fileURLToPath(new URL('mist-precompress/', config.cacheDir))
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now()
        const report = await precompressSite(fileURLToPath(dir), { cacheDir })
        logger.info(
          `Compressed copies of ${report.files} files (${report.bytes} bytes) in ` +
            `${Math.round(performance.now() - started)} ms: brotli ${report.brotli.files} (${report.brotli.bytes} ` +
            `bytes), gzip ${report.gzip.files} (${report.gzip.bytes} bytes), ${report.reused} from the cache.`,
        )
      },
    },
  }
})()

export default defineConfig({
  site,
  outDir: process.env.SITE_OUT_DIR ?? './dist',
  output: 'static',
  // One rule for every link, canonical, sitemap <loc> and hreflang: paths end with '/'.
  trailingSlash: 'always',
  // The stylesheet (about 5 KB gzipped) goes inside each page: a reader on a slow network sees the page styled
  // after one round trip, not two (Lighthouse's first paint on a phone), and pages stay within 14 KB gzipped.
  // docs/decisions/027-design-system.md.
  build: { format: 'directory', inlineStylesheets: 'always' },
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
    searchIndex,
    // No `i18n` option: it pairs pages by identical paths after the locale, while Mist's slugs differ per
    // locale; the route table's alternates (matched by document) are written in `serialize` instead.
    sitemap({
      // Only the route table's indexable pages: not `/` (it redirects to /fr/), redirect stubs, form results,
      // the 404 page or the filter pages. Page 2 and after of an indexable list are in (ADR 022).
      filter: (page) => sitemapPages.has(new URL(page).pathname),
      serialize: (item) => {
        const links = sitemapPages.get(new URL(item.url).pathname) ?? []
        return {
          ...item,
          links: links.map((link) => ({ lang: link.lang, url: new URL(link.url, site).href })),
        }
      },
    }),
    precompress,
  ],
})
