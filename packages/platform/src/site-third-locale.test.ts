import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startFakeCms } from './fake-cms.ts'
import { repoRoot, siteDir } from './paths.ts'
import { buildRelease, currentRelease } from './releases.ts'

/**
 * Issue 5: "adding a language is a change to one list plus a UI-strings file". This test makes exactly that
 * change to a copy of the site and of @mist/schema, adding Arabic (right to left): `ar` appended to `locales`,
 * and `src/i18n/ar.json`, a copy of the English strings (a test fixture: no Arabic text is shipped that nobody
 * here can check). It then builds the copy against a small CMS that answers every locale.
 */
const updatedAt = '2026-11-20T10:00:00.000Z'

/** The fake CMS's texts: Mist's seed titles in French and English; the `ar` version repeats the English. */
const texts = {
  fr: {
    home: 'Centre de ressources : victimes de traite et professionnels',
    hearing: 'Participation aux groupes de travail interministériels',
    hearingSlug: 'groupes-de-travail-interministeriels-2023',
  },
  en: {
    home: 'Resource centre for victims of trafficking and professionals',
    hearing: 'Participation in French interministerial work groups',
    hearingSlug: 'participation-in-french-interministerial-work-groups',
  },
} as const
/** The one string of the `ar` fixture that differs from English, to see that the page uses that file. */
const fixtureTagline = 'Test fixture: the Arabic UI strings file'
const textsOf = (locale: string) => (locale === 'fr' ? texts.fr : texts.en)

/** What the fake CMS holds in `locale`: a home page and one hearing, titled in that locale's test texts. */
function collection(name: string, locale: string): unknown[] {
  const t = textsOf(locale)
  const docs: Record<string, unknown[]> = {
    pages: [
      {
        id: 1,
        purpose: 'home',
        title: t.home,
        slug: 'home',
        summary: null,
        body: null,
        meta: null,
        updatedAt,
      },
    ],
    hearings: [
      {
        id: 7,
        kind: 'work-group',
        institution: 'miprof',
        date: '2023-06-01T00:00:00.000Z',
        datePrecision: 'month',
        relatedPublications: [],
        title: t.hearing,
        slug: t.hearingSlug,
        summary: null,
        meta: null,
        updatedAt,
      },
    ],
  }
  return docs[name] ?? []
}

/**
 * A copy of `from` without its build output and dependencies, whose `node_modules` links to the installed
 * packages (resolved, so pnpm's relative links keep working), except the workspace packages in `workspace`.
 */
function copyPackage(from: string, to: string, workspace: Record<string, string>): void {
  cpSync(from, to, {
    recursive: true,
    filter: (source) =>
      !/[/\\](node_modules|dist|dist-preview|\.astro)$/.test(source.slice(from.length)),
  })
  const modules = path.join(from, 'node_modules')
  for (const entry of readdirSync(modules)) {
    if (entry === '.bin') continue
    const names = entry.startsWith('@')
      ? readdirSync(path.join(modules, entry)).map((name) => `${entry}/${name}`)
      : [entry]
    for (const name of names) {
      const link = path.join(to, 'node_modules', name)
      mkdirSync(path.dirname(link), { recursive: true })
      symlinkSync(workspace[name] ?? realpathSync(path.join(modules, name)), link)
    }
  }
}

let workDir: string
let cms: Awaited<ReturnType<typeof startFakeCms>>
const release = () => currentRelease(path.join(workDir, 'builds')) ?? ''
const html = (page: string) => readFileSync(path.join(release(), page, 'index.html'), 'utf8')

