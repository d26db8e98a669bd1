// @ts-check
import mdx from '@astrojs/mdx'
import { readFile } from 'node:fs/promises'

import sitemap from '@astrojs/sitemap'
import { defineConfig } from 'astro/config'

const site = process.env.SITE_URL ?? 'http://localhost:4321'
/** The CMS's origin: the quote form posts to it and its script fetches it (same default as src/lib/cms.ts). */
const cmsOrigin = new URL(process.env.CMS_URL ?? 'http://localhost:3000').origin

/** Old addresses that only redirect (from the build's redirects.json): not content, so not in the sitemap. */
const redirectPaths = new Set()

/**
 * Reads the redirects this build emitted. Astro runs `astro:build:done` hooks in the order of `integrations`,
 * so this one must come before the sitemap, whose filter uses the set.
 * @type {import('astro').AstroIntegration}
 */
const redirectsForSitemap = {
  name: 'mist-redirects-for-sitemap',
  hooks: {
    'astro:build:done': async ({ dir }) => {
      /** @type {{ redirects: Array<{ from: string }> }} */
      const file = JSON.parse(await readFile(new URL('redirects.json', dir), 'utf8'))
      for (const redirect of file.redirects) redirectPaths.add(redirect.from)
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
  i18n: {
    locales: ['fr', 'en'],
    defaultLocale: 'fr',
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  integrations: [
    mdx(),
    redirectsForSitemap,
    sitemap({
      i18n: { defaultLocale: 'fr', locales: { fr: 'fr-FR', en: 'en' } },
      // `/` only redirects to /fr/, redirect stubs neither, and error pages are not content.
      filter: (page) => {
        const path = new URL(page).pathname
        return (
          path !== '/' &&
          !redirectPaths.has(path) &&
          !/\/(404|merci|thank-you|formulaire-a-corriger|form-to-correct)\/$/.test(path)
        )
      },
    }),
  ],
})
