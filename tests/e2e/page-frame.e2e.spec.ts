import { locales, type Locale } from '@mist/schema'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchChromium, platformUrls } from './helpers.ts'
import { templatePages, type TemplatePage } from './site-templates.ts'

/**
 * The frame of every page (docs/decisions/027-design-system.md) as readers use it: the "Menu" disclosure on a
 * phone (keyboard, `aria-expanded`, Escape, and a stacked list without JavaScript), the breadcrumbs, the quick
 * exit that never lies over another control, and the printed page.
 */
let siteUrl: string
let browser: Browser
let pages: TemplatePage[]

beforeAll(async () => {
  const platform = platformUrls()
  siteUrl = platform.siteUrl
  browser = await launchChromium()
  pages = await templatePages(platform.cmsUrl, siteUrl)
})

afterAll(async () => {
  await browser?.close()
})

const pathOf = (template: string, locale: Locale): string => {
  const found = pages.find((page) => page.template === template && page.locale === locale)
  if (!found) throw new Error(`No ${template} page in ${locale}`)
  return found.path
}

async function openPage(
  path: string,
  options: { width: number; javaScript?: boolean },
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport: { width: options.width, height: options.width < 640 ? 640 : 900 },
    javaScriptEnabled: options.javaScript ?? true,
  })
  const page = await context.newPage()
  await page.goto(`${siteUrl}${path}`)
  return { context, page }
}

describe('the primary navigation', () => {
  for (const locale of locales) {
    it(`opens and closes behind a Menu button on a phone, by keyboard, with Escape giving focus back, in ${locale}`, async () => {
      const { context, page } = await openPage(pathOf('page:advocacy', locale), { width: 360 })
      const nav = page.getByRole('navigation', {
        name: locale === 'fr' ? 'Navigation principale' : 'Main navigation',
      })
      const button = nav.getByRole('button', { name: 'Menu' })
      const firstLink = nav.getByRole('link').first()
      await expect(button.getAttribute('aria-expanded')).resolves.toBe('false')
      expect(await firstLink.isVisible()).toBe(false)

      await button.focus()
      await page.keyboard.press('Enter')
      expect(await button.getAttribute('aria-expanded')).toBe('true')
      expect(await firstLink.isVisible()).toBe(true)
      // The current section is marked in the opened list.
      expect(await nav.locator('[aria-current="page"]').count()).toBe(1)

      await page.keyboard.press('Tab')
      expect(
        await page.evaluate(() =>
          document.activeElement?.closest('nav')?.getAttribute('aria-label'),
        ),
      ).toBe(await nav.getAttribute('aria-label'))
      await page.keyboard.press('Escape')
      expect(await button.getAttribute('aria-expanded')).toBe('false')
      expect(await firstLink.isVisible()).toBe(false)
      expect(await button.evaluate((element) => element === document.activeElement)).toBe(true)
      await context.close()
    })
  }

  it('shows every link without JavaScript on a phone, wrapped on a few lines, and no Menu button', async () => {
    const { context, page } = await openPage(pathOf('page:home', 'fr'), {
      width: 360,
      javaScript: false,
    })
    const nav = page.getByRole('navigation', { name: 'Navigation principale' })
    expect(await nav.getByRole('button', { name: 'Menu' }).isVisible()).toBe(false)
    const links = nav.getByRole('link')
    expect(await links.count()).toBeGreaterThanOrEqual(6)
    const lines = new Set<number>()
    for (const link of await links.all()) {
      expect(await link.isVisible()).toBe(true)
      const box = await link.boundingBox()
      expect(box?.height ?? 0).toBeGreaterThanOrEqual(44)
      expect((box?.x ?? -1) + (box?.width ?? 0)).toBeLessThanOrEqual(360)
      lines.add(Math.round(box?.y ?? -1))
    }
    // Wrapped, not one link a line: the page's title stays in the first screen.
    expect(lines.size).toBeLessThanOrEqual(3)
    await context.close()
  })

  it('shows the links in a row on a wide screen, without a Menu button', async () => {
    const { context, page } = await openPage(pathOf('page:home', 'en'), { width: 1280 })
    const nav = page.getByRole('navigation', { name: 'Main navigation' })
    expect(await nav.getByRole('button', { name: 'Menu' }).isVisible()).toBe(false)
    const tops = new Set<number>()
    for (const link of await nav.getByRole('link').all()) {
      expect(await link.isVisible()).toBe(true)
      tops.add(Math.round((await link.boundingBox())?.y ?? -1))
    }
    expect(tops.size).toBe(1)
    await context.close()
  })
})

