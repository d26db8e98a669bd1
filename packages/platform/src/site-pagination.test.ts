import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startFakeCms } from './fake-cms.ts'
import { siteDir } from './paths.ts'
import { buildRelease, currentRelease } from './releases.ts'

/**
 * Issue 8: a list longer than a page (50 items, ADR 022) is cut into static pages linked by a pagination
 * navigation, in each locale; a list that fits on one page looks as before. Content: the home and advocacy
 * pages, and 51 publications in French and English addressed to GRETA, one a month from January 2020 (so the
 * library and the GRETA filter take two pages, and each year's filter one).
 */
const updatedAt = '2026-11-20T10:00:00.000Z'
const publicationCount = 51

function collection(name: string, locale: string): unknown[] {
  const fr = locale === 'fr'
  const page = (id: number, purpose: string, title: string, slug: string) => ({
    id,
    purpose,
    title,
    slug,
    summary: null,
    body: null,
    meta: null,
    updatedAt,
  })
  const docs: Record<string, unknown[]> = {
    pages: [
      page(1, 'home', fr ? 'Accueil de Mist' : 'Mist home', 'accueil'),
      fr
        ? page(2, 'advocacy', 'Plaidoyer', 'plaidoyer')
        : page(2, 'advocacy', 'Advocacy', 'advocacy'),
    ],
    publications: Array.from({ length: publicationCount }, (_, i) => ({
      id: 100 + i + 1,
      kind: 'report',
      origin: 'mist',
      institution: 'greta',
      date: new Date(Date.UTC(2020, i, 1)).toISOString(),
      datePrecision: 'month',
      title: `${fr ? 'Rapport' : 'Report'} ${i + 1}`,
      slug: `${fr ? 'rapport' : 'report'}-${i + 1}`,
      summary: null,
      body: null,
      meta: null,
      updatedAt,
    })),
  }
  return docs[name] ?? []
}

let workDir: string
let cms: Awaited<ReturnType<typeof startFakeCms>>
let root: string

/** The built page at a site path (`/fr/publications/page/2/`). @throws when the site has no such page */
function html(sitePath: string): string {
  return readFileSync(path.join(root, sitePath, 'index.html'), 'utf8')
}
/** The `href`s of the links inside the element opened by `open` (e.g. the pagination nav), in order. */
function linksIn(page: string, open: string, close: string): string[] {
  const start = page.indexOf(open)
  if (start < 0) return []
  const part = page.slice(start, page.indexOf(close, start))
  return [...part.matchAll(/<a href="([^"]+)"/g)].map((match) => match[1] ?? '')
}
const paginationOpen = (locale: 'fr' | 'en') =>
  `<nav aria-label="${locale === 'fr' ? 'Pages de la liste' : 'Pages of the list'}"`
const listedTitles = (page: string) =>
  [...page.matchAll(/>((?:Rapport|Report) \d+)</g)].map((match) => match[1])

beforeAll(async () => {
  workDir = mkdtempSync(path.join(tmpdir(), 'mist-pagination-'))
  cms = await startFakeCms(collection)
  // Action
  await buildRelease({
    buildsDir: path.join(workDir, 'builds'),
    siteDir,
    cmsUrl: cms.url,
    siteUrl: 'https://mist.example',
  })
  root = currentRelease(path.join(workDir, 'builds')) ?? ''
}, 180_000)

afterAll(() => {
  cms?.close()
  if (workDir) rmSync(workDir, { recursive: true, force: true })
})

