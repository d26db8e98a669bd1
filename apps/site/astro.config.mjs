// @ts-check
import mdx from '@astrojs/mdx'
import sitemap from '@astrojs/sitemap'
import { defineConfig } from 'astro/config'

const site = process.env.SITE_URL ?? 'http://localhost:4321'

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
    sitemap({
      i18n: { defaultLocale: 'fr', locales: { fr: 'fr-FR', en: 'en' } },
      // `/` only redirects to /fr/, and error pages are not content.
      filter: (page) => {
        const path = new URL(page).pathname
        return (
          path !== '/' &&
          !/\/(404|merci|thank-you|formulaire-a-corriger|form-to-correct)\/$/.test(path)
        )
      },
    }),
  ],
})
