import { locales, sectionPath, type Locale } from '@mist/schema'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchChromium, platformUrls } from './helpers.ts'
import { sitemapPaths } from './site-templates.ts'

/**
 * Issue 5: search per locale, on a search page of its own. The words come from the CMS seed
 * (apps/cms/src/seed/content.ts): « ateliers » is only on the French page on peer education, « workshops »
 * only on its English version, and « proxénétisme » only on French pages.
 */
let platform: { cmsUrl: string; siteUrl: string }
let browser: Browser

beforeAll(async () => {
  platform = platformUrls()
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
})

interface Results {
  /** The live region's announcement, e.g. `1 résultat pour « ateliers ».` */
  status: string
  links: Array<{ title: string; href: string }>
}

/** Types `words` in the search page of `locale` and submits, as a visitor does; resolves with what it shows. */
async function search(page: Page, locale: Locale, words: string): Promise<Results> {
  await page.goto(`${platform.siteUrl}${sectionPath(locale, 'search')}`)
  await page.fill('#search-query', words)
  await page.click('form[role="search"] button[type="submit"]')
  const status = page.locator('[data-status]')
  await status.filter({ hasText: words }).waitFor()
  return {
    status: (await status.textContent()) ?? '',
    links: await page.$$eval('[data-results] li a', (links) =>
      links.map((link) => ({
        title: link.textContent ?? '',
        href: link.getAttribute('href') ?? '',
      })),
    ),
  }
}

describe('search per locale', () => {
  it('finds the one French page with a French word, from the French search page', async () => {
    // Setup
    const page = await browser.newPage()
    // Action
    const { status, links } = await search(page, 'fr', 'ateliers')
    // Assert
    expect(status).toBe('1 résultat pour « ateliers ».')
    expect(links).toEqual([
      {
        title: 'Pair-éducation et mobilisation collective',
        href: '/fr/pair-education-et-mobilisation-collective/',
      },
    ])
    await expect(page.locator('[data-results] mark').first().textContent()).resolves.toMatch(
      /^ateliers/,
    )
    // The words are not written in the address (nor, then, in the browser's history).
    expect(page.url()).toBe(`${platform.siteUrl}/fr/recherche/`)
    // Action: the result leads to the page.
    await page.click('[data-results] a')
    // Assert
    await expect(page.locator('h1').textContent()).resolves.toBe(
      'Pair-éducation et mobilisation collective',
    )
    await page.close()
  })

  it('finds the one English page with an English word, from the English search page', async () => {
    const page = await browser.newPage()
    const { status, links } = await search(page, 'en', 'workshops')
    expect(status).toBe('1 result for “workshops”.')
    expect(links).toEqual([
      {
        title: 'Peer education and collective mobilization',
        href: '/en/peer-education-and-collective-mobilization/',
      },
    ])
    await page.close()
  })

  it('does not find French pages from the English search page', async () => {
    const page = await browser.newPage()
    // Setup: the word is on French pages…
    const french = await search(page, 'fr', 'proxénétisme')
    expect(french.links.length).toBeGreaterThan(0)
    expect(french.links.every((link) => link.href.startsWith('/fr/'))).toBe(true)
    // Action: …and searched in English.
    const english = await search(page, 'en', 'proxénétisme')
    // Assert
    expect(english.status).toBe('No results for “proxénétisme”.')
    expect(english.links).toEqual([])
    await page.close()
  })

  it('says without JavaScript that search needs it, and links to the main pages instead', async () => {
    // Setup
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    // Action
    await page.goto(`${platform.siteUrl}/fr/recherche/`)
    // Assert
    await expect(page.locator('main').textContent()).resolves.toContain(
      'La recherche a besoin de JavaScript',
    )
    expect(await page.locator('#search-query').isVisible()).toBe(false)
    const hrefs = await page.$$eval('main a', (links) =>
      links.map((link) => link.getAttribute('href')),
    )
    expect(hrefs).toEqual(expect.arrayContaining(['/fr/', '/fr/publications/']))
    await context.close()
  })

  it('is linked from the header of every page, kept out of the sitemap, and paired across languages', async () => {
    const page = await browser.newPage()
    for (const locale of locales) {
      // Action
      await page.goto(`${platform.siteUrl}/${locale}/`)
      await page.click(`header nav a[href="${sectionPath(locale, 'search')}"]`)
      // Assert
      expect(new URL(page.url()).pathname).toBe(sectionPath(locale, 'search'))
      await expect(page.locator('meta[name="robots"]').getAttribute('content')).resolves.toBe(
        'noindex',
      )
    }
    // The language switcher of the English search page leads to the French one.
    await page.click('header .language-switch a[hreflang="fr"]')
    expect(new URL(page.url()).pathname).toBe('/fr/recherche/')
    const inSitemap = await sitemapPaths(platform.siteUrl)
    expect(inSitemap.has('/fr/recherche/') || inSitemap.has('/en/search/')).toBe(false)
    await page.close()
  })
})
