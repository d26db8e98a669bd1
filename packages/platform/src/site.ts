import { createReadStream, existsSync, readFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import path from 'node:path'

import { SiteRedirectsFileSchema, siteRedirectsFileName } from '@mist/schema'
import sirv from 'sirv'

/**
 * The redirects a release emitted (its `redirects.json`), by old path. A release without the file (older
 * builds) has none; an unreadable or malformed file is treated the same, since the stub pages still redirect.
 */
export function readReleaseRedirects(dir: string): Map<string, string> {
  const redirects = new Map<string, string>()
  let raw: unknown
  try {
    raw = JSON.parse(readFileSync(path.join(dir, siteRedirectsFileName), 'utf8'))
  } catch {
    return redirects
  }
  const parsed = SiteRedirectsFileSchema.safeParse(raw)
  if (!parsed.success) return redirects
  for (const { from, to } of parsed.data.redirects) redirects.set(from, to)
  return redirects
}

/**
 * Serves the built site over HTTP (on 127.0.0.1 unless `host` says otherwise): `/` redirects (302) to `/fr/`,
 * the old addresses of the release's redirects.json answer 301 with their new address (with or without the
 * trailing slash; the query string is kept), files are served as built, and anything else gets the locale's
 * 404 page with status 404 (French for an unknown locale prefix).
 * @param root the folder to serve, or a function giving it for each request (the built-in builder switches
 *   releases while the server runs); `null` answers 503 until a first build exists
 */
export async function serveSite(
  root: string | (() => string | null),
  port: number,
  host = '127.0.0.1',
): Promise<{ server: Server; stop: () => Promise<void> }> {
  interface ReleaseHandler {
    files: ReturnType<typeof sirv>
    redirects: Map<string, string>
  }
  const handlers = new Map<string, ReleaseHandler>()
  const handlerFor = (dir: string) => {
    let handler = handlers.get(dir)
    if (!handler) {
      handlers.clear() // one release at a time: the previous one's file index is no longer needed
      handler = {
        files: sirv(dir, { dev: false, etag: true, extensions: ['html'] }),
        redirects: readReleaseRedirects(dir),
      }
      handlers.set(dir, handler)
    }
    return handler
  }
  const server = createServer((req, res) => {
    // `/` has a meta-refresh page for static hosts; this server answers with a real redirect.
    if (req.url === '/' || req.url?.startsWith('/?')) {
      res.writeHead(302, { Location: '/fr/' }).end()
      return
    }
    const dir = typeof root === 'string' ? root : root()
    if (dir === null) {
      res
        .writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8', 'Retry-After': '5' })
        .end('The site is being built.')
      return
    }
    let handler: ReleaseHandler
    try {
      handler = handlerFor(dir)
    } catch {
      // The release folder vanished or cannot be read: say so rather than crash the server.
      res
        .writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8', 'Retry-After': '5' })
        .end('The site is being updated.')
      return
    }
    const [pathname = '/', query] = (req.url ?? '/').split(/\?(.*)/s, 2)
    const target =
      handler.redirects.get(pathname) ??
      (pathname.endsWith('/') ? undefined : handler.redirects.get(`${pathname}/`))
    if (target !== undefined) {
      const location = query ? `${target}${target.includes('?') ? '&' : '?'}${query}` : target
      res.writeHead(301, { Location: location }).end()
      return
    }
    handler.files(req, res, () => {
      const locale = (req.url ?? '').startsWith('/en/') ? 'en' : 'fr'
      const page = path.join(dir, locale, '404', 'index.html')
      res.statusCode = 404
      if (!existsSync(page)) {
        res.end('Not found')
        return
      }
      res.setHeader('Content-Type', 'text/html; charset=utf-8')
      createReadStream(page)
        .on('error', () => res.destroy())
        .pipe(res)
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, resolve)
  })
  const stop = () => new Promise<void>((resolve) => server.close(() => resolve()))
  return { server, stop }
}