describe('breadcrumbs', () => {
  it('lead from a training up to the professionals page and the home, in both languages, and not on the home page', async () => {
    for (const locale of locales) {
      const { context, page } = await openPage(pathOf('training', locale), { width: 1280 })
      const trail = page.getByRole('navigation', {
        name: locale === 'fr' ? 'Fil d’Ariane' : 'Breadcrumb',
      })
      const links = trail.getByRole('link')
      expect(await links.count()).toBe(2)
      expect(await links.nth(0).getAttribute('href')).toBe(`/${locale}/`)
      expect(await links.nth(1).getAttribute('href')).toBe(pathOf('page:professionals', locale))
      expect(await trail.locator('[aria-current="page"]').textContent()).toBe(
        await page.locator('h1').textContent(),
      )
      await page.goto(`${siteUrl}/${locale}/`)
      expect(await page.locator('.breadcrumbs').count()).toBe(0)
      await context.close()
    }
  })
})

/** The boxes of every visible control (links, buttons, fields) that the quick exit's box overlaps. */
async function controlsUnderQuickExit(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const exit = document.querySelector('[data-quick-exit]')
    if (!exit) return ['no quick exit']
    const box = exit.getBoundingClientRect()
    const hits: string[] = []
    for (const control of document.querySelectorAll<HTMLElement>(
      'a, button, input, select, textarea, h1, h2',
    )) {
      if (control === exit || exit.contains(control) || control.contains(exit)) continue
      const other = control.getBoundingClientRect()
      if (other.width === 0 || other.height === 0) continue
      const overlaps =
        other.left < box.right &&
        other.right > box.left &&
        other.top < box.bottom &&
        other.bottom > box.top
      if (overlaps)
        hits.push(
          `${control.tagName.toLowerCase()} "${(control.textContent ?? '').trim().slice(0, 30)}"`,
        )
    }
    return hits
  })
}

describe('the quick exit', () => {
  for (const width of [320, 360, 1280]) {
    it(`never lies over a heading or another control at ${width} px, at the top of the page or with a field being corrected in focus`, async () => {
      const { context, page } = await openPage(pathOf('training', 'fr'), { width })
      expect(await controlsUnderQuickExit(page)).toEqual([])
      // A field far down the page gets focus (as after an error summary's link): it is scrolled clear of the
      // sticky header bar that holds the quick exit, its label too. (What scrolls by under the bar is not covered
      // by the button: the bar takes its own room at the top of the screen.)
      const field = page.locator('form textarea').first()
      await field.focus()
      const bar = await page.locator('.site-header-bar').boundingBox()
      const barBottom = (bar?.y ?? 0) + (bar?.height ?? 0)
      const id = await field.getAttribute('id')
      for (const box of [
        await field.boundingBox(),
        await page.locator(`label[for="${id}"]`).boundingBox(),
      ])
        expect(box?.y ?? 0).toBeGreaterThanOrEqual(barBottom)
      await context.close()
    })
  }
})

describe('the focus style', () => {
  it('shows where the keyboard is, in the normal colours and in forced-colours mode (Windows high contrast)', async () => {
    const seen: Record<string, { outline: string; width: string; background: string }> = {}
    for (const forcedColors of ['none', 'active'] as const) {
      const { context, page } = await openPage(pathOf('page:home', 'fr'), { width: 1280 })
      await page.emulateMedia({ forcedColors })
      await page.keyboard.press('Tab') // the skip link
      await page.keyboard.press('Tab') // the wordmark
      seen[forcedColors] = await page.evaluate(() => {
        const style = getComputedStyle(document.activeElement ?? document.body)
        return {
          outline: style.outlineColor,
          width: style.outlineWidth,
          background: style.backgroundColor,
        }
      })
      await context.close()
    }
    // GOV.UK's style: yellow behind the link, and an outline left transparent…
    expect(seen.none?.background).toBe('rgb(255, 221, 0)')
    // …that forced-colours mode, where backgrounds are replaced, paints in a system colour.
    expect(seen.active?.outline).not.toBe('rgba(0, 0, 0, 0)')
    expect(Number.parseFloat(seen.active?.width ?? '0')).toBeGreaterThanOrEqual(2)
  })
})

describe('printing', () => {
  it('prints the content without navigation, quick exit or menu, with link addresses after links', async () => {
    const { context, page } = await openPage(pathOf('page:professionals', 'fr'), { width: 1280 })
    await page.emulateMedia({ media: 'print' })
    for (const selector of [
      '.site-nav',
      '[data-quick-exit]',
      '.menu-button',
      '.breadcrumbs',
      '.filters',
    ]) {
      expect(await page.locator(selector).first().isVisible(), selector).toBe(false)
    }
    expect(await page.locator('h1').isVisible()).toBe(true)
    const card = page.locator('.card-title a').first()
    const printed = await card.evaluate((link) => getComputedStyle(link, '::after').content)
    expect(printed).toContain(await card.getAttribute('href'))
    expect(await page.getByText(`Page imprimée depuis ${siteUrl}`).isVisible()).toBe(true)
    await context.close()
  })
})
