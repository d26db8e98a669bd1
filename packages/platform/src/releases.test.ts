import { createServer } from 'node:http'
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { siteDir } from './paths.ts'
import {
  buildRelease,
  currentRelease,
  listReleases,
  rollback,
  validateRelease,
} from './releases.ts'
import { freePort } from './test-database.ts'

let buildsDir: string

function writePage(dir: string, page: string, html: string) {
  mkdirSync(path.join(dir, path.dirname(page)), { recursive: true })
  writeFileSync(path.join(dir, page), html)
}

function fakeRelease(name: string, links: string[] = []): string {
  const dir = path.join(buildsDir, 'releases', name)
  const body = links.map((href) => `<a href="${href}">x</a>`).join('')
  writePage(dir, 'fr/index.html', `<html><body>${name}${body}</body></html>`)
  writePage(dir, 'en/index.html', `<html><body>${name}</body></html>`)
  return dir
}

/** Every file under `dir` (relative path → bytes as text), dot-folders included: what a visitor could be served. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {}
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const full = path.join(entry.parentPath, entry.name)
    files[path.relative(dir, full)] = readFileSync(full, 'utf8')
  }
  return files
}

beforeEach(() => {
  buildsDir = mkdtempSync(path.join(tmpdir(), 'mist-releases-'))
})
afterEach(() => {
  rmSync(buildsDir, { recursive: true, force: true })
})

describe('site releases', () => {
  it('accepts a release whose internal links all resolve', () => {
    const dir = fakeRelease('a', ['/en/', '/fr/', 'https://example.org/', '//cdn.example/x'])
    expect(validateRelease(dir)).toBe(2)
  })

  it('refuses a release with a broken internal link, naming it and the page', () => {
    const dir = fakeRelease('a', ['/fr/formations/absente/'])
    expect(() => validateRelease(dir)).toThrow(
      /broken internal link.*\/fr\/formations\/absente\/ \(in \/fr\/index.html\)/,
    )
  })

  it('reports a link with malformed percent-encoding as broken instead of failing obscurely', () => {
    const dir = fakeRelease('a', ['/fr/taux-50%/'])
    expect(() => validateRelease(dir)).toThrow(/broken internal link.*taux-50%/)
  })

  it('refuses a release whose page loads a script from a third party, naming it and the page', () => {
    // Setup: a release whose English home page pulls a script from a CDN.
    const dir = fakeRelease('a')
    writePage(dir, 'en/index.html', '<html><script src="https://cdn.example/a.js"></script></html>')
    const origins = { siteUrl: 'https://mist.example', cmsUrl: 'https://cms.mist.example' }
    // Action + Assert
    expect(() => validateRelease(dir, origins)).toThrow(
      /another site than itself and the CMS: script https:\/\/cdn.example\/a.js \(in \/en\/index.html\)/,
    )
  })

  it('refuses a release whose stylesheet loads a font from a third party', () => {
    const dir = fakeRelease('a')
    writePage(dir, '_astro/index.css', '@font-face{src:url(https://fonts.example/a.woff2)}')
    const origins = { siteUrl: 'https://mist.example', cmsUrl: 'https://cms.mist.example' }
    expect(() => validateRelease(dir, origins)).toThrow(
      /url\(https:\/\/fonts.example\/a.woff2\) \(in \/_astro\/index.css\)/,
    )
  })

  it('refuses a release with a style attribute, which the Content-Security-Policy would block', () => {
    const dir = fakeRelease('a')
    writePage(dir, 'fr/index.html', '<html><p style="white-space: pre-line">adresse</p></html>')
    const origins = { siteUrl: 'https://mist.example', cmsUrl: 'https://cms.mist.example' }
    expect(() => validateRelease(dir, origins)).toThrow(/p style \(in \/fr\/index.html\)/)
  })

  it('refuses a release without a home page for every locale', () => {
    const dir = path.join(buildsDir, 'releases', 'b')
    writePage(dir, 'fr/index.html', '<html></html>')
    expect(() => validateRelease(dir)).toThrow(/no home page for: en/)
  })

  it('goes back to the previous release, and says so when there is none', () => {
    fakeRelease('2026-01-01')
    fakeRelease('2026-01-02')
    symlinkSync(path.join('releases', '2026-01-02'), path.join(buildsDir, 'current'))
    expect(rollback(buildsDir)).toBe('2026-01-01')
    expect(
      readFileSync(path.join(currentRelease(buildsDir) ?? '', 'fr/index.html'), 'utf8'),
    ).toContain('2026-01-01')
    expect(() => rollback(buildsDir)).toThrow(/no earlier build/)
  })

  it('keeps serving the current release when a build fails (CMS down)', async () => {
    fakeRelease('2026-01-01')
    symlinkSync(path.join('releases', '2026-01-01'), path.join(buildsDir, 'current'))
    const before = snapshot(buildsDir)
    const closedPort = await freePort()
    await expect(
      buildRelease({
        buildsDir,
        siteDir,
        cmsUrl: `http://127.0.0.1:${closedPort}`,
        siteUrl: 'http://localhost:4321',
      }),
    ).rejects.toThrow(/could not be built.*cannot be reached/)
    expect(path.basename(currentRelease(buildsDir) ?? '')).toBe('2026-01-01')
    expect(listReleases(buildsDir)).toEqual(['2026-01-01'])
    // Byte for byte the same files, and no half-built folder left beside them.
    expect(snapshot(buildsDir)).toEqual(before)
    expect(readdirSync(path.join(buildsDir, 'releases'))).toEqual(['2026-01-01'])
  })

  it('keeps serving the current release when the CMS answers errors', async () => {
    fakeRelease('2026-01-01')
    symlinkSync(path.join('releases', '2026-01-01'), path.join(buildsDir, 'current'))
    const before = snapshot(buildsDir)
    const failing = createServer((_req, res) => res.writeHead(500).end('boom'))
    await new Promise<void>((resolve) => failing.listen(0, '127.0.0.1', resolve))
    const address = failing.address()
    const port = typeof address === 'object' && address ? address.port : 0
    try {
      await expect(
        buildRelease({
          buildsDir,
          siteDir,
          cmsUrl: `http://127.0.0.1:${port}`,
          siteUrl: 'http://localhost:4321',
        }),
      ).rejects.toThrow(/could not be built.*HTTP 500/)
    } finally {
      failing.close()
    }
    expect(path.basename(currentRelease(buildsDir) ?? '')).toBe('2026-01-01')
    expect(snapshot(buildsDir)).toEqual(before)
    expect(readdirSync(path.join(buildsDir, 'releases'))).toEqual(['2026-01-01'])
  })

  it('reports a build folder that cannot be created (a part of its path is a file), naming it, and builds nothing', async () => {
    // Setup: SITE_BUILDS_DIR points below a regular file
    const file = path.join(buildsDir, 'not-a-folder')
    writeFileSync(file, 'a file where a folder should be')
    const badBuildsDir = path.join(file, 'site-builds')
    // Action + Assert
    await expect(
      buildRelease({
        buildsDir: badBuildsDir,
        siteDir,
        cmsUrl: 'http://127.0.0.1:9',
        siteUrl: 'http://localhost:4321',
      }),
    ).rejects.toThrow(
      `its build folder ${path.join(badBuildsDir, 'releases')} cannot be created or written (a part of this path is a file, not a folder)`,
    )
    expect(readFileSync(file, 'utf8')).toBe('a file where a folder should be')
  })

  it('keeps serving the same bytes when its releases folder cannot be written', async () => {
    // Setup: the served release (reached through `current`, as after a restore to another disk) and a regular
    // file where the releases folder should be
    const served = path.join(buildsDir, 'restored', '2026-01-01')
    writePage(served, 'fr/index.html', '<html><body>servie</body></html>')
    writePage(served, 'en/index.html', '<html><body>served</body></html>')
    const builds = path.join(buildsDir, 'builds')
    mkdirSync(builds)
    symlinkSync(served, path.join(builds, 'current'))
    writeFileSync(path.join(builds, 'releases'), '')
    const before = readFileSync(path.join(currentRelease(builds) ?? '', 'fr/index.html'))
    // Action
    const failure = buildRelease({
      buildsDir: builds,
      siteDir,
      cmsUrl: 'http://127.0.0.1:9',
      siteUrl: 'http://localhost:4321',
    })
    // Assert
    await expect(failure).rejects.toThrow(
      `its build folder ${path.join(builds, 'releases')} cannot be created or written (a part of this path is a file, not a folder). Check SITE_BUILDS_DIR; the site served is unchanged.`,
    )
    expect(currentRelease(builds)).toBe(served)
    expect(readFileSync(path.join(currentRelease(builds) ?? '', 'fr/index.html'))).toEqual(before)
  })
})
