import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs'
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
 * Headers of every answer of the site server (issue 5): referrers reach other sites as the origin only
 * (`strict-origin-when-cross-origin`: a stricter policy makes browsers send `Origin: null` on the quote form's
 * post, which the CMS refuses), no MIME sniffing, no powerful browser feature, no framing. No cookie, ever.
 */
export const siteSecurityHeaders: Readonly<Record<string, string>> = {
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Content-Type-Options': 'nosniff',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
}

/** The policy of answers that are not pages of the build (files, redirects, pages without their own policy). */
export const fallbackContentSecurityPolicy =
  "default-src 'self'; base-uri 'self'; object-src 'none'; form-action 'self'; frame-ancestors 'none'"

/**
 * The Content-Security-Policy header of a built page: the policy Astro wrote into its `<meta>` (its own
 * scripts' and styles' hashes, the CMS origin for the form; see apps/site/astro.config.mjs) plus
 * `frame-ancestors 'none'`, which browsers ignore in a `<meta>`. A page without that `<meta>` gets
 * {@link fallbackContentSecurityPolicy}.
 * @param html the page's HTML as built
 */
export function pageContentSecurityPolicy(html: string): string {
  const meta = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1]
  if (meta === undefined) return fallbackContentSecurityPolicy
  const policy = meta
    .replaceAll('&#39;', "'")
    .replaceAll('&quot;', '"')
    .replaceAll('&amp;', '&')
    .split(';')
    .map((directive) => directive.trim())
    .filter((directive) => directive !== '' && !directive.startsWith('frame-ancestors'))
  return [...policy, "frame-ancestors 'none'"].join('; ')
}

/** A request path decoded as sirv decodes it (`decodeURI`; left as it is when malformed). */
function decodedPath(pathname: string): string {
  try {
    return decodeURI(pathname)
  } catch {
    return pathname
  }
}

/** The HTML file sirv serves for a (decoded) request path, if it serves one: `x/`, `x.html`, `x/index.html`. */
function servedPage(dir: string, pathname: string): string | undefined {
  const candidates = pathname.endsWith('/')
    ? [`${pathname}index.html`]
    : [pathname, `${pathname}.html`, `${pathname}/index.html`]
  return candidates
    .filter((candidate) => candidate.endsWith('.html'))
    .map((candidate) => path.join(dir, candidate))
    .find((file) => file.startsWith(dir + path.sep) && existsSync(file) && statSync(file).isFile())
}

/**
 * Serves the built site over HTTP (on 127.0.0.1 unless `host` says otherwise): `/` redirects (302) to `/fr/`,
 * the old addresses of the release's redirects.json answer 301 with their new address (with or without the
 * trailing slash; the query string is kept), files are served as built, and anything else gets the locale's
 * 404 page with status 404 (French for an unknown locale prefix). Every answer carries
 * {@link siteSecurityHeaders} and a Content-Security-Policy ({@link pageContentSecurityPolicy} for pages).
 * Over https (`publicUrl`), answers also carry HSTS for a year (RFC 6797; never over plain http, § 7.2), without
 * `includeSubDomains`, which would bind the association's other sites.
 * @param root the folder to serve, or a function giving it for each request (the built-in builder switches
 *   releases while the server runs); `null` answers 503 until a first build exists
 * @param publicUrl the site's public address (SITE_URL), e.g. `https://mist.example`
 */
export async function serveSite(
  root: string | (() => string | null),
  port: number,
  host = '127.0.0.1',
  publicUrl = 'http://localhost',
): Promise<{ server: Server; stop: () => Promise<void> }> {
  const overHttps = new URL(publicUrl).protocol === 'https:'
  interface ReleaseHandler {
    files: ReturnType<typeof sirv>
    redirects: Map<string, string>
    /** Content-Security-Policy of each HTML file of the release, by absolute path, read once. */
    policies: Map<string, string>
  }
  const policyOf = (policies: Map<string, string>, file: string): string => {
    let policy = policies.get(file)
    if (policy === undefined) {
      try {
        policy = pageContentSecurityPolicy(readFileSync(file, 'utf8'))
      } catch {
        policy = fallbackContentSecurityPolicy
      }
      policies.set(file, policy)
    }
    return policy
  }
  const handlers = new Map<string, ReleaseHandler>()
  const handlerFor = (dir: string) => {
    let handler = handlers.get(dir)
    if (!handler) {
      handlers.clear() // one release at a time: the previous one's file index is no longer needed
      handler = {
        files: sirv(dir, { dev: false, etag: true, extensions: ['html'] }),
        redirects: readReleaseRedirects(dir),
        policies: new Map(),
      }
      handlers.set(dir, handler)
    }
    return handler
  }
  const server = createServer((req, res) => {
    for (const [name, value] of Object.entries(siteSecurityHeaders)) res.setHeader(name, value)
    if (overHttps) res.setHeader('Strict-Transport-Security', 'max-age=31536000')
    res.setHeader('Content-Security-Policy', fallbackContentSecurityPolicy)
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
    // Set before sirv answers: its 304 (unchanged page) skips its own header hook, and browsers replace the
    // cached page's policy with the 304's.
    const served = servedPage(dir, decodedPath(pathname))
    if (served !== undefined)
      res.setHeader('Content-Security-Policy', policyOf(handler.policies, served))
    handler.files(req, res, () => {
      const locale = (req.url ?? '').startsWith('/en/') ? 'en' : 'fr'
      const page = path.join(dir, locale, '404', 'index.html')
      res.statusCode = 404
      if (!existsSync(page)) {
        res.end('Not found')
        return
      }
      res.setHeader('Content-Type', 'text/html; charset=utf-8')
      res.setHeader('Content-Security-Policy', policyOf(handler.policies, page))
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
