/**
 * Brotli and gzip copies of the built site's files, written beside them at build time (`x.html.br`,
 * `x.html.gz`) so that the site server (packages/platform/src/site.ts), or any static host that serves
 * precompressed files, sends compressed bytes without compressing on each request
 * (docs/decisions/024-compression-and-caching.md). Run by astro.config.mjs after the search index and the
 * sitemap are written.
 *
 * - Text (HTML, CSS, JavaScript, JSON, XML, SVG, plain text) and WebAssembly get both copies; a copy that
 *   would not be smaller than the file is not written.
 * - Pagefind's index files and WebAssembly engine are gzip files already, which Pagefind's script inflates
 *   in JavaScript unless the browser did (they start with a `pagefind_dcd` signature once inflated). Their
 *   `.gz` copy is the file itself (a hard link), so the browser inflates it natively; their `.br` copy is
 *   brotli of the inflated bytes, when smaller than the file.
 * - Brotli quality 11 (slow, smallest) for scripts, stylesheets and WebAssembly: a few files per build,
 *   downloaded by every reader; quality 5 for pages and Pagefind's index files, of which a build has
 *   thousands (quality 11 costs about 40 times the time for 10 % fewer bytes). Gzip level 9.
 * - Compressed copies are kept in a cache folder (Astro's `cacheDir`), named by the SHA-256 of the file and
 *   the settings, and copied from there when a later build writes the same bytes: Pagefind's engine and most
 *   pages are unchanged from one publish to the next. Entries this build did not use are removed at its end.
 *   The cache is an optimisation only: any failure to read or write it falls back to compressing.
 */
import { createHash } from 'node:crypto'
import {
  copyFile,
  link,
  mkdir,
  readFile,
  readdir,
  rename,
  rm,
  stat,
  writeFile,
} from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import { brotliCompress, constants, gunzip, gzip } from 'node:zlib'

const brotli = promisify(brotliCompress)
const gzipAsync = promisify(gzip)
const gunzipAsync = promisify(gunzip)

/** How one file of the build is compressed, or `undefined` when it is left alone. */
export interface CompressionPlan {
  /** `text` and `binary` files are compressed as they are; `gzipped` ones are gzip files already. */
  kind: 'text' | 'binary' | 'gzipped'
  /** Brotli quality, 0–11. */
  brotliQuality: number
}

/** Extensions of text files compressed at brotli quality 5: one or more per page. */
const documentExtensions = new Set(['.html', '.xml', '.json', '.svg', '.txt'])
/** Extensions of text files compressed at brotli quality 11: the build's few scripts and stylesheets. */
const assetExtensions = new Set(['.css', '.js', '.mjs'])
/** Pagefind's gzip files: index chunks, fragments, filters, the language's metadata (one or more per page). */
const pagefindIndexExtensions = new Set(['.pf_meta', '.pf_index', '.pf_fragment', '.pf_filter'])

/** Brotli quality of the files a build has few of, downloaded by every reader. */
export const assetBrotliQuality = 11
/** Brotli quality of the files a build has one or more of per page. */
export const documentBrotliQuality = 5

/**
 * The plan for one file of the build, from its name.
 * @param file a path or file name; copies already compressed (`.br`, `.gz`) get none
 */
export function compressionPlan(file: string): CompressionPlan | undefined {
  const extension = path.extname(file).toLowerCase()
  if (documentExtensions.has(extension))
    return { kind: 'text', brotliQuality: documentBrotliQuality }
  if (assetExtensions.has(extension)) return { kind: 'text', brotliQuality: assetBrotliQuality }
  if (extension === '.wasm') return { kind: 'binary', brotliQuality: assetBrotliQuality }
  // Pagefind's WebAssembly engine (`wasm.<language>.pagefind`).
  if (extension === '.pagefind') return { kind: 'gzipped', brotliQuality: assetBrotliQuality }
  if (pagefindIndexExtensions.has(extension))
    return { kind: 'gzipped', brotliQuality: documentBrotliQuality }
  return undefined
}

/** What {@link precompressSite} did, for the build's log. */
export interface PrecompressReport {
  /** Files with a plan (see {@link compressionPlan}). */
  files: number
  /** Bytes of those files as built. */
  bytes: number
  /** `.br` copies written, and their bytes. */
  brotli: { files: number; bytes: number }
  /** `.gz` copies written, and their bytes. */
  gzip: { files: number; bytes: number }
  /** Copies taken from the cache instead of compressed. */
  reused: number
}

export interface PrecompressOptions {
  /** Folder for the cache of compressed copies; without it every file is compressed. */
  cacheDir?: string
  /** Files handled at once (default 8): enough to keep zlib's thread pool busy on every core. */
  concurrency?: number
}

const gzipMagic = (bytes: Buffer) => bytes[0] === 0x1f && bytes[1] === 0x8b

/** The files under `dir`, as absolute paths. */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
}

/** A content-addressed store of compressed copies; every method swallows its own errors. */
class CopyCache {
  readonly #dir: string | undefined
  readonly #used = new Set<string>()
  #usable: boolean

