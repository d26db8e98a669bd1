import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { precompressSite } from './precompress.ts'

let work: string
let site: string
let cacheDir: string

/** A page as the build writes it, long enough to shrink (Mist's own words, repeated as lists repeat them). */
const page = `<!doctype html><html lang="fr"><head><title>Formations · Mist</title></head><body><main><h1>Formations</h1>${'<p>Mist forme les professionnels qui accompagnent les victimes de traite des êtres humains.</p>'.repeat(20)}</main></body></html>`
/** A Pagefind fragment as Pagefind writes it: gzip of its signature and the JSON. */
const fragment = gzipSync(
  Buffer.from(`pagefind_dcd${JSON.stringify({ url: '/fr/formations/', content: page })}`),
)
/** Pagefind's WebAssembly engine as Pagefind writes it (gzip of its signature and the module). */
const engine = gzipSync(
  Buffer.concat([Buffer.from('pagefind_dcd\0asm'), Buffer.from(page.repeat(3))]),
  { level: 9 },
)

function write(file: string, content: string | Buffer): void {
  mkdirSync(path.dirname(path.join(site, file)), { recursive: true })
  writeFileSync(path.join(site, file), content)
}
const read = (file: string) => readFileSync(path.join(site, file))
const exists = (file: string) =>
  readdirSync(path.join(site, path.dirname(file))).includes(path.basename(file))

beforeEach(() => {
  work = mkdtempSync(path.join(tmpdir(), 'mist-precompress-'))
  site = path.join(work, 'dist')
  cacheDir = path.join(work, 'cache')
  write('fr/formations/index.html', page)
  write(
    '_astro/quick-exit.B4dC0de1.js',
    `export const exit=()=>{${'location.replace("about:blank");'.repeat(30)}}`,
  )
  write(
    'fr/rss.xml',
    `<?xml version="1.0"?><rss>${'<item><title>Mist</title></item>'.repeat(30)}</rss>`,
  )
  write('pagefind/fragment/fr_1a2b3c4.pf_fragment', fragment)
  write('pagefind/wasm.fr.pagefind', engine)
  write('robots.txt', 'x')
  write('media/photo.jpg', Buffer.from([0xff, 0xd8, 0xff, 0xe0]))
})
afterEach(() => rmSync(work, { recursive: true, force: true }))

describe('precompressed copies of the built site', () => {
  it('writes brotli and gzip copies of pages, scripts and feeds that hold the same bytes', async () => {
    // Action
    await precompressSite(site, { cacheDir })
    // Assert
    for (const file of [
      'fr/formations/index.html',
      '_astro/quick-exit.B4dC0de1.js',
      'fr/rss.xml',
    ]) {
      const original = read(file)
      expect(brotliDecompressSync(read(`${file}.br`)), file).toEqual(original)
      expect(gunzipSync(read(`${file}.gz`)), file).toEqual(original)
      expect(read(`${file}.br`).length, file).toBeLessThan(original.length)
    }
  })

  it('writes no copy that would be larger than the file, and none of files that are not text', async () => {
    await precompressSite(site, { cacheDir })
    expect(exists('robots.txt.br')).toBe(false)
    expect(exists('robots.txt.gz')).toBe(false)
    expect(exists('media/photo.jpg.br')).toBe(false)
    expect(exists('media/photo.jpg.gz')).toBe(false)
  })

  it('lets the browser inflate Pagefind’s gzip files: the file itself as gzip, and the engine inflated as brotli', async () => {
    await precompressSite(site, { cacheDir })
    const file = 'pagefind/fragment/fr_1a2b3c4.pf_fragment'
    expect(read(`${file}.gz`)).toEqual(fragment)
    expect(exists(`${file}.br`)).toBe(false)
    expect(read('pagefind/wasm.fr.pagefind.gz')).toEqual(engine)
    const inflated = brotliDecompressSync(read('pagefind/wasm.fr.pagefind.br'))
    expect(inflated.subarray(0, 12).toString()).toBe('pagefind_dcd')
    expect(inflated).toEqual(gunzipSync(engine))
    expect(read('pagefind/wasm.fr.pagefind.br').length).toBeLessThan(engine.length)
  })

  it('takes unchanged files’ copies from the cache on the next build, keeping their date, and forgets the others', async () => {
    // Setup: a first build fills the cache.
    await precompressSite(site, { cacheDir })
    const script = '_astro/quick-exit.B4dC0de1.js.br'
    const before = {
      page: read('fr/formations/index.html.br'),
      script: statSync(path.join(site, script)),
    }
    const entries = readdirSync(cacheDir).length
    // Action: the next build, in a folder of its own, changes one page and no longer has the feed.
    const first = site
    site = path.join(work, 'next')
    cpSync(first, site, { recursive: true, filter: (file) => !/\.(br|gz)$/.test(file) })
    write('fr/formations/index.html', page.replace('Formations', 'Nos formations'))
    rmSync(path.join(site, 'fr/rss.xml'))
    await new Promise((resolve) => setTimeout(resolve, 20))
    const report = await precompressSite(site, { cacheDir })
    // Assert: the unchanged script's copy is the cached one, with its date (the site server's ETag is size
    // and date); the changed page's copy is new and right.
    expect(report.reused).toBeGreaterThan(0)
    expect(statSync(path.join(site, script)).mtimeMs).toBe(before.script.mtimeMs)
    expect(read(script)).toEqual(readFileSync(path.join(first, script)))
    expect(read('fr/formations/index.html.br')).not.toEqual(before.page)
    expect(brotliDecompressSync(read('fr/formations/index.html.br')).toString()).toContain(
      'Nos formations',
    )
    // The removed feed's and the old page's copies (two each) left the cache; the new page's came in.
    expect(readdirSync(cacheDir).length).toBe(entries - 2)
  })

  it('compresses everything when the cache folder cannot be written', async () => {
    writeFileSync(cacheDir, 'a file where the cache folder would be')
    await precompressSite(site, { cacheDir })
    expect(gunzipSync(read('fr/rss.xml.gz'))).toEqual(read('fr/rss.xml'))
  })
})
