import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchChromium, platformUrls } from './helpers.ts'

/** A victim on a watched device must be able to leave at once, and find urgent numbers on every page. */
let platform: { cmsUrl: string; siteUrl: string }
let browser: Browser

beforeAll(async () => {
  platform = platformUrls()
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
})

describe('browsing safety', () => {
  it('leaves with the quick exit button, and Back does not return to the page', async () => {
    const page = await browser.newPage()
    await page.goto(`${platform.siteUrl}/fr/`)
    await page.click('nav a:text-matches("^Victimes$")')
    const sensitive = page.url()
    await page.click('a[data-quick-exit]')
    await page.waitForURL('about:blank')
    await page.goBack().catch(() => null)
    expect(page.url()).not.toBe(sensitive)
    await page.close()
  })

  it('leaves when Shift is pressed three times', async () => {
    const page = await browser.newPage()
    await page.goto(`${platform.siteUrl}/en/`)
    for (let i = 0; i < 3; i += 1) await page.keyboard.press('Shift')
    await page.waitForURL('about:blank')
    await page.close()
  })

  it('shows France’s urgent numbers as phone links on every page, in both languages', async () => {
    for (const path of ['/fr/', '/en/', '/fr/formations/formation-initiale/']) {
      const html = await (await fetch(`${platform.siteUrl}${path}`)).text()
      for (const number of ['17', '112', '114', '119', '3919']) {
        expect(html, `${path} tel:${number}`).toContain(`href="tel:${number}"`)
      }
    }
    expect(await (await fetch(`${platform.siteUrl}/fr/`)).text()).toContain('Violences Femmes Info')
  })
})
