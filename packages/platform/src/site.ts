import { createReadStream, existsSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import path from 'node:path'

import sirv from 'sirv'

import { siteDir } from './paths.ts'
import { run } from './processes.ts'

/**
 * Builds the static site from the CMS REST API into `outDir` (`astro build`).
 * @throws when the build fails (CMS down, a document failing its schema, …)
 */
export async function buildSite(options: {
  cmsUrl: string
  siteUrl: string
  outDir: string
  quiet?: boolean
}): Promise<void> {
  await run('pnpm', ['exec', 'astro', 'build'], {
    cwd: siteDir,
    env: {
      ...process.env,
      CMS_URL: options.cmsUrl,
      SITE_URL: options.siteUrl,
      SITE_OUT_DIR: options.outDir,
      ASTRO_TELEMETRY_DISABLED: '1',
    },
    quiet: options.quiet ?? false,
  })
}

/**
 * Serves a built site over HTTP on 127.0.0.1: `/` redirects (302) to `/fr/`, files are served as built, and
 * anything else gets the locale's 404 page with status 404 (French for an unknown locale prefix).
 */
export async function serveSite(outDir: string, port: number): Promise<{ server: Server; stop: () => Promise<void> }> {
  const files = sirv(outDir, { dev: false, etag: true, extensions: ['html'] })
  const server = createServer((req, res) => {
    // `/` has a meta-refresh page for static hosts; this server answers with a real redirect.
    if (req.url === '/' || req.url?.startsWith('/?')) {
      res.writeHead(302, { Location: '/fr/' }).end()
      return
    }
    files(req, res, () => {
      const locale = (req.url ?? '').startsWith('/en/') ? 'en' : 'fr'
      const page = path.join(outDir, locale, '404', 'index.html')
      res.statusCode = 404
      if (!existsSync(page)) {
        res.end('Not found')
        return
      }
      res.setHeader('Content-Type', 'text/html; charset=utf-8')
      createReadStream(page).pipe(res)
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', resolve)
  })
  const stop = () => new Promise<void>((resolve) => server.close(() => resolve()))
  return { server, stop }
}
