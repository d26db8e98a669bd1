import { spawn, type ChildProcess } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { repoRoot } from './paths.ts'
import {
  immutableCacheControl,
  pageContentSecurityPolicy,
  serveSite,
  workerContentSecurityPolicy,
} from './site.ts'
import { freePort } from './test-database.ts'

/**
 * A release as the site build writes it (issue 15): each text file with its brotli and gzip copies
 * (apps/site/src/lib/precompress.ts), Pagefind's gzip files with the file itself as `.gz`, pages with their
 * Content-Security-Policy `<meta>`, a redirect in redirects.json.
 */
const pagePolicy = (hash: string) =>
  `default-src 'self'; base-uri 'self'; object-src 'none'; script-src 'self' 'sha256-${hash}'`
const html = (title: string, hash: string) =>
  `<!doctype html><html lang="fr"><head><meta http-equiv="content-security-policy" content="${pagePolicy(hash)}"><title>${title} · Mist</title></head><body><main><h1>${title}</h1>${'<p>Mist accompagne les victimes de traite des êtres humains et forme les professionnels.</p>'.repeat(12)}</main></body></html>`
const pagefindFile = (content: string) => gzipSync(Buffer.from(`pagefind_dcd${content}`))

/** Path → bytes as built. Kinds are named as the test names them. */
const files = {
  page: ['/fr/index.html', html('Accueil', 'AAAA')],
  notFound: ['/fr/404/index.html', html('Page introuvable', 'BBBB')],
  css: [
    '/_astro/site.B4dC0de1.css',
    `body{font-family:system-ui}${'.card{margin:1rem}'.repeat(40)}`,
  ],
  js: [
    '/_astro/quick-exit.C0ffee12.js',
    `export const exit=()=>{${'location.replace("about:blank");'.repeat(30)}}`,
  ],
  feed: [
    '/fr/rss.xml',
    `<?xml version="1.0"?><rss>${'<item><title>Mist</title></item>'.repeat(30)}</rss>`,
  ],
  sitemap: [
    '/sitemap-index.xml',
    `<?xml version="1.0"?><sitemapindex>${'<sitemap><loc>https://mist.example/sitemap-0.xml</loc></sitemap>'.repeat(10)}</sitemapindex>`,
  ],
  redirects: [
    '/redirects.json',
    JSON.stringify({
      redirects: [
        { from: '/fr/ancienne-adresse/', to: '/fr/' },
        ...Array.from({ length: 5 }, (_, n) => ({
          from: `/fr/auditions/audition-${n}/`,
          to: `/fr/auditions/audition-${n}-2023/`,
        })),
      ],
    }),
  ],
  searchEntry: [
    '/pagefind/pagefind-entry.json',
    JSON.stringify({
      version: '1.6.0',
      languages: { fr: { hash: 'fr_0123456789', wasm: 'fr', page_count: 70 } },
    }).repeat(5),
  ],
  searchScript: [
    '/pagefind/pagefind.js',
    `const pagefind_version="1.6.0";${'export const search=()=>fetch("fragment");'.repeat(30)}`,
  ],
  searchWorker: [
    '/pagefind/pagefind-worker.js',
    `const pagefind_version="1.6.0";${'addEventListener("message",()=>{});'.repeat(30)}`,
  ],
  searchEngine: ['/pagefind/wasm.fr.pagefind', pagefindFile('\0asm'.repeat(400))],
  searchIndex: ['/pagefind/index/fr_5d6e7f8.pf_index', pagefindFile('index chunk '.repeat(200))],
  searchFragment: [
    '/pagefind/fragment/fr_1a2b3c4.pf_fragment',
    pagefindFile(JSON.stringify({ url: '/fr/', content: 'Mist '.repeat(200) })),
  ],
} as const satisfies Record<string, readonly [string, string | Buffer]>

