import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
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

/**
 * The policy of Pagefind's Web Worker script, which runs the search engine off the search page's thread
 * (docs/decisions/015-search.md). A dedicated worker follows the policy served with its own script, not its
 * page's: this one lets it fetch the index from the site and compile the WebAssembly engine, nothing else
 * (no script, no `eval`).
 */
export const workerContentSecurityPolicy =
  "default-src 'none'; connect-src 'self'; script-src 'wasm-unsafe-eval'"

/** Pagefind's worker script, which gets {@link workerContentSecurityPolicy}. */
const pagefindWorkerPath = '/pagefind/pagefind-worker.js'

/** Caching of files whose address changes with their content: a year, never revalidated. */
export const immutableCacheControl = 'public, max-age=31536000, immutable'

/** Caching of everything else: stored, but checked with the server (ETag) before each use. */
export const revalidateCacheControl = 'no-cache'

/**
 * Files whose name carries a hash of their content: Astro's bundles in `/_astro/`, and Pagefind's index
 * chunks, fragments, filters and metadata (Pagefind writes them once per content hash and calls them
 * immutable). Pagefind's entry file, script, worker and WebAssembly keep their names across builds.
 */
const fingerprinted = [
  /^\/_astro\/[^/]+$/,
  /^\/pagefind\/(?:fragment|index|filter)\/[^/]+\.pf_(?:fragment|index|filter)$/,
  /^\/pagefind\/pagefind\.[^/]+\.pf_meta$/,
]

/**
 * The `Cache-Control` of a file of the release: {@link immutableCacheControl} for fingerprinted files,
 * {@link revalidateCacheControl} for the rest (pages, feeds, sitemaps, redirects.json, Pagefind's entry
 * file, script, worker and engine), so a publish reaches readers on their next visit.
 * @param pathname the decoded request path
 */
export function cacheControlFor(pathname: string): string {
  return fingerprinted.some((pattern) => pattern.test(pathname))
    ? immutableCacheControl
    : revalidateCacheControl
}

/**
 * The precompressed copy of `file` the request accepts (`.br` before `.gz`, the release's build writes both:
 * apps/site/src/lib/precompress.ts), or the file itself. Accept-Encoding is read as sirv reads it.
 */
function negotiated(
  file: string,
  acceptEncoding: string,
): { file: string; encoding?: 'br' | 'gzip' } {
  if (/(br|brotli)/i.test(acceptEncoding) && existsSync(`${file}.br`))
    return { file: `${file}.br`, encoding: 'br' }
  if (acceptEncoding.includes('gzip') && existsSync(`${file}.gz`))
    return { file: `${file}.gz`, encoding: 'gzip' }
  return { file }
}

/**
 * Makes a 304 answer carry the ETag a 200 would (RFC 9110 § 15.4.5): sirv leaves it out, and answers 304
 * only when If-None-Match equals that ETag, so the request's value is the one.
 */
function etagOnNotModified(req: IncomingMessage, res: ServerResponse): void {
  const etag = req.headers['if-none-match']
  if (etag === undefined) return
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse
  res.writeHead = (...args: unknown[]) => {
    if (args[0] === 304) res.setHeader('ETag', etag)
    return writeHead(...args)
  }
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
 * 404 page with status 404 (French for an unknown locale prefix). Files, the 404 page included, are sent as
 * their brotli or gzip copy when the request accepts it and the build wrote one; the copies have no address
 * of their own. Every answer carries {@link siteSecurityHeaders}, `Vary: Accept-Encoding`, a
 * Content-Security-Policy ({@link pageContentSecurityPolicy} for pages, {@link workerContentSecurityPolicy}
 * for Pagefind's worker) and a Cache-Control ({@link cacheControlFor}; `no-store` on 503).
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
        files: sirv(dir, {
          dev: false,
          etag: true,
          extensions: ['html'],
          brotli: true,
          gzip: true,
          // Pagefind's index files and engine have extensions of their own, which sirv sends with an
          // empty Content-Type.
          setHeaders: (res, pathname) => {
            if (/\.(?:pagefind|pf_[a-z]+)$/.test(pathname))
              res.setHeader('Content-Type', 'application/octet-stream')
          },
        }),
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
    // Every answer may differ by encoding (files, the 404 page): one rule for any cache in between.
    res.setHeader('Vary', 'Accept-Encoding')
    res.setHeader('Cache-Control', revalidateCacheControl)
    // `/` has a meta-refresh page for static hosts; this server answers with a real redirect.
    if (req.url === '/' || req.url?.startsWith('/?')) {
      res.writeHead(302, { Location: '/fr/' }).end()
      return
    }
    const dir = typeof root === 'string' ? root : root()
    if (dir === null) {
      res
        .writeHead(503, {
          'Cache-Control': 'no-store',
          'Content-Type': 'text/plain; charset=utf-8',
          'Retry-After': '5',
        })
        .end('The site is being built.')
      return
    }
    let handler: ReleaseHandler
    try {
      handler = handlerFor(dir)
    } catch {
      // The release folder vanished or cannot be read: say so rather than crash the server.
      res
        .writeHead(503, {
          'Cache-Control': 'no-store',
          'Content-Type': 'text/plain; charset=utf-8',
          'Retry-After': '5',
        })
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
    const notFound = () => {
      const locale = (req.url ?? '').startsWith('/en/') ? 'en' : 'fr'
      const page = path.join(dir, locale, '404', 'index.html')
      res.statusCode = 404
      res.setHeader('Cache-Control', revalidateCacheControl)
      if (!existsSync(page)) {
        res.end('Not found')
        return
      }
      const sent = negotiated(page, req.headers['accept-encoding'] ?? '')
      res.setHeader('Content-Type', 'text/html; charset=utf-8')
      if (sent.encoding) res.setHeader('Content-Encoding', sent.encoding)
      // The policy of the page, read from its HTML: never from a compressed copy.
      res.setHeader('Content-Security-Policy', policyOf(handler.policies, page))
      createReadStream(sent.file)
        .on('error', () => res.destroy())
        .pipe(res)
    }
    const decoded = decodedPath(pathname)
    // The compressed copies are ways of sending a file, not addresses: `x.html.br` would otherwise be sent
    // as HTML encoded in brotli, whatever the request accepts.
    if (/\.(?:br|gz)$/i.test(decoded)) {
      notFound()
      return
    }
    // Set before sirv answers: its 304 (unchanged file) skips its own header hook, and browsers replace the
    // cached page's policy and caching with the 304's.
    res.setHeader('Cache-Control', cacheControlFor(decoded))
    const served = servedPage(dir, decoded)
    if (served !== undefined)
      res.setHeader('Content-Security-Policy', policyOf(handler.policies, served))
    else if (decoded === pagefindWorkerPath)
      res.setHeader('Content-Security-Policy', workerContentSecurityPolicy)
    etagOnNotModified(req, res)
    handler.files(req, res, notFound)
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, resolve)
  })
  const stop = () => new Promise<void>((resolve) => server.close(() => resolve()))
  return { server, stop }
}