  constructor(dir: string | undefined) {
    this.#dir = dir
    this.#usable = dir !== undefined
  }

  async open(): Promise<void> {
    if (!this.#dir) return
    try {
      await mkdir(this.#dir, { recursive: true })
    } catch {
      this.#usable = false
    }
  }

  /** Copies the entry `key` to `target`; false when there is none (or it cannot be read). */
  async restore(key: string, target: string): Promise<boolean> {
    if (!this.#usable || !this.#dir) return false
    try {
      await copyFile(path.join(this.#dir, key), target)
      this.#used.add(key)
      return true
    } catch {
      return false
    }
  }

  async store(key: string, bytes: Buffer): Promise<void> {
    if (!this.#usable || !this.#dir) return
    // Written under a unique name, then renamed: a concurrent build never reads half an entry.
    const temporary = path.join(this.#dir, `.${key}.${process.pid}.${Math.random()}`)
    try {
      await writeFile(temporary, bytes)
      await rename(temporary, path.join(this.#dir, key))
      this.#used.add(key)
    } catch {
      await rm(temporary, { force: true }).catch(() => {})
    }
  }

  /** Removes the entries this build did not use (the cache then holds one build's copies). */
  async prune(): Promise<void> {
    if (!this.#usable || !this.#dir) return
    try {
      for (const name of await readdir(this.#dir)) {
        if (!this.#used.has(name)) await rm(path.join(this.#dir, name), { force: true })
      }
    } catch {
      // A cache left larger than needed is harmless.
    }
  }
}

/**
 * Writes the brotli and gzip copies of every file of the built site at `dir` (see the module's comment).
 * @param dir the build's output folder
 * @returns what was written
 * @throws when a file of the build cannot be read or a copy cannot be written
 */
export async function precompressSite(
  dir: string,
  options: PrecompressOptions = {},
): Promise<PrecompressReport> {
  const report: PrecompressReport = {
    files: 0,
    bytes: 0,
    brotli: { files: 0, bytes: 0 },
    gzip: { files: 0, bytes: 0 },
    reused: 0,
  }
  const cache = new CopyCache(options.cacheDir)
  await cache.open()

  /** Writes `file.<suffix>` from the cache or from `compress()`, unless it is not smaller than `limit`. */
  const writeCopy = async (
    file: string,
    suffix: 'br' | 'gz',
    key: string,
    limit: number,
    compress: () => Promise<Buffer>,
  ) => {
    const target = `${file}.${suffix}`
    let size: number
    if (await cache.restore(key, target)) {
      size = (await stat(target)).size
      report.reused += 1
    } else {
      const bytes = await compress()
      // Stored even when not written, so that the next build does not compress it again to find out.
      await cache.store(key, bytes)
      if (bytes.length >= limit) return
      await writeFile(target, bytes)
      size = bytes.length
    }
    if (size >= limit) {
      await rm(target, { force: true })
      return
    }
    const counter = suffix === 'br' ? report.brotli : report.gzip
    counter.files += 1
    counter.bytes += size
  }

  const handle = async (file: string) => {
    const plan = compressionPlan(file)
    if (!plan) return
    const bytes = await readFile(file)
    report.files += 1
    report.bytes += bytes.length
    const hash = createHash('sha256').update(bytes).digest('hex')
    if (plan.kind === 'gzipped') {
      if (!gzipMagic(bytes)) return
      // The file is its own gzip copy: linked, or copied where links are not possible.
      await link(file, `${file}.gz`).catch(() => copyFile(file, `${file}.gz`))
      report.gzip.files += 1
      report.gzip.bytes += bytes.length
      await writeCopy(
        file,
        'br',
        `${hash}.inflated.br${plan.brotliQuality}`,
        bytes.length,
        async () => brotli(await gunzipAsync(bytes), brotliOptions(plan)),
      )
      return
    }
    await writeCopy(file, 'br', `${hash}.br${plan.brotliQuality}`, bytes.length, () =>
      brotli(bytes, brotliOptions(plan, bytes.length)),
    )
    await writeCopy(file, 'gz', `${hash}.gz9`, bytes.length, () => gzipAsync(bytes, { level: 9 }))
  }

  const files = (await filesUnder(dir)).filter((file) => !/\.(br|gz)$/.test(file))
  let next = 0
  const worker = async () => {
    while (next < files.length) {
      const file = files[next++]
      if (file !== undefined) await handle(file)
    }
  }
  await Promise.all(Array.from({ length: options.concurrency ?? 8 }, worker))
  await cache.prune()
  return report
}

function brotliOptions(plan: CompressionPlan, size?: number) {
  return {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: plan.brotliQuality,
      [constants.BROTLI_PARAM_MODE]:
        plan.kind === 'text' ? constants.BROTLI_MODE_TEXT : constants.BROTLI_MODE_GENERIC,
      ...(size === undefined ? {} : { [constants.BROTLI_PARAM_SIZE_HINT]: size }),
    },
  }
}
