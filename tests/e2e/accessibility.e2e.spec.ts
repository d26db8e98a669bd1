import axe from 'axe-core'
import { locales } from '@mist/schema'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchChromium, platformUrls } from './helpers.ts'
import { templatePages, type TemplatePage } from './site-templates.ts'

/**
 * Victims and professionals read the site on small phones, with screen readers, keyboards and zoom: every page
 * template, in both languages, passes axe-core's WCAG 2.1 A and AA rules (contrast, labels, names of links and
 * controls, language) and its best practices (landmarks holding all content, one h1, heading order), and fits
 * a 320 px wide screen without sideways scrolling.
 */
let platform: { cmsUrl: string; siteUrl: string }
let browser: Browser
let pages: TemplatePage[]

beforeAll(async () => {
  platform = platformUrls()
  browser = await launchChromium()
  pages = await templatePages(platform.cmsUrl, platform.siteUrl)
})

afterAll(async () => {
  await browser?.close()
})

/**
 * What axe-core finds against WCAG 2.1 A/AA and its best practices in the page as loaded: one line per rule,
 * with the CSS selectors of the elements at fault.
 */
async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axe.source })
  const violations: Array<{ id: string; targets: string }> = await page.evaluate(async () => {
    const results = await window.axe.run(document, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
      },
    })
    return results.violations.map((violation) => ({
      id: violation.id,
      targets: violation.nodes.map((node) => JSON.stringify(node.target)).join(', '),
    }))
  })
  return violations.map((violation) => `${violation.id}: ${violation.targets}`)
}

declare global {
  interface Window {
    axe: typeof axe
  }
}

describe('accessibility of every page template', () => {
  for (const locale of locales) {
    it(`has no WCAG 2.1 A/AA or best-practice violation (axe-core) on a 360×640 phone, in ${locale}`, async () => {
      // axe is injected as an inline script, which the site's Content-Security-Policy rightly blocks: the test's
      // own tooling bypasses it (the policy itself is tested in content-security-policy.e2e.spec.ts).
      const context = await browser.newContext({
        viewport: { width: 360, height: 640 },
        bypassCSP: true,
      })
      const failures: string[] = []
      const checked: string[] = []
      for (const template of pages.filter((page) => page.locale === locale)) {
        const page = await context.newPage()
        await page.goto(`${platform.siteUrl}${template.path}`)
        // The search page is checked with its results and their announcement shown.
        if (template.template === 'search')
          await page.locator('[data-results] li').first().waitFor()
        for (const violation of await axeViolations(page)) {
          failures.push(`${template.template} ${template.path} → ${violation}`)
        }
        checked.push(template.template)
        await page.close()
      }
      await context.close()
      expect(checked).toEqual(
        expect.arrayContaining([
          'page:home',
          'training',
          'publication',
          'hearing',
          'statement:accessibility',
          'statement:privacy',
          'not-found',
          'search',
          'trainings-filter',
        ]),
      )
      expect(failures, failures.join('\n')).toEqual([])
      // About twenty pages, each analysed by axe: a guard against a hang, not a speed requirement.
    }, 300_000)

    it(`fits a 320 px wide screen without sideways scrolling, in ${locale}`, async () => {
      const context = await browser.newContext({ viewport: { width: 320, height: 640 } })
      const tooWide: string[] = []
      for (const template of pages.filter((page) => page.locale === locale)) {
        const page = await context.newPage()
        await page.goto(`${platform.siteUrl}${template.path}`)
        if (template.template === 'search')
          await page.locator('[data-results] li').first().waitFor()
        const width = await page.evaluate(() => document.documentElement.scrollWidth)
        if (width > 320) tooWide.push(`${template.template} ${template.path}: ${width} px`)
        await page.close()
      }
      await context.close()
      expect(tooWide, tooWide.join('\n')).toEqual([])
    })
  }
})