let dir: string
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'mist-headers-'))
  for (const [file, content] of Object.values(files)) {
    const target = path.join(dir, file)
    mkdirSync(path.dirname(target), { recursive: true })
    writeFileSync(target, content)
    const bytes = Buffer.from(content)
    const gzipped = bytes[0] === 0x1f && bytes[1] === 0x8b
    writeFileSync(`${target}.gz`, gzipped ? bytes : gzipSync(bytes))
    // Of Pagefind's gzip files, only the engine gets a brotli copy.
    if (!gzipped || file.endsWith('.pagefind'))
      writeFileSync(`${target}.br`, brotliCompressSync(gzipped ? gunzipSync(bytes) : bytes))
  }
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const portOf = (site: Awaited<ReturnType<typeof serveSite>>) => {
  const address = site.server.address()
  return typeof address === 'object' && address ? address.port : 0
}

/** The headers of the home page served for the public address `publicUrl`. */
async function homeHeaders(publicUrl: string): Promise<Headers> {
  const site = await serveSite(dir, 0, '127.0.0.1', publicUrl)
  try {
    const response = await fetch(`http://127.0.0.1:${portOf(site)}/fr/`)
    expect(response.status).toBe(200)
    return response.headers
  } finally {
    await site.stop()
  }
}

describe('site server headers', () => {
  it('sends HSTS when the public address is https, and never over plain http', async () => {
    expect((await homeHeaders('https://mist.example')).get('strict-transport-security')).toBe(
      'max-age=31536000',
    )
    expect((await homeHeaders('http://localhost:4321')).get('strict-transport-security')).toBeNull()
  })

  it('forbids sniffing, framing and powerful features, sets no cookie and names no server software', async () => {
    const headers = await homeHeaders('https://mist.example')
    expect(headers.get('x-content-type-options')).toBe('nosniff')
    expect(headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
    expect(headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
    expect(headers.get('permissions-policy')).toContain('geolocation=()')
    expect(headers.get('x-powered-by')).toBeNull()
    expect(headers.get('set-cookie')).toBeNull()
  })
})

/** An answer as it travels: headers, and the body's bytes as sent (not decoded). */
interface RawAnswer {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: Buffer
}

/** GET `url` with exactly `headers` (fetch would add Accept-Encoding and decode the body). */
function get(url: string, headers: Record<string, string> = {}): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      )
      res.on('error', reject)
    })
      .on('error', reject)
      .end()
  })
}

/** The body's bytes once decoded as its Content-Encoding says. */
function decoded(answer: RawAnswer): Buffer {
  const encoding = answer.headers['content-encoding']
  if (encoding === 'br') return brotliDecompressSync(answer.body)
  if (encoding === 'gzip') return gunzipSync(answer.body)
  expect(encoding).toBeUndefined()
  return answer.body
}

const original = (kind: keyof typeof files) => readFileSync(path.join(dir, files[kind][0]))
const addressOf = (kind: keyof typeof files) => files[kind][0].replace(/index\.html$/, '')
/** What Chromium sends. */
const browserEncodings = { 'Accept-Encoding': 'gzip, deflate, br, zstd' }
const revalidate = 'no-cache'

/**
 * The checks of issue 15 ("readers download what we measure"), run against `origin`: the site server itself,
 * or Caddy in front of it (docker/Caddyfile).
 */
