import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startFakeCms } from './fake-cms.ts'
import { siteDir } from './paths.ts'
import { buildRelease, currentRelease } from './releases.ts'
import { serveSite } from './site.ts'

/**
 * Issues 4 and 5, the site's side: a real Astro build from a small CMS answering with Mist's content (the
 * seed's home page and one hearing whose French address changed), served by the site server.
 */
const updatedAt = '2026-11-20T10:00:00.000Z'
const hearing = {
  fr: {
    title: 'Participation aux groupes de travail interministériels',
    slug: 'groupes-de-travail-interministeriels-2023',
    summary: 'Mist a participé aux groupes de travail interministériels.',
    meta: {
      title: 'Mist dans les groupes de travail interministériels',
      description: 'Le 3e plan national d’action contre la traite, préparé avec Mist.',
    },
  },
  en: {
    title: 'Participation in French interministerial work groups',
    slug: 'participation-in-french-interministerial-work-groups',
    summary: 'Mist took part in the French interministerial work groups.',
    meta: null,
  },
}
/** The PDF of publication 3, as the CMS lists it to the public once the publication is published. */
const pdf = {
  id: 9,
  url: '/api/media/file/mineurs-et-traite.pdf',
  filename: 'mineurs-et-traite.pdf',
  filesize: 1.5 * 1024 * 1024,
  mimeType: 'application/pdf',
  alt: null,
}
/** Feed fixtures: one publication in both locales whose texts need escaping, one in French only, newest. */
const publications = [
  {
    id: 3,
    date: '2024-03-01T00:00:00.000Z',
    // The site reads at depth 0: the file is the media id, looked up in the public media list.
    file: pdf.id,
    fr: {
      title: 'Mineurs & traite : moins de 18 ans <protégés>',
      slug: 'mineurs-et-traite',
      summary: 'Protection & accompagnement des mineurs victimes.',
    },
    en: {
      title: 'Minors & trafficking: under 18 <protected>',
      slug: 'minors-and-trafficking',
      summary: 'Protection & support for child victims.',
    },
  },
  {
    id: 4,
    date: '2025-01-15T00:00:00.000Z',
    institution: 'greta',
    fr: { title: 'Contribution au rapport du GRETA', slug: 'contribution-greta', summary: null },
    en: { title: null, slug: null, summary: null },
  },
]
const oldFrenchPath = '/fr/auditions/participation-aux-groupes-de-travail-interministeriels/'
const newFrenchPath = `/fr/auditions/${hearing.fr.slug}/`

function collection(name: string, locale: 'fr' | 'en'): unknown[] {
  switch (name) {
    case 'pages':
      return [
        {
          id: 1,
          purpose: 'home',
          title:
            locale === 'fr'
              ? 'Centre de ressources : victimes de traite et professionnels'
              : 'Resource centre for victims of trafficking and professionals',
          slug: locale === 'fr' ? 'centre-de-ressources' : 'resource-centre',
          summary: null,
          body: null,
          meta: null,
          updatedAt,
        },
        {
          id: 2,
          purpose: 'advocacy',
          title: locale === 'fr' ? 'Plaidoyer' : 'Advocacy',
          slug: locale === 'fr' ? 'plaidoyer' : 'advocacy',
          summary: null,
          body: null,
          meta: null,
          updatedAt,
        },
      ]
    case 'hearings':
      return [
        {
          id: 7,
          kind: 'work-group',
          institution: 'miprof',
          date: '2023-06-01T00:00:00.000Z',
          datePrecision: 'month',
          relatedPublications: [],
          updatedAt,
          ...hearing[locale],
        },
      ]
    case 'publications':
      return publications.map(({ fr, en, ...rest }) => ({
        kind: 'report',
        origin: 'mist',
        datePrecision: 'day',
        body: null,
        meta: null,
        updatedAt,
        ...rest,
        ...(locale === 'fr' ? fr : en),
      }))
    case 'media':
      return [pdf]
    case 'redirects':
      return [
        {
          id: 1,
          from: oldFrenchPath,
          to: { type: 'reference', reference: { relationTo: 'hearings', value: 7 } },
          updatedAt,
        },
        // Its hearing was deleted: skipped with a warning, the build goes on.
        {
          id: 2,
          from: '/fr/auditions/supprimee/',
          to: { type: 'reference', reference: null },
          updatedAt,
        },
      ]
    default:
      return []
  }
}

