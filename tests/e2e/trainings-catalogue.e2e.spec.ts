import { documentPath, trainingFilterPath, type Locale } from '@mist/schema'
import { describe, expect, it } from 'vitest'

import { platformUrls } from './helpers.ts'

/**
 * Issue 5: "trainings catalogue (filter by audience and format)". Filtering is a static page per filter, so it
 * works without JavaScript; the catalogue links to each, and each lists only the trainings it selects.
 */
interface Doc {
  id: number
  slug: string
  purpose?: string | null
  format?: string
}

async function published(cmsUrl: string, collection: string, locale: Locale): Promise<Doc[]> {
  const response = await fetch(`${cmsUrl}/api/${collection}?locale=${locale}&depth=0&limit=100`)
  return ((await response.json()) as { docs: Doc[] }).docs
}

describe('trainings catalogue filters', () => {
  it.each(['fr', 'en'] as const)(
    'lists only the initial trainings on the “initial” page, linked from the catalogue (%s)',
    async (locale) => {
      const { cmsUrl, siteUrl } = platformUrls()
      const pages = await published(cmsUrl, 'pages', locale)
      const professionals = pages.find((page) => page.purpose === 'professionals')
      expect(professionals).toBeDefined()
      const catalogue = documentPath('pages', locale, professionals ?? { slug: '' })
      const filterPath = trainingFilterPath(locale, catalogue, { by: 'format', format: 'initial' })
      const trainings = await published(cmsUrl, 'trainings', locale)
      const hrefOf = (doc: Doc) => `href="${documentPath('trainings', locale, doc)}"`

      const catalogueHtml = await (await fetch(`${siteUrl}${catalogue}`)).text()
      const response = await fetch(`${siteUrl}${filterPath}`)
      const html = await response.text()

      expect(catalogueHtml).toContain(`href="${filterPath}"`)
      expect(response.status).toBe(200)
      expect(html).toContain('<meta name="robots" content="noindex"')
      for (const training of trainings) {
        if (training.format === 'initial') expect(html).toContain(hrefOf(training))
        else expect(html).not.toContain(hrefOf(training))
      }
      expect(trainings.some((training) => training.format !== 'initial')).toBe(true)
    },
  )
})
