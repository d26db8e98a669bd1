import { open } from 'node:fs/promises'
import path from 'node:path'

import { currentRelease } from '@mist/platform/releases'

/*
 * The site's built pages as the form intake reads them, to answer a refused form post with its own page filled
 * in again (refusedFormPage.ts, docs/decisions/028-refused-form-without-javascript.md). Only public pages, as
 * built, are read and kept here: never what a person posted.
 */

/** Largest page read, in bytes (a form page is about 15 KB as built; issue 5's budget is 14 KB gzipped). */
export const sitePageMaxBytes = 512 * 1024

/** Where the pages come from: the CMS's own builds, or the public site over HTTP. */
export type SitePageSource =
  { kind: 'release'; buildsDir: string } | { kind: 'site'; siteUrl: string; timeoutMs: number }

/**
 * The CMS's own builds when it has a release in `buildsDir` (SITE_BUILDS_DIR: the built-in builder, or a folder
 * shared with the site server), else the public site at `siteUrl`.
 */
export function sitePageSource(buildsDir: string | undefined, siteUrl: string): SitePageSource {
  return buildsDir !== undefined && currentRelease(buildsDir) !== null
    ? { kind: 'release', buildsDir }
    : { kind: 'site', siteUrl, timeoutMs: 2000 }
}

/** Pages read, by source and path: `html`, and when it was read (ms since the epoch). */
const cache = new Map<string, { html: string; readAt: number }>()
/** Most pages kept: the site's form pages (one per training and locale, plus two forms per locale). */
const cacheEntries = 200
/** How long a page fetched from the site is reused; a release's page never changes, only the release does. */
const siteCacheMs = 60_000

/**
 * Reads one page of the site as built, from the cache when it holds it.
 * @param pagePath a path already checked with `isFormPagePath` (`/fr/devenir-membre/`): it is joined as it is
 * @returns the page's HTML, or null when there is no such page, it is not HTML, larger than
 *   {@link sitePageMaxBytes}, or the site did not answer 200 in time
 */
export async function readSitePage(
  source: SitePageSource,
  pagePath: string,
): Promise<string | null> {
  const release = source.kind === 'release' ? currentRelease(source.buildsDir) : null
  const key = `${release ?? (source.kind === 'site' ? source.siteUrl : '')}\n${pagePath}`
  const cached = cache.get(key)
  if (cached && (release !== null || Date.now() - cached.readAt < siteCacheMs)) return cached.html
  const html =
    source.kind === 'release'
      ? release === null
        ? null
        : await readReleasePage(release, pagePath)
      : await fetchSitePage(source.siteUrl, pagePath, source.timeoutMs)
  if (html !== null) {
    cache.delete(key)
    cache.set(key, { html, readAt: Date.now() })
    // The oldest entry goes first (a Map keeps insertion order).
    if (cache.size > cacheEntries) cache.delete(cache.keys().next().value ?? '')
  }
  return html
}

/** Forgets every page read (tests; a new release is a new key anyway). */
export function forgetSitePages(): void {
  cache.clear()
}

async function readReleasePage(release: string, pagePath: string): Promise<string | null> {
  const file = path.join(release, ...pagePath.split('/').filter(Boolean), 'index.html')
  if (!file.startsWith(release + path.sep)) return null
  let handle
  try {
    handle = await open(file, 'r')
  } catch {
    return null
  }
  try {
    const { size } = await handle.stat()
    if (size > sitePageMaxBytes) return null
    return await handle.readFile('utf8')
  } catch {
    return null
  } finally {
    await handle.close()
  }
}

async function fetchSitePage(
  siteUrl: string,
  pagePath: string,
  timeoutMs: number,
): Promise<string | null> {
  try {
    const response = await fetch(new URL(pagePath, siteUrl), {
      headers: { Accept: 'text/html' },
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    })
    const type = response.headers.get('content-type') ?? ''
    if (response.status !== 200 || !/^text\/html\b/i.test(type) || !response.body) {
      await response.body?.cancel()
      return null
    }
    const reader = response.body.getReader()
    const chunks: Uint8Array[] = []
    let size = 0
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      size += value.byteLength
      if (size > sitePageMaxBytes) {
        await reader.cancel()
        return null
      }
      chunks.push(value)
    }
    return Buffer.concat(chunks).toString('utf8')
  } catch {
    return null
  }
}
