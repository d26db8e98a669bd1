/**
 * Brotli and gzip copies of the built site's files, written beside them at build time (`x.html.br`,
 * `x.html.gz`) so that the site server (packages/platform/src/site.ts), or any static host that serves
 * precompressed files, sends compressed bytes without compressing on each request
 * (docs/decisions/024-compression-and-caching.md). Run by astro.config.mjs after the search index and the
 * sitemap are written.
 *
 * - Text (HTML, CSS, JavaScript, JSON, XML, SVG, plain text) and WebAssembly get both copies; a copy that
 *   would not be smaller than the file is not written.
 * - Brotli quality 11 (slow, smallest) for scripts, stylesheets and WebAssembly: a few files per build,
 *   downloaded by every reader; quality 5 for pages, feeds and sitemaps, of which a build has thousands
 *   (quality 11 takes about 40 times the time for about 10 % fewer bytes). Gzip level 9.
 * - Pagefind's files are gzip already (level 9), which Pagefind's script inflates in JavaScript unless the
 *   browser did: once inflated they start with a `pagefind_dcd` signature that tells it so. Their `.gz`
 *   copy is the file itself (a hard link), so the browser inflates them natively. Only the WebAssembly
 *   engine (`wasm.<language>.pagefind`) also gets a `.br` copy, of its inflated bytes (about 15 % smaller);
 *   for the index chunks and fragments, one or more per page, brotli at a quality a build can afford saves
 *   1–10 % of bytes already gzipped.
 * - Each copy written is also hard-linked into a cache folder, named by the SHA-256 of the file and the
 *   settings, so a later build that writes the same bytes (Pagefind's engine and script, unchanged pages
 *   and feeds) links it again instead of compressing; such a copy keeps its date, hence the site server's
 *   ETag, from one build to the next. Entries a build did not use are removed at its end. Where the cache
 *   cannot be linked to (another file system) or written, the build compresses every copy.
 */
import { createHash } from 'node:crypto'
import { copyFile, link, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { brotliCompressSync, constants, gunzipSync, gzipSync } from 'node:zlib'

/** How one file of the build is compressed, or `undefined` when it is left alone. */
export interface CompressionPlan {
  /** `text` and `binary` files are compressed as they are; `gzipped` ones are gzip files already. */
  kind: 'text' | 'binary' | 'gzipped'
  /** Brotli quality, 0–11, or `undefined` for no brotli copy. */
  brotliQuality: number | undefined
}

/** Brotli quality of the files a build has few of, downloaded by every reader. */
export const assetBrotliQuality = 11
/** Brotli quality of the files a build has one or more of per page. */
export const documentBrotliQuality = 5

/** Extensions of text files a build has one or more of per page. */
const documentExtensions = new Set(['.html', '.xml', '.json', '.svg', '.txt'])
/** Extensions of the build's few scripts and stylesheets. */
const assetExtensions = new Set(['.css', '.js', '.mjs'])
/** Pagefind's gzip files besides its engine: index chunks, fragments, filters, each language's metadata. */
const pagefindIndexExtensions = new Set(['.pf_meta', '.pf_index', '.pf_fragment', '.pf_filter'])

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
  if (pagefindIndexExtensions.has(extension)) return { kind: 'gzipped', brotliQuality: undefined }
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
  /** Folder for the cache of compressed copies; without it every copy is compressed. */
  cacheDir?: string
  /**
   * Files handled at once (default 8): compression runs on the calling thread (zlib's synchronous calls
   * took about half the CPU time of its thread pool's here), while other files are read and written.
   */
  concurrency?: number
}

const gzipMagic = (bytes: Buffer) => bytes[0] === 0x1f && bytes[1] === 0x8b

/** Hard-links `from` to `to`, or copies it where links are not possible. @throws when neither works */
async function linkOrCopy(from: string, to: string): Promise<void> {
  try {
    await link(from, to)
  } catch {
    await copyFile(from, to)
  }
}

/**
 * A content-addressed store of compressed copies, one file per copy named `<id>.<size in bytes>` (the id is
 * the SHA-256 of the file and the settings), so a build can tell whether a copy is worth linking without
 * reading it. Copies go in and out by hard links only: where the build's folder is on another file system,
 * copying them would cost about what compressing does, so the cache turns itself off. Its methods never
 * throw: callers fall back to compressing.
 */
class CopyCache {
  readonly #dir: string | undefined
  /** Entry sizes by id, as found when the build started or stored since. */
  readonly #sizes = new Map<string, number>()
  /** Ids this build used: the others are removed at its end. */
  readonly #used = new Set<string>()
  #on: boolean

  constructor(dir: string | undefined) {
    this.#dir = dir
    this.#on = dir !== undefined
  }