let buildsDir: string
let cms: Awaited<ReturnType<typeof startFakeCms>>
let site: Awaited<ReturnType<typeof serveSite>>
let siteUrl: string
let cmsOrigin: string

beforeAll(async () => {
  buildsDir = mkdtempSync(path.join(tmpdir(), 'mist-redirects-'))
  // Its locale is `fr` unless the site asks for `en`, as the CMS reads it.
  cms = await startFakeCms((name, locale) => collection(name, locale === 'en' ? 'en' : 'fr'))
  cmsOrigin = cms.url
  await buildRelease({
    buildsDir,
    siteDir,
    cmsUrl: cmsOrigin,
    siteUrl: 'https://mist.example',
  })
  site = await serveSite(() => currentRelease(buildsDir), 0)
  const address = site.server.address()
  siteUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`
}, 120_000)

afterAll(async () => {
  await site?.stop()
  cms?.close()
  rmSync(buildsDir, { recursive: true, force: true })
})

const release = () => currentRelease(buildsDir) ?? ''
const html = (page: string) => readFileSync(path.join(release(), page, 'index.html'), 'utf8')

describe('an address changed in the CMS', () => {
  it('answers the old address with a 301 to the new one, with or without the final slash', async () => {
    for (const requested of [oldFrenchPath, oldFrenchPath.slice(0, -1)]) {
      const response = await fetch(`${siteUrl}${requested}?from=newsletter`, { redirect: 'manual' })
      expect(response.status, requested).toBe(301)
      expect(response.headers.get('location')).toBe(`${newFrenchPath}?from=newsletter`)
    }
    const moved = await fetch(`${siteUrl}${oldFrenchPath}`)
    expect(moved.url).toBe(`${siteUrl}${newFrenchPath}`)
    expect(await moved.text()).toContain(`<h1>${hearing.fr.title}</h1>`)
  })

  it('leaves a stub page at the old address for static hosts, kept out of search engines', () => {
    const stub = html(oldFrenchPath)
    expect(stub).toContain(`<meta http-equiv="refresh" content="0; url=${newFrenchPath}">`)
    expect(stub).toContain(`<link rel="canonical" href="https://mist.example${newFrenchPath}">`)
    expect(stub).toContain('<meta name="robots" content="noindex">')
    expect(stub).toContain(`<a href="${newFrenchPath}">`)
  })

  it('lists the new address in the sitemap, never the old one nor /', () => {
    const sitemaps = readdirSync(release()).filter((name) => /^sitemap-\d+\.xml$/.test(name))
    const xml = sitemaps.map((name) => readFileSync(path.join(release(), name), 'utf8')).join('')
    expect(xml).toContain(`<loc>https://mist.example${newFrenchPath}</loc>`)
    expect(xml).not.toContain(oldFrenchPath)
    expect(xml).not.toContain('<loc>https://mist.example/</loc>')
  })

  it('skips a redirect whose content was deleted instead of failing the build', async () => {
    const response = await fetch(`${siteUrl}/fr/auditions/supprimee/`, { redirect: 'manual' })
    expect(response.status).toBe(404)
  })

  it('answers an unknown language prefix with the French 404, whose switcher leads to the English one', async () => {
    const response = await fetch(`${siteUrl}/de/x/`)
    const body = await response.text()
    expect(response.status).toBe(404)
    expect(body).toContain('<html lang="fr"')
    expect(body).toContain('<a href="/en/404/" hreflang="en" lang="en">English</a>')
    expect(body).toContain('<meta name="robots" content="noindex">')
  })
})