function compressionAndCaching(origin: () => string) {
  const cases: Array<[keyof typeof files, string, string]> = [
    ['page', 'br', revalidate],
    ['css', 'br', immutableCacheControl],
    ['js', 'br', immutableCacheControl],
    ['feed', 'br', revalidate],
    ['sitemap', 'br', revalidate],
    ['redirects', 'br', revalidate],
    ['searchEntry', 'br', revalidate],
    ['searchScript', 'br', revalidate],
    ['searchWorker', 'br', revalidate],
    ['searchEngine', 'br', revalidate],
    ['searchIndex', 'gzip', immutableCacheControl],
    ['searchFragment', 'gzip', immutableCacheControl],
  ]

  it.each(cases)(
    'sends the %s as %s to a browser, with Vary and its caching (%s)',
    async (kind, encoding, cacheControl) => {
      // Action
      const answer = await get(origin() + addressOf(kind), browserEncodings)
      // Assert
      expect(answer.status).toBe(200)
      expect(answer.headers['content-encoding']).toBe(encoding)
      expect(answer.headers.vary).toBe('Accept-Encoding')
      expect(answer.headers['cache-control']).toBe(cacheControl)
      expect(answer.headers.etag).toMatch(/^W\/"/)
      const bytes = original(kind)
      expect(answer.body.length).toBeLessThanOrEqual(bytes.length)
      // Pagefind's files arrive inflated: its script finds its signature and skips its own inflating.
      expect(decoded(answer)).toEqual(bytes[0] === 0x1f ? gunzipSync(bytes) : bytes)
    },
  )

  it('sends gzip to a client that accepts only gzip, and the file as built to one that accepts none', async () => {
    for (const kind of ['page', 'js', 'searchFragment'] as const) {
      const gzipped = await get(origin() + addressOf(kind), { 'Accept-Encoding': 'gzip' })
      expect(gzipped.headers['content-encoding'], kind).toBe('gzip')
      const plain = await get(origin() + addressOf(kind))
      expect(plain.headers['content-encoding'], kind).toBeUndefined()
      expect(plain.body, kind).toEqual(original(kind))
      expect(plain.headers.vary, kind).toBe('Accept-Encoding')
      // Each representation of a text file has its own validator (Pagefind's gzip copy is the file itself).
      if (kind !== 'searchFragment') expect(plain.headers.etag, kind).not.toBe(gzipped.headers.etag)
    }
  })

  it('sends a compressed page with that page’s own Content-Security-Policy, read from its HTML', async () => {
    const answer = await get(`${origin()}/fr/`, browserEncodings)
    expect(answer.headers['content-encoding']).toBe('br')
    expect(answer.headers['content-security-policy']).toBe(
      pageContentSecurityPolicy(original('page').toString()),
    )
    expect(answer.headers['content-security-policy']).toContain("'sha256-AAAA'")
  })

  it('gives Pagefind’s worker a policy of its own: fetching the index and compiling WebAssembly only', async () => {
    const answer = await get(origin() + addressOf('searchWorker'), browserEncodings)
    expect(answer.headers['content-security-policy']).toBe(workerContentSecurityPolicy)
    expect(workerContentSecurityPolicy).toContain("script-src 'wasm-unsafe-eval'")
    expect(workerContentSecurityPolicy).not.toMatch(/'unsafe-eval'|unsafe-inline/)
  })

  it('sends the 404 page compressed, with its own policy, revalidated', async () => {
    const answer = await get(`${origin()}/fr/absente/`, browserEncodings)
    expect(answer.status).toBe(404)
    expect(answer.headers['content-encoding']).toBe('br')
    expect(answer.headers.vary).toBe('Accept-Encoding')
    expect(answer.headers['cache-control']).toBe(revalidate)
    expect(decoded(answer)).toEqual(original('notFound'))
    expect(answer.headers['content-security-policy']).toContain("'sha256-BBBB'")
  })

  it('gives the compressed copies no address of their own', async () => {
    const answer = await get(`${origin()}/fr/index.html.br`)
    expect(answer.status).toBe(404)
    expect(decoded(answer)).toEqual(original('notFound'))
  })

  it('answers a changed address with a 301 that is revalidated, so that editors may change it again', async () => {
    const answer = await get(`${origin()}/fr/ancienne-adresse/`, browserEncodings)
    expect(answer.status).toBe(301)
    expect(answer.headers.location).toBe('/fr/')
    expect(answer.headers['cache-control']).toBe(revalidate)
    expect(answer.headers.vary).toBe('Accept-Encoding')
  })

  it('answers an unchanged file 304 with the same validator, caching, Vary and policy as its 200', async () => {
    for (const kind of ['page', 'js'] as const) {
      // Setup
      const first = await get(origin() + addressOf(kind), browserEncodings)
      const etag = String(first.headers.etag)
      // Action
      const again = await get(origin() + addressOf(kind), {
        ...browserEncodings,
        'If-None-Match': etag,
      })
      // Assert
      expect(again.status, kind).toBe(304)
      expect(again.body.length, kind).toBe(0)
      for (const header of ['etag', 'cache-control', 'vary', 'content-security-policy'])
        expect(again.headers[header], `${kind}: ${header}`).toBe(first.headers[header])
    }
  })
}

describe('compression and caching of the site server (issue 15)', () => {
  let site: Awaited<ReturnType<typeof serveSite>>
  beforeAll(async () => {
    site = await serveSite(dir, 0)
  })
  afterAll(async () => {
    await site?.stop()
  })
  compressionAndCaching(() => `http://127.0.0.1:${portOf(site)}`)
})

/** Caddy's binary (Debian: `apt-get install caddy`), as .ci/run installs it. */
const caddyPath = process.env.CADDY_PATH ?? 'caddy'

/**
 * docker/Caddyfile made runnable here: adapted to JSON by Caddy itself with SITE_DOMAIN and CMS_DOMAIN set to
 * plain-http local addresses, then with the compose service names (`site:4321`, `cms:3000`) replaced by this
 * machine's ports, on 127.0.0.1 only, without Caddy's admin endpoint.
 * @throws when Caddy is not installed or refuses the file
 */
async function caddyConfig(sitePort: number, port: number, cmsPort: number): Promise<string> {
  const child = spawn(caddyPath, ['adapt', '--config', path.join(repoRoot, 'docker/Caddyfile')], {
    env: {
      ...process.env,
      SITE_DOMAIN: `http://127.0.0.1:${port}`,
      CMS_DOMAIN: `http://127.0.0.1:${cmsPort}`,
    },
  })
  let output = ''
  let errors = ''
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()))
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', (error) =>
      reject(
        new Error(
          `Caddy is needed for this test (Debian: apt-get install caddy; or set CADDY_PATH): ${error.message}`,
        ),
      ),
    )
    child.on('exit', resolve)
  })
  if (code !== 0) throw new Error(`caddy adapt failed: ${errors}`)
  const upstreams: Record<string, string> = {
    'site:4321': `127.0.0.1:${sitePort}`,
    'cms:3000': `127.0.0.1:${cmsPort}`,
  }
  const json = output
    .replace(/"dial":"([^"]+)"/g, (match, dial: string) =>
      upstreams[dial] ? `"dial":"${upstreams[dial]}"` : match,
    )
    .replace(/"listen":\["?:(\d+)"\]/g, '"listen":["127.0.0.1:$1"]')
  const config = JSON.parse(json) as Record<string, unknown>
  return JSON.stringify({ ...config, admin: { disabled: true } })
}