  async open(): Promise<void> {
    if (!this.#dir) return
    try {
      await mkdir(this.#dir, { recursive: true })
      for (const name of await readdir(this.#dir)) {
        const at = name.lastIndexOf('.')
        if (!name.startsWith('.') && at > 0)
          this.#sizes.set(name.slice(0, at), Number(name.slice(at + 1)))
      }
    } catch {
      this.#on = false
    }
  }

  /** The size of copy `id`, if the cache holds it. */
  size(id: string): number | undefined {
    return this.#on ? this.#sizes.get(id) : undefined
  }

  markUsed(id: string): void {
    this.#used.add(id)
  }

  /** Hard-links `from` to `to`; false when it cannot (and off for good unless `from` was just gone). */
  async #link(from: string, to: string): Promise<boolean> {
    try {
      await link(from, to)
      return true
    } catch (error) {
      const code = (error as { code?: unknown }).code
      if (code === 'EEXIST') return true
      if (code !== 'ENOENT') this.#on = false
      return false
    }
  }

  /** Links copy `id` to `target`; false when it is gone or cannot be linked. */
  async link(id: string, target: string): Promise<boolean> {
    const size = this.size(id)
    if (!this.#dir || size === undefined) return false
    if (!(await this.#link(path.join(this.#dir, `${id}.${size}`), target))) return false
    this.#used.add(id)
    return true
  }

  /** Keeps `file`, a copy of `size` bytes just written into the build, as copy `id` (a hard link). */
  async adopt(id: string, file: string, size: number): Promise<void> {
    if (!this.#on || !this.#dir) return
    if (!(await this.#link(file, path.join(this.#dir, `${id}.${size}`)))) return
    this.#sizes.set(id, size)
    this.#used.add(id)
  }

  /** Notes that copy `id` would be `size` bytes and is not worth writing (an empty entry says so). */
  async remember(id: string, size: number): Promise<void> {
    if (!this.#on || !this.#dir) return
    try {
      await writeFile(path.join(this.#dir, `${id}.${size}`), '')
      this.#used.add(id)
    } catch {
      // The next build compresses it again to find out.
    }
  }

  /** Removes the copies this build did not use (the cache then holds one build's copies). */
  async prune(): Promise<void> {
    if (!this.#on || !this.#dir) return
    try {
      for (const name of await readdir(this.#dir)) {
        if (!this.#used.has(name.slice(0, name.lastIndexOf('.'))))
          await rm(path.join(this.#dir, name), { force: true })
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

  const count = (suffix: 'br' | 'gz', size: number) => {
    const counter = suffix === 'br' ? report.brotli : report.gzip
    counter.files += 1
    counter.bytes += size
  }

  /** Writes `file.<suffix>` from the cache or from `compress()`, unless it is not smaller than `limit`. */
  const writeCopy = async (
    file: string,
    suffix: 'br' | 'gz',
    id: string,
    limit: number,
    compress: () => Buffer,
  ) => {
    const target = `${file}.${suffix}`
    const known = cache.size(id)
    if (known !== undefined && known >= limit) {
      cache.markUsed(id)
      return
    }
    if (known !== undefined && (await cache.link(id, target))) {
      report.reused += 1
      count(suffix, known)
      return
    }
    const bytes = compress()
    if (bytes.length >= limit) {
      // Remembered, so that the next build need not compress it to find out.
      await cache.remember(id, bytes.length)
      return
    }
    await writeFile(target, bytes)
    count(suffix, bytes.length)
    await cache.adopt(id, target, bytes.length)
  }

  const handle = async (file: string) => {
    const plan = compressionPlan(file)
    if (!plan) return
    const bytes = await readFile(file)
    report.files += 1
    report.bytes += bytes.length
    const hash = () => createHash('sha256').update(bytes).digest('hex')
    if (plan.kind === 'gzipped') {
      if (!gzipMagic(bytes)) return
      // The file is its own gzip copy.
      await linkOrCopy(file, `${file}.gz`)
      count('gz', bytes.length)
      if (plan.brotliQuality !== undefined)
        await writeCopy(
          file,
          'br',
          `${hash()}.inflated-br${plan.brotliQuality}`,
          bytes.length,
          () => brotliCompressSync(gunzipSync(bytes), brotliOptions(plan)),
        )
      return
    }
    const id = hash()
    if (plan.brotliQuality !== undefined)
      await writeCopy(file, 'br', `${id}.br${plan.brotliQuality}`, bytes.length, () =>
        brotliCompressSync(bytes, brotliOptions(plan, bytes.length)),
      )
    await writeCopy(file, 'gz', `${id}.gz9`, bytes.length, () => gzipSync(bytes, { level: 9 }))
  }

  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  const files = entries
    .filter((entry) => entry.isFile() && !/\.(br|gz)$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
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
      [constants.BROTLI_PARAM_QUALITY]: plan.brotliQuality ?? documentBrotliQuality,
      [constants.BROTLI_PARAM_MODE]:
        plan.kind === 'text' ? constants.BROTLI_MODE_TEXT : constants.BROTLI_MODE_GENERIC,
      ...(size === undefined ? {} : { [constants.BROTLI_PARAM_SIZE_HINT]: size }),
    },
  }
}
