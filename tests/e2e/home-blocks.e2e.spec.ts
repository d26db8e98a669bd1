import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchChromium, platformUrls, signInToAdmin, staffToken } from './helpers.ts'

/**
 * Issue 15: the home page is built from blocks editors control, in both languages (Mist's seeded home and
 * victims pages), and on a 360 × 640 phone the appointment form and the urgent numbers are one tap away within
 * the first screen of the home and victims pages, with JavaScript on and off. The draft preview renders blocks
 * as the site does.
 */
let platform: { cmsUrl: string; siteUrl: string; previewUrl: string }
let browser: Browser
let token: string

beforeAll(async () => {
  platform = platformUrls()
  browser = await launchChromium()
  token = await staffToken(platform.cmsUrl)
})

afterAll(async () => {
  await browser?.close()
})

const pages = {
  fr: {
    home: '/fr/',
    victims: '/fr/information-et-orientation-des-victimes/',
    appointment: '/fr/prendre-rendez-vous/',
  },
  en: {
    home: '/en/',
    victims: '/en/information-and-guidance-for-victims/',
    appointment: '/en/make-an-appointment/',
  },
} as const

async function phone(javaScriptEnabled: boolean): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 360, height: 640 },
    isMobile: true,
    hasTouch: true,
    javaScriptEnabled,
  })
  return context.newPage()
}

/** The box of the first element of `main` matching `selector`, in CSS px of the viewport. */
async function boxOf(page: Page, selector: string) {
  const box = await page.locator(`main ${selector}`).first().boundingBox()
  if (!box) throw new Error(`${page.url()}: no visible ${selector} in main`)
  return box
}

const siteOrigin = () => new URL(platform.siteUrl).origin

const texts = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((elements) => elements.map((e) => e.textContent?.trim()))