describe('search-engine and sharing tags', () => {
  it('uses the editor’s French search-engine texts, and the title and summary where none were written', () => {
    const fr = html(newFrenchPath)
    expect(fr).toContain(`<title>${hearing.fr.meta.title} · Mist</title>`)
    expect(fr).toContain(`<meta name="description" content="${hearing.fr.meta.description}">`)
    expect(fr).toContain(`<meta property="og:title" content="${hearing.fr.meta.title}">`)
    expect(fr).toContain(`<meta property="og:url" content="https://mist.example${newFrenchPath}">`)
    expect(fr).toContain('<meta property="og:type" content="article">')
    expect(fr).toContain('<meta property="og:locale" content="fr_FR">')
    expect(fr).toContain('<meta property="og:locale:alternate" content="en_GB">')

    const en = html(`/en/hearings/${hearing.en.slug}/`)
    expect(en).toContain(`<title>${hearing.en.title} · Mist</title>`)
    expect(en).toContain(`<meta name="description" content="${hearing.en.summary}">`)
  })

  it('loads nothing from another host in the page head', () => {
    const head = html(newFrenchPath).split('</head>')[0] ?? ''
    const sources = [...head.matchAll(/\s(?:src|href)="(https?:\/\/[^"]+)"/g)].map((m) => m[1])
    for (const source of sources) expect(new URL(source ?? '').host).toBe('mist.example')
  })
})

