import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchChromium, platformUrls } from './helpers.ts'

/** A victim on a watched device must be able to leave at once, and find urgent numbers on every page. */
let platform: { cmsUrl: string; siteUrl: string }
let browser: Browser

/** The addresses in the tab's history (Chromium's own list, Back and Forward included). */
async function tabHistory(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page)
  const { entries } = await cdp.send('Page.getNavigationHistory')
  await cdp.detach()
  return entries.map((entry) => entry.url)
}

/**
 * Opens a page of another site that links to `path` of Mist's site, and follows the link, as a reader arriving
 * from a search engine does. @returns the address of that page, the one Back should lead to after the exit
 */
async function arriveAt(page: Page, path: string): Promise<string> {
  const from = `data:text/html,<title>Recherche</title><a href="${platform.siteUrl}${path}">Mist</a>`
  await page.goto(from)
  const cameFrom = page.url()
  await page.click('a')
  await page.waitForURL(`${platform.siteUrl}${path}`)
  return cameFrom
}

/** Clicks the first link to `path` on the page and waits for that page. */
async function follow(page: Page, path: string): Promise<void> {
  await page.locator(`a[href="${path}"]`).first().click()
  await page.waitForURL(`${platform.siteUrl}${path}`)
}

const onSite = (url: string) => url.startsWith(platform.siteUrl)

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

  it('leaves no page of the site in the tab after a visit along the victims’ path: Back reaches the page the reader came from', async () => {
    // Setup: from another site to the home, the victims' page, the appointment form, the privacy statement.
    const page = await browser.newPage()
    const cameFrom = await arriveAt(page, '/fr/')
    await follow(page, '/fr/information-et-orientation-des-victimes/')
    await follow(page, '/fr/prendre-rendez-vous/')
    await follow(page, '/fr/donnees-personnelles/')
    expect((await tabHistory(page)).filter(onSite)).toHaveLength(1)

    // Action: the quick exit, then Back.
    await page.click('a[data-quick-exit]')
    await page.waitForURL('about:blank')
    const afterExit = await tabHistory(page)
    await page.goBack()

    // Assert
    expect(afterExit.filter(onSite)).toEqual([])
    expect(page.url()).toBe(cameFrom)
    await page.close()
  })

  it('with “Discreet browsing” on, leaves no page of the professionals’ part in the tab either, with Shift ×3', async () => {
    // Setup: the switch turned on on the professionals' page, then a training and the trainings catalogue.
    const page = await browser.newPage()
    const cameFrom = await arriveAt(page, '/en/')
    await follow(page, '/en/training-and-support-for-professionals/')
    const toggle = page.getByRole('button', { name: /^Discreet browsing/ })
    expect(await toggle.getAttribute('aria-pressed')).toBe('false')
    await toggle.click()
    expect(await toggle.getAttribute('aria-pressed')).toBe('true')
    const training = await page
      .locator('main a[href^="/en/trainings/"]')
      .first()
      .getAttribute('href')
    await follow(page, training ?? '(no training link)')
    expect(await toggle.getAttribute('aria-pressed')).toBe('true')
    await follow(page, '/en/training-and-support-for-professionals/')
    expect((await tabHistory(page)).filter(onSite)).toHaveLength(1)

    // Action
    for (let i = 0; i < 3; i += 1) await page.keyboard.press('Shift')
    await page.waitForURL('about:blank')
    const afterExit = await tabHistory(page)
    await page.goBack()

    // Assert
    expect(afterExit.filter(onSite)).toEqual([])
    expect(page.url()).toBe(cameFrom)
    await page.close()
  })

  it('with the switch on, the thank-you page of a quote request replaces the training page too', async () => {
    // Setup: the switch on, then a training's quote form filled in.
    const page = await browser.newPage()
    await arriveAt(page, '/fr/formation-et-accompagnement-des-professionnels/')
    await page.getByRole('button', { name: /^Navigation discrète/ }).click()
    const training = await page
      .locator('main a[href^="/fr/formations/"]')
      .first()
      .getAttribute('href')
    await follow(page, training ?? '(no training link)')
    await page.fill('#quote-name', 'Camille, navigation discrète')
    await page.fill('#quote-organisation', 'Service de protection de l’enfance')
    await page.fill('#quote-email', 'camille@exemple.fr')
    await page.fill('#quote-participants', '4')
    await page.fill('#quote-message', 'Une session pour notre équipe, à l’automne.')
    await page.check('#quote-consent')

    // Action
    await page.click('main button[type="submit"]')
    await page.waitForURL(`${platform.siteUrl}/fr/merci/`)

    // Assert
    expect((await tabHistory(page)).filter(onSite)).toEqual([`${platform.siteUrl}/fr/merci/`])
    await page.close()
  })

  it('keeps the switch’s choice in the tab only: no cookie, nothing kept beyond the tab', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(`${platform.siteUrl}/fr/formation-et-accompagnement-des-professionnels/`)
    await page.getByRole('button', { name: /^Navigation discrète/ }).click()

    const stored = await page.evaluate(() => ({
      session: sessionStorage.length,
      local: localStorage.length,
    }))
    const otherTab = await context.newPage()
    await otherTab.goto(`${platform.siteUrl}/fr/formation-et-accompagnement-des-professionnels/`)

    expect(stored).toEqual({ session: 1, local: 0 })
    expect(await context.cookies()).toEqual([])
    expect(
      await otherTab
        .getByRole('button', { name: /^Navigation discrète/ })
        .getAttribute('aria-pressed'),
    ).toBe('false')
    await context.close()
  })

  it('with the switch off, Back on the professionals’ pages returns to the previous page as usual', async () => {
    const page = await browser.newPage()
    await page.goto(`${platform.siteUrl}/fr/formation-et-accompagnement-des-professionnels/`)
    const professionals = page.url()
    const training = await page
      .locator('main a[href^="/fr/formations/"]')
      .first()
      .getAttribute('href')
    await follow(page, training ?? '(no training link)')

    await page.goBack()

    expect(page.url()).toBe(professionals)
    await page.close()
  })

  it('still opens links in a new tab with Ctrl, and the skip link still leads to the content, on discreet pages', async () => {
    const page = await browser.newPage()
    await page.goto(`${platform.siteUrl}/fr/information-et-orientation-des-victimes/`)

    const [newTab] = await Promise.all([
      page.context().waitForEvent('page'),
      page
        .locator('a[href="/fr/prendre-rendez-vous/"]')
        .first()
        .click({ modifiers: ['Control'] }),
    ])
    await newTab.waitForLoadState()
    await page.locator('a[href="#content"]').focus()
    await page.keyboard.press('Enter')
    await page.waitForURL(/#content$/)
    await page.keyboard.press('Tab')

    expect(newTab.url()).toBe(`${platform.siteUrl}/fr/prendre-rendez-vous/`)
    expect(page.url()).toBe(
      `${platform.siteUrl}/fr/information-et-orientation-des-victimes/#content`,
    )
    expect(
      await page.evaluate(() => document.querySelector('main')?.contains(document.activeElement)),
    ).toBe(true)
    expect((await tabHistory(page)).filter(onSite)).toHaveLength(1)
    await page.close()
  })

  it('without JavaScript, shows no switch and says plainly what the quick exit cannot hide', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    const said: Record<string, string> = {}
    for (const locale of ['fr', 'en'] as const) {
      await page.goto(`${platform.siteUrl}/${locale}/`)
      expect(await page.locator('button[aria-pressed]').count()).toBe(1)
      expect(await page.locator('button[aria-pressed]').isVisible(), locale).toBe(false)
      // Every page's footer leads to the safe-browsing page, which says it.
      await page.locator('#safety-heading ~ p a').click()
      said[locale] = (await page.locator('main').textContent()) ?? ''
    }

    expect(said.fr).toContain('Les pages vues sans JavaScript')
    expect(said.fr).toContain('La page d’où vous arrivez')
    expect(said.en).toContain('Pages seen without JavaScript')
    expect(said.en).toContain('The page you came from')
    await context.close()
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