describe('home page blocks', () => {
  it('shows the audience paths, urgent numbers, trainings and advocacy on the French and English home pages', async () => {
    const page = await browser.newPage()
    for (const [locale, expected] of [
      ['fr', ['Vous êtes victime ou proche', 'Vous êtes professionnel·le']],
      ['en', ['You are a victim or close to one', 'You are a professional']],
    ] as const) {
      await page.goto(`${platform.siteUrl}${pages[locale].home}`)
      const headings = await texts(page, 'main .audience-path h2')
      expect(headings.slice(0, 2), locale).toEqual(expected)
      // The urgent numbers come from the settings (urgent-contacts global), as phone links.
      expect(await page.locator('main #urgent-numbers').count(), locale).toBe(1)
      expect(await page.locator('main .urgent a[href^="tel:"]').count(), locale).toBe(5)
      // Three chosen trainings and the three newest advocacy items, as cards.
      expect(await page.locator('main .page-blocks .card').count(), locale).toBe(6)
    }
    await page.close()
  })

  it('gives the victims page a button to the appointment form and the urgent numbers, in both languages', async () => {
    const page = await browser.newPage()
    for (const locale of ['fr', 'en'] as const) {
      await page.goto(`${platform.siteUrl}${pages[locale].victims}`)
      const appointment = page.locator(`main a.button[href="${pages[locale].appointment}"]`)
      // Once: the page's own button is not repeated under the text.
      expect(await appointment.count(), locale).toBe(1)
      expect(await page.locator('main .urgent a[href^="tel:"]').count(), locale).toBe(5)
    }
    await page.close()
  })

  for (const javaScriptEnabled of [true, false]) {
    it(`puts the appointment form and the urgent numbers one tap away in a phone’s first screen (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
      const page = await phone(javaScriptEnabled)
      for (const locale of ['fr', 'en'] as const) {
        for (const which of ['home', 'victims'] as const) {
          const where = `${locale} ${which}`
          await page.goto(`${platform.siteUrl}${pages[locale][which]}`)
          const appointment = await boxOf(page, `a[href="${pages[locale].appointment}"]`)
          const urgent = await boxOf(page, 'a[href="#urgent-numbers"], a[href^="tel:"]')
          for (const [name, box] of [
            ['appointment link', appointment],
            ['urgent numbers link', urgent],
          ] as const) {
            expect(box.y, `${where}: ${name} top`).toBeGreaterThanOrEqual(0)
            expect(box.y + box.height, `${where}: ${name} bottom`).toBeLessThanOrEqual(640)
            expect(box.height, `${where}: ${name} height`).toBeGreaterThanOrEqual(44)
            expect(box.width, `${where}: ${name} width`).toBeGreaterThanOrEqual(44)
          }
        }
      }
      await page.context().close()
    })
  }

  for (const javaScriptEnabled of [true, false]) {
    it(`takes a phone reader to the urgent numbers and to the appointment form in one tap each (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
      const page = await phone(javaScriptEnabled)
      await page.goto(`${platform.siteUrl}${pages.fr.home}`)
      // Action: tap "Numéros d’urgence"
      await page.locator('main a[href="#urgent-numbers"]').first().tap()
      // Assert: the numbers are on screen
      await page.waitForURL(/#urgent-numbers$/)
      const firstNumber = await boxOf(page, '.urgent:has(#urgent-numbers) a[href^="tel:"]')
      expect(firstNumber.y).toBeGreaterThanOrEqual(0)
      expect(firstNumber.y + firstNumber.height).toBeLessThanOrEqual(640)
      // Action: back to the top, tap the appointment button
      await page.goto(`${platform.siteUrl}${pages.fr.home}`)
      await page.locator(`main a[href="${pages.fr.appointment}"]`).first().tap()
      await page.waitForURL(`${platform.siteUrl}${pages.fr.appointment}`)
      expect(await page.locator('main form').count()).toBe(1)
      await page.context().close()
    })
  }
})

describe('page blocks in the draft preview', () => {
  async function api(method: string, path: string, body?: unknown): Promise<Response> {
    return fetch(`${platform.cmsUrl}/api/${path}`, {
      method,
      headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    })
  }

  it('renders the home page’s audience paths exactly as the public site does', async () => {
    // Setup
    const found = await api('GET', 'pages?where[purpose][equals]=home&depth=0&locale=fr')
    const home = ((await found.json()) as { docs: { id: number }[] }).docs[0]
    if (!home) throw new Error('no home page')
    const page = await browser.newPage()
    await page.goto(`${platform.siteUrl}/fr/`)
    const published = await page.locator('main .audience-paths').evaluate((e) => e.outerHTML)
    // Action
    await signInToAdmin(page, platform.cmsUrl)
    await page.goto(`${platform.cmsUrl}/preview/fr/pages/${home.id}`)
    // Assert: the same markup, but for the site's links, which the preview (on the CMS's origin) makes absolute
    const previewed = await page.locator('main .audience-paths').evaluate((e) => e.outerHTML)
    expect(await page.locator('.preview-banner').count()).toBe(1)
    expect(previewed.replaceAll(`href="${siteOrigin()}/`, 'href="/')).toBe(published)
    await page.close()
  })

  it('shows a block of a page never published, with its button, to the signed-in editor', async () => {
    // Setup: a draft page with a call to action, as autosave leaves it
    const created = await api('POST', 'pages?locale=fr&draft=true', {
      _status: 'draft',
      title: 'Page d’essai des sections (brouillon)',
      layout: [
        {
          blockType: 'call-to-action',
          heading: 'Devenir membre',
          text: 'Un livret d’accueil des nouveaux membres a été rédigé par les membres actifs.',
          link: { destination: 'membership' },
        },
      ],
    })
    expect(created.status).toBe(201)
    const id = ((await created.json()) as { doc: { id: number } }).doc.id
    const page = await browser.newPage()
    await signInToAdmin(page, platform.cmsUrl)
    // Action
    await page.goto(`${platform.cmsUrl}/preview/fr/pages/${id}`)
    // Assert
    const block = page.locator('main .call-to-action')
    expect(await block.locator('h2').textContent()).toBe('Devenir membre')
    expect(await block.locator('a.button').getAttribute('href')).toBe(
      `${siteOrigin()}/fr/devenir-membre/`,
    )
    await page.close()
  })
})
