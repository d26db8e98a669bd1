// @ts-check
import mdx from '@astrojs/mdx'
import { readFile } from 'node:fs/promises'

import sitemap from '@astrojs/sitemap'
import { defineConfig } from 'astro/config'

const site = process.env.SITE_URL ?? 'http://localhost:4321'

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
