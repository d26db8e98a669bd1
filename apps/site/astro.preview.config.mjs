// @ts-check
/**
 * The draft preview server (`pnpm build:preview`, then `node dist-preview/server/entry.mjs`): the site's own
 * layout and templates rendered on demand for one draft at a time, by Node, behind the CMS, which lets only
 * signed-in staff through (`/preview/…` on the CMS's origin). Everything lives under `/preview/`.
 * `srcDir` is src/preview: it holds the middleware and no `pages/` folder, so none of the public pages (and
 * none of their CMS reads) is built here; the public build (astro.config.mjs) has no adapter and no preview.
 */
import mdx from '@astrojs/mdx'
import node from '@astrojs/node'
import { defaultLocale, locales } from '@mist/schema'
import { defineConfig } from 'astro/config'

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  srcDir: './src/preview',
  outDir: './dist-preview',
  cacheDir: './node_modules/.astro-preview',
  base: '/preview',
  output: 'server',
  adapter: node({ mode: 'standalone' }),
  // No visitor state: nothing to keep between requests but the editor's CMS session.
  session: false,
  server: { host: '127.0.0.1', port: 4322 },
  // Preview addresses have no trailing slash (see previewPath in @mist/schema).
  trailingSlash: 'never',
  // The stylesheet (about 5 KB gzipped) goes inside each page: a reader on a slow network sees the page styled
  // after one round trip, not two (Lighthouse's first paint on a phone), and pages stay within 14 KB gzipped.
  // docs/decisions/027-design-system.md.
  build: { format: 'directory', inlineStylesheets: 'always' },
  i18n: {
    locales: [...locales],
    defaultLocale,
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  integrations: [
    // The layout and route components are the public site's; they import the MDX statements (never shown here).
    mdx(),
    {
      name: 'mist-draft-preview',
      hooks: {
        'astro:config:setup': ({ injectRoute }) => {
          injectRoute({
            pattern: '/[lang]/[collection]/[id]',
            entrypoint: new URL('./src/preview/PreviewPage.astro', import.meta.url),
            prerender: false,
          })
        },
      },
    },
  ],
})
