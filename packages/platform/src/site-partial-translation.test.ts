import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startFakeCms } from './fake-cms.ts'
import { siteDir } from './paths.ts'
import { buildRelease, currentRelease, type Release } from './releases.ts'

/**
 * Issue 7: a document missing its title in one locale, as the database may hold it (written below the API's
 * validation, or a translation begun and emptied): its slug is there, its title is `null` or blank. The
 * translation rule (docs/decisions/001-translation-rule.md) says it has no version in that locale; the build
 * names it and builds no page for it there, and never prints "null" or an empty title.
 */
const updatedAt = '2026-11-20T10:00:00.000Z'
const homeTitles = {
  fr: 'Centre de ressources : victimes de traite et professionnels',
  en: 'Resource centre for victims of trafficking and professionals',
}

/** Mist's seeded initial training (apps/cms/src/seed/content.ts), its English title lost. */
function collection(name: string, locale: string): unknown[] {
  const fr = locale === 'fr'
  const training = (id: number, title: string | null, slug: string) => ({
    id,
    title,
    slug,
    audience: 'both',
    format: 'initial',
    description: null,
    duration: null,
    onRequest: null,
    meta: null,
    updatedAt,
  })
  const docs: Record<string, unknown[]> = {
    pages: [
      {
        id: 1,
        purpose: 'home',
        title: fr ? homeTitles.fr : homeTitles.en,
        slug: 'home',
        summary: null,
        body: null,
        meta: null,
        updatedAt,
      },
    ],
    trainings: [
      fr
        ? training(12, 'Formation initiale', 'formation-initiale')
        : training(12, null, 'initial-training'),
      fr
        ? training(13, 'Formation continue', 'formation-continue')
        : training(13, '   ', 'continuing-training'),
    ],
  }
  return docs[name] ?? []
}

let workDir: string
let cms: Awaited<ReturnType<typeof startFakeCms>>
let release: Release
const builds = () => path.join(workDir, 'builds')

/** Every HTML page of the built site: path → text. */
function pages(): Map<string, string> {
  const root = currentRelease(builds()) ?? ''
  const found = new Map<string, string>()
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue
    const full = path.join(entry.parentPath, entry.name)
    found.set(`/${path.relative(root, full)}`, readFileSync(full, 'utf8'))
  }
  return found
}

beforeAll(async () => {
  workDir = mkdtempSync(path.join(tmpdir(), 'mist-partial-translation-'))
  cms = await startFakeCms(collection)
  // Action
  release = await buildRelease({
    buildsDir: builds(),
    siteDir,
    cmsUrl: cms.url,
    siteUrl: 'https://mist.example',
  })
}, 120_000)

afterAll(() => {
  cms?.close()
  if (workDir) rmSync(workDir, { recursive: true, force: true })
})

describe('a document whose title is missing in one locale (translation rule)', () => {
  it('builds its French page and no English page for it', () => {
    const built = pages()
    expect(built.get('/fr/formations/formation-initiale/index.html')).toContain(
      'Formation initiale',
    )
    expect(
      [...built.keys()].filter((page) => /initial-training|continuing-training/.test(page)),
    ).toEqual([])
  })

  it('never shows "null" or an empty title on any page', () => {
    for (const [page, html] of pages()) {
      expect(html, page).not.toMatch(/>\s*null\s*</)
      expect(html, page).not.toMatch(/<title>\s*(·[^<]*)?<\/title>|<h1[^>]*>\s*<\/h1>/)
      expect(html, page).not.toContain('"null"')
    }
  })

  it('names each such document (collection, id, slug and locale) in the build’s notices', () => {
    expect(release.notices).toEqual([
      'trainings 12 (en, slug initial-training): no en page, its title is empty (translation rule, ADR 001).',
      'trainings 13 (en, slug continuing-training): no en page, its title is empty (translation rule, ADR 001).',
    ])
  })
})