describe('compression and caching through Caddy (docker-compose --profile https)', () => {
  let site: Awaited<ReturnType<typeof serveSite>>
  let caddy: ChildProcess | undefined
  let caddyHome: string
  let origin: string
  beforeAll(async () => {
    site = await serveSite(dir, 0)
    const port = await freePort()
    caddyHome = mkdtempSync(path.join(tmpdir(), 'mist-caddy-'))
    const config = path.join(caddyHome, 'caddy.json')
    writeFileSync(config, await caddyConfig(portOf(site), port, await freePort()))
    caddy = spawn(caddyPath, ['run', '--config', config], {
      env: {
        ...process.env,
        HOME: caddyHome,
        XDG_CONFIG_HOME: caddyHome,
        XDG_DATA_HOME: caddyHome,
      },
      stdio: 'ignore',
    })
    origin = `http://127.0.0.1:${port}`
    for (let attempt = 0; ; attempt += 1) {
      try {
        await get(`${origin}/fr/`)
        break
      } catch (error) {
        if (attempt >= 100 || caddy.exitCode !== null) throw error
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
    }
  }, 30_000)
  afterAll(async () => {
    if (caddy && caddy.exitCode === null) {
      const exited = new Promise((resolve) => caddy?.once('exit', resolve))
      caddy.kill('SIGTERM')
      await exited
    }
    await site?.stop()
    rmSync(caddyHome, { recursive: true, force: true })
  })

  compressionAndCaching(() => origin)

  it('passes the site server’s answers on without naming Caddy, and asks it with the reader’s encodings', async () => {
    const plain = await get(`${origin}/fr/`)
    const direct = await get(`http://127.0.0.1:${portOf(site)}/fr/`)
    expect(plain.headers.server).toBeUndefined()
    // Not the gzip copy inflated by Caddy: the identity file's own validator and length.
    expect(plain.headers.etag).toBe(direct.headers.etag)
    expect(plain.headers['content-length']).toBe(String(original('page').length))
  })
})
