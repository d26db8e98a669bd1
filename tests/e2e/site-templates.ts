import {
  documentPath,
  formPages,
  institutions,
  locales,
  sectionPath,
  timelineFilterPath,
  trainingFilterPath,
  statements,
  type Locale,
  type RoutedCollection,
} from '@mist/schema'

/**
 * What the search page's template is shown with: the organisation's name, in every page of every locale, so
 * the page lists as many results as it ever shows.
 */
export const searchWord = 'Mist'

/** One page of the site standing for a template (a kind of page), in one locale. */
export interface TemplatePage {
  /** e.g. `page:professionals`, `training`, `form-result:thanks`, `not-found`. */
  template: string
  locale: Locale
  /** Site path, e.g. `/fr/formations/formation-initiale/`. */
  path: string
  /** True when the page carries a form (its JavaScript budget is the form pages' one). */
  form: boolean
}

interface RoutedDocJson {
  id: number
  slug?: string | null
  purpose?: string | null
  institution?: string | null
}

async function published(
  cmsUrl: string,
  collection: RoutedCollection,
  locale: Locale,
): Promise<RoutedDocJson[]> {
  const query = new URLSearchParams({ locale, depth: '0', limit: '100', sort: 'id' })
  const response = await fetch(`${cmsUrl}/api/${collection}?${query}`)
  if (!response.ok) throw new Error(`GET /api/${collection} (${locale}): HTTP ${response.status}`)
  const body = (await response.json()) as { docs: RoutedDocJson[] }
  return body.docs.filter((doc) => Boolean(doc.slug))
}

/** The paths the site's sitemap lists (`/sitemap-index.xml` and the sitemaps it names). */
export async function sitemapPaths(siteUrl: string): Promise<Set<string>> {
  const locs = async (url: string) => {
    const response = await fetch(url)
    if (!response.ok) throw new Error(`GET ${url}: HTTP ${response.status}`)
    return [...(await response.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? '')
  }
  const paths = new Set<string>()
  for (const sitemap of await locs(`${siteUrl}/sitemap-index.xml`)) {
    for (const loc of await locs(sitemap)) paths.add(new URL(loc).pathname)
  }
  return paths
}

/**
 * One page per template of the public site, in each locale: every CMS page with a role (home, victims,
 * professionals with its trainings, advocacy timeline, networks, contact…), the first published training
 * (with its quote form), publication and hearing, the advocacy timeline filtered by the first hearing's
 * institution, the trainings catalogue filtered by format, the publications library, the statements
 * (accessibility, privacy), the membership and appointment request forms, the form result pages, the 404 page
 * and the search page with results. Paths come from the published content and the site's own URL scheme
 * (`documentPath`, `sectionPath`), as the site builds them; each content page (statements included) must also be
 * in the sitemap, so a template the site does not serve is noticed.
 * @throws when the CMS cannot be read, or a content page is missing from the sitemap
 */
export async function templatePages(cmsUrl: string, siteUrl: string): Promise<TemplatePage[]> {
  const inSitemap = await sitemapPaths(siteUrl)
  const result: TemplatePage[] = []
  for (const locale of locales) {
    const content: TemplatePage[] = []
    for (const page of await published(cmsUrl, 'pages', locale)) {
      if (!page.purpose) continue
      content.push({
        template: `page:${page.purpose}`,
        locale,
        path: documentPath('pages', locale, page),
        form: false,
      })
    }
    for (const collection of ['trainings', 'publications', 'hearings'] as const) {
      const first = (await published(cmsUrl, collection, locale))[0]
      if (!first) throw new Error(`No published ${collection} in ${locale} to check its template`)
      content.push({
        template: collection.replace(/s$/, ''),
        locale,
        path: documentPath(collection, locale, first),
        form: collection === 'trainings',
      })
    }
    content.push({
      template: 'publications-library',
      locale,
      path: sectionPath(locale, 'publications'),
      form: false,
    })
    for (const statement of statements) {
      content.push({
        template: `statement:${statement}`,
        locale,
        path: sectionPath(locale, statement),
        form: false,
      })
    }
    for (const page of content) {
      if (!inSitemap.has(page.path)) {
        throw new Error(`${page.template} (${page.path}) is not in the site's sitemap`)
      }
    }
    // A filter page is kept out of search engines and the sitemap, so it is checked after them.
    const advocacy = content.find((page) => page.template === 'page:advocacy')
    const hearing = (await published(cmsUrl, 'hearings', locale))[0]
    const institution = institutions.find((known) => known === hearing?.institution)
    if (advocacy && institution) {
      result.push({
        template: 'timeline-filter',
        locale,
        path: timelineFilterPath(locale, advocacy.path, { by: 'institution', institution }),
        form: false,
      })
    }
    const professionals = content.find((page) => page.template === 'page:professionals')
    if (professionals) {
      result.push({
        template: 'trainings-filter',
        locale,
        path: trainingFilterPath(locale, professionals.path, { by: 'format', format: 'initial' }),
        form: false,
      })
    }
    // The request forms' pages are steps, not content: kept out of search engines and the sitemap too.
    for (const form of formPages) {
      result.push({ template: `form:${form}`, locale, path: sectionPath(locale, form), form: true })
    }
    result.push(
      ...content,
      { template: 'form-result:thanks', locale, path: sectionPath(locale, 'thanks'), form: false },
      {
        template: 'form-result:invalid',
        locale,
        path: sectionPath(locale, 'invalid'),
        form: false,
      },
      { template: 'not-found', locale, path: `/${locale}/404/`, form: false },
      // Kept out of search engines too; with a word found on many pages, so the results are checked as well.
      {
        template: 'search',
        locale,
        path: `${sectionPath(locale, 'search')}?q=${searchWord}`,
        form: false,
      },
    )
  }
  return result
}
