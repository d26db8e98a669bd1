import axe from 'axe-core'
import { locales } from '@mist/schema'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchChromium, platformUrls } from './helpers.ts'
import { templatePages, type TemplatePage } from './site-templates.ts'

/**
 * Victims and professionals read the site on small phones, with screen readers, keyboards and zoom: every page
 * template, in both languages, on a 360 px phone and a 1280 px screen, with JavaScript and without, passes
 * axe-core's WCAG 2.1 A and AA rules (contrast, labels, names of links and controls, language) and its best
 * practices (landmarks holding all content, one h1, heading order); shows its <h1> in a phone's first screen;
 * and fits a 320 px wide screen without sideways scrolling or text cut off, WCAG's text spacing applied or not
 * (WCAG 2.2 § 1.4.10 reflow, § 1.4.12 text spacing).
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

/** WCAG 2.2 § 1.4.12's text spacing, as its understanding document's bookmarklet sets it. */
const textSpacing = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important;
  word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }`

/**
 * Opens a template's page; the search page is waited for until its results show (with JavaScript). Without
 * JavaScript the page's own scripts are taken out of its HTML, as a browser with JavaScript off ignores them,
 * while the test can still run axe in it.
 */
async function open(context: BrowserContext, template: TemplatePage, javaScript: boolean) {
  const page = await context.newPage()
  if (!javaScript) {
    await page.route(`${platform.siteUrl}/**`, async (route) => {
      if (route.request().resourceType() !== 'document') return route.continue()
      const response = await route.fetch()
      const html = (await response.text()).replace(/<script\b[\s\S]*?<\/script>/gi, '')
      return route.fulfill({ response, body: html })
    })
  }
  await page.goto(`${platform.siteUrl}${template.path}`)
  if (template.template === 'search' && javaScript)
    await page.locator('[data-results] li').first().waitFor()
  return page
}

/**
 * Elements whose content no longer fits and is cut off (overflow hidden or clipped), and the page's own width
 * when it scrolls sideways: what text spacing or a narrow screen must not cause. The visually hidden texts
 * (1 px boxes by design) and the honeypot are left out.
 */
async function lostContent(page: Page, width: number): Promise<string[]> {
  return page.evaluate((viewport) => {
    const lost: string[] = []
    const scroll = document.documentElement.scrollWidth
    if (scroll > viewport) lost.push(`the page is ${scroll} px wide`)
    for (const element of document.body.querySelectorAll<HTMLElement>('*')) {
      if (element.closest('.visually-hidden, .hp, [hidden]')) continue
      const style = getComputedStyle(element)
      if (!/hidden|clip/.test(style.overflowX + style.overflowY)) continue
      if (
        element.scrollWidth > element.clientWidth + 1 ||
        element.scrollHeight > element.clientHeight + 1
      )
        lost.push(`${element.tagName.toLowerCase()}.${element.className} cuts its content off`)
    }
    return lost
  }, width)
}

const screens = [
  { width: 360, height: 640 },
  { width: 1280, height: 900 },
] as const

describe('accessibility of every page template', () => {
  for (const locale of locales) {
    for (const screen of screens) {
      for (const javaScript of [true, false]) {
        const how = `${screen.width}×${screen.height}, JavaScript ${javaScript ? 'on' : 'off'}`
        it(`has no WCAG 2.1 A/AA or best-practice violation (axe-core), ${how}, in ${locale}`, async () => {
          // axe is injected as an inline script, which the site's Content-Security-Policy rightly blocks: the
          // test's own tooling bypasses it (the policy itself is tested in content-security-policy.e2e.spec.ts).
          const context = await browser.newContext({ viewport: screen, bypassCSP: true })
          const failures: string[] = []
          const checked: string[] = []
          for (const template of pages.filter((page) => page.locale === locale)) {
            const page = await open(context, template, javaScript)
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
      }
    }

    it(`shows each page's <h1> within the first screen of a 360×640 phone, JavaScript on and off, in ${locale}`, async () => {
      const late: string[] = []
      for (const javaScript of [true, false]) {
        const context = await browser.newContext({
          viewport: { width: 360, height: 640 },
          javaScriptEnabled: javaScript,
        })
        for (const template of pages.filter((page) => page.locale === locale)) {
          const page = await open(context, template, javaScript)
          const top = await page
            .locator('h1')
            .first()
            .evaluate((h1) => h1.getBoundingClientRect().top)
          if (top >= 640)
            late.push(`${template.template} (JavaScript ${javaScript}): h1 at ${top} px`)
          await page.close()
        }
        await context.close()
      }
      expect(late, late.join('\n')).toEqual([])
    })

    it(`fits a 320 px wide screen without sideways scrolling or lost text, with WCAG text spacing too, in ${locale}`, async () => {
      // The text spacing is an injected style, which the site's Content-Security-Policy rightly blocks.
      const context = await browser.newContext({
        viewport: { width: 320, height: 640 },
        bypassCSP: true,
      })
      const lost: string[] = []
      for (const template of pages.filter((page) => page.locale === locale)) {
        const page = await open(context, template, true)
        for (const line of await lostContent(page, 320)) lost.push(`${template.template}: ${line}`)
        await page.addStyleTag({ content: textSpacing })
        for (const line of await lostContent(page, 320))
          lost.push(`${template.template} with text spacing: ${line}`)
        await page.close()
      }
      await context.close()
      expect(lost, lost.join('\n')).toEqual([])
    })
  }
})
