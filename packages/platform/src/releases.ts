/**
 * The built-in site builder (issue 3): each build goes into a fresh release folder, is validated, and only then
 * becomes the served site by an atomic switch of the `current` symbolic link (rename(2) over it). A failed
 * build or validation leaves the served site as it was. The newest `keep` releases stay for `pnpm
 * site:rollback`.
 *
 * Layout: `<buildsDir>/releases/<UTC timestamp>-<random>/` and `<buildsDir>/current -> releases/<name>`.
 */
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
} from 'node:fs'
import path from 'node:path'

import { locales } from '@mist/schema'

import { cssAddresses, foreignResources, inlineAttributes } from './foreign-resources.ts'

export interface ReleaseOptions {
  buildsDir: string
  /** The Astro project (apps/site). */
  siteDir: string
  cmsUrl: string
  siteUrl: string
  /** Releases kept for rollback, the served one included. Default 5. */
  keep?: number
}

export interface Release {
  name: string
  pages: number
  durationMs: number
  /**
   * What the build left out and editors may want to know, one line each, naming the document (collection, id,
   * slug, locale): e.g. a document with a slug but no title in a locale, which gets no page there.
   */
  notices: string[]
}

/** Marks a notice line in the site build's output (printed by apps/site/src/lib/site-data.ts). */
const noticeMarker = '[mist-notice]'

const releasesDir = (buildsDir: string) => path.join(buildsDir, 'releases')
const currentLink = (buildsDir: string) => path.join(buildsDir, 'current')

/**
 * Runs `astro build` into `outDir`.
 * @returns the build's notices (see {@link Release.notices}), each once, in the order printed
 * @throws with the end of Astro's output when the build fails
 */
async function astroBuild(options: ReleaseOptions, outDir: string): Promise<string[]> {
  const child = spawn(
    process.execPath,
    [path.join(options.siteDir, 'node_modules/astro/bin/astro.mjs'), 'build'],
    {
      cwd: options.siteDir,
      env: {
        ...process.env,
        CMS_URL: options.cmsUrl,
        SITE_URL: options.siteUrl,
        SITE_OUT_DIR: outDir,
        // Beside the releases, on their file system: the build hard-links its compressed copies from there
        // (apps/site/src/lib/precompress.ts). A dot-name, which listReleases and rollback ignore.
        SITE_PRECOMPRESS_CACHE: path.join(releasesDir(options.buildsDir), '.precompress-cache'),
        ASTRO_TELEMETRY_DISABLED: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  // If the CMS stops during a build, Astro must not keep writing into the release folder.
  const killChild = () => child.kill('SIGTERM')
  process.once('exit', killChild)
  child.once('exit', () => process.removeListener('exit', killChild))
  let output = ''
  let pending = ''
  const notices = new Set<string>()
  const keep = (chunk: Buffer) => {
    const text = chunk.toString()
    output = (output + text).slice(-20_000)
    // Notices are read line by line from the whole output, not from its tail.
    const lines = (pending + text).split('\n')
    pending = lines.pop() ?? ''
    for (const line of lines) {
      const at = line.indexOf(noticeMarker)
      if (at >= 0) notices.add(line.slice(at + noticeMarker.length).trim())
    }
  }
  child.stdout.on('data', keep)
  child.stderr.on('data', keep)
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject)
    child.on('exit', resolve)
  })
  if (code !== 0) {
    // Astro prints the CmsError message (collection, id, field) on its own line; editors see that line.
    // eslint-disable-next-line no-control-regex -- strips ANSI colour codes (ESC [ … m) from Astro's output
    const plain = output.replace(/\u001b\[[0-9;]*m/g, '')
    const reason = plain
      .split('\n')
      .filter((line) => !/^\s*at /.test(line))
      .find((line) =>
        /cannot be reached|is invalid|answered HTTP|Two documents|No published page|CmsError/.test(
          line,
        ),
      )
      ?.replace(/^.*?(CmsError:?\s*|\[CmsError\]\s*)/, '')
    throw new Error(
      `The site could not be built: ${(reason ?? plain.trim().split('\n').slice(-5).join(' ')).trim()}`,
    )
  }
  return [...notices]
}

function filesEndingWith(dir: string, extension: string): string[] {
  const found: string[] = []
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) found.push(...filesEndingWith(full, extension))
    else if (entry.name.endsWith(extension)) found.push(full)
  }
  return found
}