describe('security headers of the site server (issue 5)', () => {
  it('sends the page’s own Content-Security-Policy with frame-ancestors, and the other headers', async () => {
    // Action
    const response = await fetch(`${siteUrl}${newFrenchPath}`)
    // Assert: the header repeats the <meta> policy (script hashes, the CMS as form target), adding what a
    // <meta> cannot say; no cookie is set.
    const policy = response.headers.get('content-security-policy') ?? ''
    const meta = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(
      html(newFrenchPath),
    )?.[1]
    expect(meta).toMatch(/script-src 'self'( 'sha256-[^']+')+;/)
    expect(meta).toContain(`form-action 'self' ${cmsOrigin}`)
    expect(meta).not.toContain('unsafe-inline')
    expect(policy).toContain(`form-action 'self' ${cmsOrigin}`)
    expect(policy).toContain(`connect-src 'self' ${cmsOrigin}`)
    expect(policy).toContain(/script-src [^;]+/.exec(meta ?? '')?.[0])
    expect(policy).toContain("frame-ancestors 'none'")
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('permissions-policy')).toContain('camera=()')
    expect(response.headers.get('set-cookie')).toBeNull()
    expect(html(newFrenchPath)).toContain(
      '<meta name="referrer" content="strict-origin-when-cross-origin">',
    )
  })

  it('sends them with the 404 page, redirects and other files too', async () => {
    for (const [requested, status] of [
      ['/fr/absente/', 404],
      ['/', 302],
      ['/sitemap-index.xml', 200],
    ] as const) {
      const response = await fetch(`${siteUrl}${requested}`, { redirect: 'manual' })
      expect(response.status, requested).toBe(status)
      expect(response.headers.get('content-security-policy'), requested).toContain(
        "frame-ancestors 'none'",
      )
      expect(response.headers.get('referrer-policy'), requested).toBe(
        'strict-origin-when-cross-origin',
      )
      expect(response.headers.get('x-content-type-options'), requested).toBe('nosniff')
      expect(response.headers.get('set-cookie'), requested).toBeNull()
    }
    // A page the browser has cached answers 304, whose policy replaces the cached one: the page's own.
    const first = await fetch(`${siteUrl}/fr/`)
    const unchanged = await fetch(`${siteUrl}/fr/`, {
      headers: { 'If-None-Match': first.headers.get('etag') ?? '' },
    })
    expect(unchanged.status).toBe(304)
    expect(unchanged.headers.get('content-security-policy')).toBe(
      first.headers.get('content-security-policy'),
    )
    expect(first.headers.get('content-security-policy')).toMatch(/script-src 'self' 'sha256-/)
    const notFound = await fetch(`${siteUrl}/fr/absente/`)
    expect(notFound.headers.get('content-security-policy')).toMatch(/script-src 'self' 'sha256-/)
  })
})

describe('compressed files of the build (issue 15)', () => {
  it('sends each kind of file the build writes compressed, with its caching and Vary', async () => {
    // Setup: one file of each kind, found in the release.
    const inRelease = (folder: string, pattern: RegExp) =>
      readdirSync(path.join(release(), folder)).find((name) => pattern.test(name)) ?? 'missing'
    const immutable = 'public, max-age=31536000, immutable'
    const kinds = {
      page: [newFrenchPath, 'br', 'no-cache'],
      feed: ['/fr/rss.xml', 'br', 'no-cache'],
      sitemap: ['/sitemap-index.xml', 'br', 'no-cache'],
      redirects: ['/redirects.json', 'br', 'no-cache'],
      script: [`/_astro/${inRelease('_astro', /\.js$/)}`, 'br', immutable],
      'search script': ['/pagefind/pagefind.js', 'br', 'no-cache'],
      'search worker': ['/pagefind/pagefind-worker.js', 'br', 'no-cache'],
      'search entry': ['/pagefind/pagefind-entry.json', 'br', 'no-cache'],
      'search engine': ['/pagefind/wasm.fr.pagefind', 'br', 'no-cache'],
      // Pagefind's own gzip, sent as such so that the browser inflates it.
      'search index': [
        `/pagefind/index/${inRelease('pagefind/index', /^fr_.*\.pf_index$/)}`,
        'gzip',
        immutable,
      ],
      'search fragment': [
        `/pagefind/fragment/${inRelease('pagefind/fragment', /^fr_.*\.pf_fragment$/)}`,
        'gzip',
        immutable,
      ],
    }
    for (const [kind, [address, encoding, cacheControl]] of Object.entries(kinds)) {
      // Action
      const response = await fetch(`${siteUrl}${address}`, {
        headers: { 'Accept-Encoding': 'gzip, deflate, br, zstd' },
      })
      // Assert
      expect(response.status, kind).toBe(200)
      expect(response.headers.get('content-encoding'), kind).toBe(encoding)
      expect(response.headers.get('vary'), kind).toBe('Accept-Encoding')
      expect(response.headers.get('cache-control'), kind).toBe(cacheControl)
    }
    const notFound = await fetch(`${siteUrl}/fr/absente/`, { headers: { 'Accept-Encoding': 'br' } })
    expect(notFound.status).toBe(404)
    expect(notFound.headers.get('content-encoding')).toBe('br')
    expect(await notFound.text()).toContain('<html lang="fr"')
  })
})

describe('advocacy timeline (issue 5)', () => {
  it('has a static page per institution listing only that institution’s items, linked with aria-current', () => {
    // Action
    const page = html('/fr/plaidoyer/institution/greta/')
    // Assert: the GRETA contribution only; the page is kept out of search engines and of the sitemap.
    expect(page).toContain('/fr/publications/contribution-greta/')
    expect(page).not.toContain('/fr/publications/mineurs-et-traite/')
    expect(page).not.toContain(newFrenchPath)
    expect(page).toMatch(
      /<a class="tag" href="\/fr\/plaidoyer\/institution\/greta\/" aria-current="page">/,
    )
    expect(page).toContain('<meta name="robots" content="noindex">')
    const timeline = html('/fr/plaidoyer/')
    expect(timeline).toContain('href="/fr/plaidoyer/annee/2023/"')
    expect(html('/fr/plaidoyer/annee/2023/')).toContain(newFrenchPath)
    expect(html('/fr/plaidoyer/annee/2023/')).not.toContain('/fr/publications/')
  })

  it('lists newest first, and a month-precision date as a month', () => {
    const timeline = html('/fr/plaidoyer/')
    const order = [
      '/fr/publications/contribution-greta/',
      '/fr/publications/mineurs-et-traite/',
      newFrenchPath,
    ].map((href) => timeline.indexOf(href))
    expect(order).toEqual([...order].sort((a, b) => a - b))
    expect(timeline).toMatch(/<time class="timeline-date" datetime="2023-06">juin 2023<\/time>/)
  })

  it('shows in the English listing a French-only publication, saying so and linking to the French page', () => {
    const timeline = html('/en/advocacy/')
    expect(timeline).toMatch(
      /<a href="\/fr\/publications\/contribution-greta\/" hreflang="fr" lang="fr">Contribution au rapport du GRETA<\/a>\s*<small> \(in French only\)<\/small>/,
    )
    expect(timeline).toContain('/en/publications/minors-and-trafficking/')
  })
})

describe('publications library (issue 5)', () => {
  it('lists each publication with its date, kind and origin, and the PDF’s size beside its link', () => {
    // Action
    const fr = html('/fr/publications/')
    // Assert
    expect(fr).toContain('<h1>Bibliothèque des publications</h1>')
    expect(fr).toContain('/fr/publications/contribution-greta/')
    // The date above the card, the kind and origin as its tags.
    expect(fr).toMatch(
      /<time class="timeline-date" datetime="2024-03-01">1 mars 2024<\/time>[\s\S]*?<li class="tag">Rapport<\/li>\s*<li class="tag">Publication de Mist<\/li>/,
    )
    expect(fr).toMatch(
      new RegExp(
        `<a href="${cmsOrigin}/api/media/file/mineurs-et-traite.pdf" type="application/pdf">PDF</a>\\s*\\(1,5\\sMo\\)`,
      ),
    )
    expect(html('/fr/plaidoyer/')).toContain('<a href="/fr/publications/">')
  })

  it('marks in English the publication that exists only in French, linking to it', () => {
    const en = html('/en/publications/')
    expect(en).toMatch(
      /<a href="\/fr\/publications\/contribution-greta\/" hreflang="fr" lang="fr">Contribution au rapport du GRETA<\/a>\s*<small> \(in French only\)<\/small>/,
    )
    expect(en).toMatch(/PDF<\/a>\s*\(1\.5\sMB\)/)
  })
})

describe('sitemap alternates (issue 5)', () => {
  it('pairs a hearing’s French and English addresses, though their slugs differ, with x-default to French', () => {
    // Action
    const xml = readdirSync(release())
      .filter((name) => /^sitemap-\d+\.xml$/.test(name))
      .map((name) => readFileSync(path.join(release(), name), 'utf8'))
      .join('')
    // Assert
    const entry = (loc: string) =>
      new RegExp(`<url><loc>https://mist.example${loc}</loc>(.*?)</url>`).exec(xml)?.[1] ?? ''
    const en = `/en/hearings/${hearing.en.slug}/`
    for (const loc of [newFrenchPath, en]) {
      expect(entry(loc)).toContain(
        `<xhtml:link rel="alternate" hreflang="fr" href="https://mist.example${newFrenchPath}"/>`,
      )
      expect(entry(loc)).toContain(
        `<xhtml:link rel="alternate" hreflang="en" href="https://mist.example${en}"/>`,
      )
      expect(entry(loc)).toContain(
        `<xhtml:link rel="alternate" hreflang="x-default" href="https://mist.example${newFrenchPath}"/>`,
      )
    }
    // A French-only page has no alternate; filter pages and build inputs are not listed nor published.
    expect(xml).toContain(
      '<loc>https://mist.example/fr/publications/contribution-greta/</loc></url>',
    )
    expect(entry('/en/publications/')).toContain(
      '<xhtml:link rel="alternate" hreflang="fr" href="https://mist.example/fr/publications/"/>',
    )
    expect(xml).not.toContain('/fr/plaidoyer/institution/')
    expect(readdirSync(release())).not.toContain('sitemap-pages.json')
  })
})

describe('RSS feed of each locale (issue 5)', () => {
  interface Feed {
    rss: {
      channel: {
        title: string
        language: string
        item: Array<{ title: string; link: string; description?: string; pubDate: string }>
      }
    }
  }
  const feed = async (locale: 'fr' | 'en') => {
    const response = await fetch(`${siteUrl}/${locale}/rss.xml`)
    expect(response.status).toBe(200)
    const xml = await response.text()
    expect(XMLValidator.validate(xml)).toBe(true)
    return new XMLParser({ isArray: (name) => name === 'item' }).parse(xml) as Feed
  }

  it('lists the locale’s publications and hearings, newest first, at their canonical addresses', async () => {
    // Action
    const fr = await feed('fr')
    const en = await feed('en')
    // Assert: the French-only publication is only in the French feed; links end with '/'.
    expect(fr.rss.channel.language).toBe('fr')
    expect(fr.rss.channel.item.map((item) => item.link)).toEqual([
      'https://mist.example/fr/publications/contribution-greta/',
      'https://mist.example/fr/publications/mineurs-et-traite/',
      `https://mist.example${newFrenchPath}`,
    ])
    expect(en.rss.channel.item.map((item) => item.link)).toEqual([
      'https://mist.example/en/publications/minors-and-trafficking/',
      `https://mist.example/en/hearings/${hearing.en.slug}/`,
    ])
  })

  it('escapes < and & in titles and summaries, so the feed stays valid XML with the exact texts', async () => {
    const xml = await (await fetch(`${siteUrl}/en/rss.xml`)).text()
    expect(xml).not.toContain('<protected>')
    const item = (await feed('en')).rss.channel.item[0]
    expect(item?.title).toBe(publications[0]?.en.title)
    expect(item?.description).toBe(publications[0]?.en.summary)
  })

  it('is announced in the head of every page of its locale', () => {
    expect(html(newFrenchPath)).toContain(
      '<link rel="alternate" type="application/rss+xml" title="Mist : publications et auditions" href="https://mist.example/fr/rss.xml">',
    )
  })
})

describe('accessibility and privacy statements (issue 5)', () => {
  const statementPaths = [
    ['/fr/accessibilite/', '/en/accessibility/'],
    ['/fr/donnees-personnelles/', '/en/privacy/'],
  ] as const

  it('publishes each statement in both languages, each announcing the other as its translation', () => {
    for (const [fr, en] of statementPaths) {
      for (const page of [fr, en]) {
        const text = html(page)
        expect(text, page).toMatch(/<h1>[^<]+<\/h1>/)
        expect(text, page).toContain(
          `<link rel="alternate" hreflang="fr" href="https://mist.example${fr}">`,
        )
        expect(text, page).toContain(
          `<link rel="alternate" hreflang="en" href="https://mist.example${en}">`,
        )
      }
    }
  })

  it('states the RGAA status honestly and marks what the organisation has not filled in yet', () => {
    const fr = html('/fr/accessibilite/')
    expect(fr).toContain('<strong>non conforme</strong>')
    expect(fr).toContain('aucun audit de conformité n’a encore été réalisé')
    // The fake CMS's site settings hold no contact address: the page says where to fill it.
    expect(fr).toContain(
      '<strong class="to-fill">[à compléter : courriel de contact, dans les réglages du site du CMS]</strong>',
    )
    expect(html('/en/privacy/')).toContain('deleted automatically, every night, 12 months after')
  })

  it('links both statements from the footer of every page of the locale, and lists them in the sitemap', () => {
    const footer = html(newFrenchPath).split('<footer')[1] ?? ''
    expect(footer).toContain('<a href="/fr/accessibilite/">Accessibilité : non conforme</a>')
    expect(footer).toContain('<a href="/fr/donnees-personnelles/">Données personnelles</a>')
    expect(html('/en/').split('<footer')[1]).toContain(
      '<a href="/en/accessibility/">Accessibility: not compliant</a>',
    )
    const sitemaps = readdirSync(release()).filter((name) => /^sitemap-\d+\.xml$/.test(name))
    const xml = sitemaps.map((name) => readFileSync(path.join(release(), name), 'utf8')).join('')
    for (const page of statementPaths.flat())
      expect(xml).toContain(`<loc>https://mist.example${page}</loc>`)
  })

  it('writes every page left to right, in its own language', () => {
    expect(html('/fr/')).toContain('<html lang="fr" dir="ltr">')
    expect(html('/en/privacy/')).toContain('<html lang="en" dir="ltr">')
  })
})