beforeAll(async () => {
  // Setup: the site and the schema package copied, then the two changes a developer makes for a language.
  workDir = mkdtempSync(path.join(tmpdir(), 'mist-third-locale-'))
  const schemaCopy = path.join(workDir, 'packages/schema')
  const siteCopy = path.join(workDir, 'apps/site')
  // The schema's tsconfig extends the repository's, which the site's bundler reads.
  cpSync(path.join(repoRoot, 'tsconfig.base.json'), path.join(workDir, 'tsconfig.base.json'))
  copyPackage(path.join(repoRoot, 'packages/schema'), schemaCopy, {})
  copyPackage(siteDir, siteCopy, { '@mist/schema': schemaCopy })
  const localesFile = path.join(schemaCopy, 'src/locales.ts')
  const list = "export const locales = ['fr', 'en'] as const"
  const source = readFileSync(localesFile, 'utf8')
  if (!source.includes(list)) throw new Error(`${localesFile} no longer declares: ${list}`)
  writeFileSync(
    localesFile,
    source.replace(list, "export const locales = ['fr', 'en', 'ar'] as const"),
  )
  const strings = JSON.parse(readFileSync(path.join(siteCopy, 'src/i18n/en.json'), 'utf8')) as {
    site: { tagline: string; ownLanguageName: string }
  }
  strings.site.tagline = fixtureTagline
  strings.site.ownLanguageName = 'العربية'
  writeFileSync(path.join(siteCopy, 'src/i18n/ar.json'), JSON.stringify(strings))

  cms = await startFakeCms(collection)
  // Action
  await buildRelease({
    buildsDir: path.join(workDir, 'builds'),
    siteDir: siteCopy,
    cmsUrl: cms.url,
    siteUrl: 'https://mist.example',
  })
}, 120_000)

afterAll(() => {
  cms?.close()
  if (workDir) rmSync(workDir, { recursive: true, force: true })
})

describe('a third language, right to left, added to the list of locales (issue 5)', () => {
  it('builds its pages under /ar/, written right to left, beside French and English', () => {
    expect(html('/ar/')).toContain('<html lang="ar" dir="rtl">')
    expect(html('/ar/')).toContain(fixtureTagline)
    // Its section words are the English ones until it gets words of its own.
    expect(html(`/ar/hearings/${texts.en.hearingSlug}/`)).toContain('<html lang="ar" dir="rtl">')
    expect(html('/fr/')).toContain('<html lang="fr" dir="ltr">')
    expect(html('/en/')).toContain('<html lang="en" dir="ltr">')
  })

  it('announces the Arabic version as a translation of the French and English pages', () => {
    for (const page of ['/fr/', '/en/', '/ar/'])
      expect(html(page), page).toContain(
        '<link rel="alternate" hreflang="ar" href="https://mist.example/ar/">',
      )
  })

  it('offers every other language in the language switcher, each named in its own language', () => {
    const switcher = (page: string) =>
      /<nav class="language-switch"[^>]*>.*?<\/nav>/s.exec(html(page))?.[0] ?? ''
    expect(switcher('/fr/')).toContain('<a href="/en/" hreflang="en" lang="en">English</a>')
    expect(switcher('/fr/')).toContain('<a href="/ar/" hreflang="ar" lang="ar">العربية</a>')
    expect(switcher('/ar/')).toContain('<a href="/fr/" hreflang="fr" lang="fr">Français</a>')
    expect(switcher('/ar/')).not.toContain('hreflang="ar"')
  })

  it('lists the Arabic pages in the sitemap', () => {
    const sitemaps = readdirSync(release()).filter((name) => /^sitemap-\d+\.xml$/.test(name))
    const xml = sitemaps.map((name) => readFileSync(path.join(release(), name), 'utf8')).join('')
    expect(xml).toContain('<loc>https://mist.example/ar/</loc>')
  })

  it('shows no statement in a language nobody has written it in, and links none', () => {
    expect(html('/fr/')).toContain('href="/fr/accessibilite/"')
    expect(html('/ar/')).not.toMatch(/href="\/ar\/(accessibility|privacy)\//)
    expect(readdirSync(path.join(release(), 'ar'))).not.toContain('accessibility')
  })
})