const htmlFiles = (dir: string) => filesEndingWith(dir, '.html')

function resolvesInRelease(dir: string, href: string): boolean {
  let pathname: string
  try {
    pathname = decodeURIComponent(href.split(/[?#]/)[0] ?? '')
  } catch {
    return false // malformed percent-encoding: reported as a broken link
  }
  const target = path.join(dir, pathname)
  if (target !== dir && !target.startsWith(dir + path.sep)) return false
  if (pathname.endsWith('/')) return existsSync(path.join(target, 'index.html'))
  return (
    (existsSync(target) && statSync(target).isFile()) || existsSync(path.join(target, 'index.html'))
  )
}

/**
 * Checks a built release before it is served: it has pages, every locale has its home page, every
 * internal link (`href`/`src` starting with a single `/`) points to a file of the release and, when `origins`
 * are given, no page or stylesheet loads anything from another origin (issue 5: no third-party resource; see
 * foreign-resources.ts).
 * @param origins the origins a page may load from or post to: the site's and the CMS's
 * @returns the number of HTML pages
 * @throws an Error in plain words naming what is missing or which page loads what from where
 */
export function validateRelease(
  dir: string,
  origins?: { siteUrl: string; cmsUrl: string },
): number {
  const pages = htmlFiles(dir)
  if (pages.length === 0) throw new Error('The built site is empty.')
  const missingLocales = locales.filter(
    (locale) => !existsSync(path.join(dir, locale, 'index.html')),
  )
  if (missingLocales.length > 0)
    throw new Error(`The built site has no home page for: ${missingLocales.join(', ')}.`)
  const broken = new Set<string>()
  for (const file of pages) {
    const html = readFileSync(file, 'utf8')
    for (const match of html.matchAll(/\s(?:href|src)="(\/(?!\/)[^"]*)"/g)) {
      const href = match[1] ?? ''
      if (!resolvesInRelease(dir, href)) broken.add(`${href} (in /${path.relative(dir, file)})`)
    }
  }
  if (broken.size > 0) {
    const list = [...broken].slice(0, 10).join(', ')
    throw new Error(`The built site has ${broken.size} broken internal link(s): ${list}.`)
  }
  if (origins) checkNoForeignResources(dir, pages, origins)
  return pages.length
}

function checkNoForeignResources(
  dir: string,
  pages: string[],
  origins: { siteUrl: string; cmsUrl: string },
): void {
  const allowed = [origins.siteUrl, origins.cmsUrl]
  const foreign: string[] = []
  const urlOf = (file: string) =>
    new URL(`/${path.relative(dir, file).split(path.sep).join('/')}`, origins.siteUrl).href
  const inline: string[] = []
  for (const file of pages) {
    const html = readFileSync(file, 'utf8')
    const found = foreignResources(html, urlOf(file), allowed)
    for (const resource of found) foreign.push(`${resource} (in /${path.relative(dir, file)})`)
    for (const attribute of inlineAttributes(html))
      inline.push(`${attribute} (in /${path.relative(dir, file)})`)
  }
  if (inline.length > 0) {
    const list = inline.slice(0, 10).join(', ')
    throw new Error(
      `The built site has inline style or event attributes, which its Content-Security-Policy blocks: ${list}.`,
    )
  }
  for (const file of filesEndingWith(dir, '.css')) {
    for (const address of cssAddresses(readFileSync(file, 'utf8'))) {
      const url = new URL(address, urlOf(file))
      if (
        url.protocol !== 'data:' &&
        !allowed.some((origin) => new URL(origin).origin === url.origin)
      )
        foreign.push(`url(${address}) (in /${path.relative(dir, file)})`)
    }
  }
  if (foreign.length > 0) {
    const list = foreign.slice(0, 10).join(', ')
    throw new Error(
      `The built site loads ${foreign.length} resource(s) from another site than itself and the CMS: ${list}.`,
    )
  }
}

/** The release the site serves now (absolute path), or `null` before the first successful build. */
export function currentRelease(buildsDir: string): string | null {
  try {
    return path.resolve(buildsDir, readlinkSync(currentLink(buildsDir)))
  } catch {
    return null
  }
}

/** Releases on disk, oldest first. */
export function listReleases(buildsDir: string): string[] {
  if (!existsSync(releasesDir(buildsDir))) return []
  return readdirSync(releasesDir(buildsDir))
    .filter((name) => !name.startsWith('.'))
    .sort()
}

function switchCurrent(buildsDir: string, name: string): void {
  const temporary = path.join(buildsDir, `.current-${randomBytes(4).toString('hex')}`)
  symlinkSync(path.join('releases', name), temporary)
  renameSync(temporary, currentLink(buildsDir))
}

function prune(buildsDir: string, keep: number): void {
  const served = path.basename(currentRelease(buildsDir) ?? '')
  const releases = listReleases(buildsDir)
  for (const name of releases.slice(0, Math.max(0, releases.length - keep))) {
    if (name !== served)
      rmSync(path.join(releasesDir(buildsDir), name), { recursive: true, force: true })
  }
}

/** Why a build folder could not be made, in plain words naming the folder (SITE_BUILDS_DIR). */
function unwritableFolderMessage(folder: string, error: unknown): string {
  const code = (error as { code?: unknown }).code
  const why =
    code === 'ENOTDIR' || code === 'EEXIST'
      ? 'a part of this path is a file, not a folder'
      : code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
        ? 'writing there is not allowed'
        : code === 'ENOSPC' || code === 'EDQUOT'
          ? 'the disk is full'
          : error instanceof Error
            ? error.message
            : String(error)
  return `The site could not be built: its build folder ${folder} cannot be created or written (${why}). Check SITE_BUILDS_DIR; the site served is unchanged.`
}

/**
 * Builds, validates and switches to a new release.
 * @throws when the build folder cannot be created, or the build or the validation fails (a message for editors,
 *   naming the folder or the document at fault); the served release is then unchanged
 */
export async function buildRelease(options: ReleaseOptions): Promise<Release> {
  const started = Date.now()
  const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomBytes(3).toString('hex')}`
  const releases = releasesDir(options.buildsDir)
  // Built under a dot-name (ignored by listReleases and rollback) and renamed only once valid, so an
  // interrupted build never becomes a release; leftovers of interrupted builds are removed first.
  const building = path.join(releases, `.building-${name}`)
  try {
    mkdirSync(releases, { recursive: true })
    for (const leftover of readdirSync(releases).filter((entry) =>
      entry.startsWith('.building-'),
    )) {
      rmSync(path.join(releases, leftover), { recursive: true, force: true })
    }
    mkdirSync(building)
  } catch (error) {
    throw new Error(unwritableFolderMessage(releases, error), { cause: error })
  }
  let pages: number
  let notices: string[]
  try {
    notices = await astroBuild(options, building)
    pages = validateRelease(building, { siteUrl: options.siteUrl, cmsUrl: options.cmsUrl })
    renameSync(building, path.join(releases, name))
  } catch (error) {
    rmSync(building, { recursive: true, force: true })
    throw error
  }
  switchCurrent(options.buildsDir, name)
  try {
    prune(options.buildsDir, options.keep ?? 5)
  } catch {
    // Old releases left on disk are harmless; the new one is served either way.
  }
  return { name, pages, durationMs: Date.now() - started, notices }
}

/**
 * Serves the release before the current one again (`pnpm site:rollback`).
 * @returns the name of the release now served
 * @throws when there is no earlier release
 */
export function rollback(buildsDir: string): string {
  const served = path.basename(currentRelease(buildsDir) ?? '')
  const releases = listReleases(buildsDir)
  const index = releases.indexOf(served)
  const previous = index > 0 ? releases[index - 1] : undefined
  if (!previous) throw new Error('There is no earlier build to go back to.')
  switchCurrent(buildsDir, previous)
  return previous
}