describe('a list longer than a page', () => {
  it('shows the 50 newest publications in the library, and the 51st on page 2', () => {
    expect(listedTitles(html('/fr/publications/'))).toHaveLength(50)
    expect(listedTitles(html('/fr/publications/'))[0]).toBe('Rapport 51')
    expect(listedTitles(html('/fr/publications/page/2/'))).toEqual(['Rapport 1'])
    expect(listedTitles(html('/en/publications/page/2/'))).toEqual(['Report 1'])
  })

  it('links its pages both ways with a labelled navigation whose every link leads to a built page', () => {
    const first = html('/fr/publications/')
    const second = html('/fr/publications/page/2/')
    expect(linksIn(first, paginationOpen('fr'), '</nav>')).toEqual([
      '/fr/publications/',
      '/fr/publications/page/2/',
      '/fr/publications/page/2/',
    ])
    expect(first).toMatch(/<a href="\/fr\/publications\/" aria-label="Page 1" aria-current="page">/)
    expect(first).toContain('<a href="/fr/publications/page/2/" rel="next">Page suivante</a>')
    expect(second).toContain('<a href="/fr/publications/" rel="prev">Page précédente</a>')
    expect(second).toMatch(/aria-label="Page 2" aria-current="page">2</)
    const english = html('/en/publications/')
    for (const href of [
      ...linksIn(second, paginationOpen('fr'), '</nav>'),
      ...linksIn(english, paginationOpen('en'), '</nav>'),
    ]) {
      expect(existsSync(path.join(root, href, 'index.html')), href).toBe(true)
    }
  })

  it('gives page 2 its own title and canonical, its translation as alternate, and a place in the sitemap', () => {
    const second = html('/fr/publications/page/2/')
    expect(second).toContain('<title>Bibliothèque des publications — page 2 · Mist</title>')
    expect(second).toContain(
      '<link rel="canonical" href="https://mist.example/fr/publications/page/2/">',
    )
    expect(second).toContain(
      '<link rel="alternate" hreflang="en" href="https://mist.example/en/publications/page/2/">',
    )
    const sitemap = readFileSync(path.join(root, 'sitemap-0.xml'), 'utf8')
    expect(sitemap).toContain('<loc>https://mist.example/fr/publications/page/2/</loc>')
  })

  it('cuts a filter of the timeline too, its page 2 kept out of search engines like the filter', () => {
    const base = '/fr/plaidoyer/institution/greta/'
    expect(listedTitles(html(base))).toHaveLength(50)
    const second = html(`${base}page/2/`)
    expect(listedTitles(second)).toEqual(['Rapport 1'])
    expect(second).toContain('<meta name="robots" content="noindex">')
    expect(second).toContain(
      '<title>Auditions et publications · GRETA (Conseil de l’Europe) — page 2 · Mist</title>',
    )
    const sitemap = readFileSync(path.join(root, 'sitemap-0.xml'), 'utf8')
    expect(sitemap).not.toContain('institution/greta/page/2/')
  })

  it('puts the whole timeline’s page 2 under the advocacy page', () => {
    expect(listedTitles(html('/fr/plaidoyer/'))).toHaveLength(50)
    expect(listedTitles(html('/fr/plaidoyer/page/2/'))).toEqual(['Rapport 1'])
    expect(html('/en/advocacy/page/2/')).toContain('<title>Advocacy — page 2 · Mist</title>')
  })
})

describe('a list that fits on one page', () => {
  it('has no pagination navigation and no page 2', () => {
    const year = html('/fr/plaidoyer/annee/2021/')
    expect(listedTitles(year)).toHaveLength(12)
    expect(year).not.toContain(paginationOpen('fr'))
    expect(existsSync(path.join(root, 'fr/plaidoyer/annee/2021/page'))).toBe(false)
  })
})

describe('every page of the built site', () => {
  it('has a meta description, noindex pages and texts without a summary included (Lighthouse SEO)', () => {
    const missing: string[] = []
    for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || entry.name !== 'index.html') continue
      const page = readFileSync(path.join(entry.parentPath, entry.name), 'utf8')
      // Redirect stubs (`/` to `/fr/`) are left at once, not read.
      if (page.includes('http-equiv="refresh"')) continue
      if (!/<meta name="description" content="[^"]+">/.test(page))
        missing.push(`/${path.relative(root, entry.parentPath)}/`)
    }
    expect(missing).toEqual([])
  })
})
