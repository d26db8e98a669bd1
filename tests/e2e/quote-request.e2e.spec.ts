import { type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchChromium, platformUrls, staffToken } from './helpers.ts'

/**
 * The whole loop as people use it: a reader in Chromium going from `/` to a training in English and asking
 * for a quote, and staff finding the request through the authenticated API.
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

async function fillQuote(page: Page, email: string, name: string) {
  await page.fill('#quote-name', name)
  await page.fill('#quote-organisation', 'Child protection service')
  await page.fill('#quote-email', email)
  await page.fill('#quote-participants', '6')
  await page.fill('#quote-message', 'Training for our team of educators, in spring.')
  await page.check('#quote-consent')
}

async function findSubmission(
  name: string,
): Promise<{ locale: string; quoteRequest: { email: string } } | undefined> {
  const query = new URLSearchParams({ 'where[quoteRequest.name][equals]': name, depth: '0' })
  const response = await fetch(`${platform.cmsUrl}/api/form-submissions?${query}`, {
    headers: { Authorization: `JWT ${await staffToken(platform.cmsUrl)}` },
  })
  expect(response.status).toBe(200)
  const body = (await response.json()) as {
    docs: Array<{ locale: string; quoteRequest: { email: string } }>
  }
  return body.docs[0]
}

describe('a professional asks for a training quote', () => {
  it('goes from / to French, to English, to a training, fixes a bad field and sends the request', async () => {
    const page = await browser.newPage()
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))

    await page.goto(`${platform.siteUrl}/`)
    await page.waitForURL(/\/fr\/$/)
    expect(await page.getAttribute('html', 'lang')).toBe('fr')
    await expect(page.locator('h1').textContent()).resolves.toContain('Centre de ressources')

    await page.click('header a[hreflang="en"]')
    await page.waitForURL(/\/en\/$/)
    expect(await page.getAttribute('html', 'lang')).toBe('en')

    await page.click('nav a:text-matches("^Professionals$")')
    await page.click('#trainings-heading ~ ul a >> nth=0')
    await page.waitForURL(/\/en\/trainings\/[a-z0-9-]+\/$/)

    const name = 'Alex E2E with script'
    await fillQuote(page, 'not-an-email', name)
    await page.click('button[type="submit"]')
    const emailError = page.locator('#quote-email-error')
    await expect(emailError.textContent()).resolves.toContain('Enter a valid email address')
    expect(await page.getAttribute('#quote-email', 'aria-invalid')).toBe('true')
    expect(page.url()).toMatch(/\/en\/trainings\//)
    // The error summary takes the focus and leads to the field
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-summary'))).toBe(
      true,
    )
    const links = await page.$$eval('[data-summary] a', (all) =>
      all.map((link) => [link.getAttribute('href'), link.textContent]),
    )
    expect(links).toEqual([
      ['#quote-email', 'Email: Enter a valid email address, for example name@example.org.'],
    ])
    await page.click('[data-summary] a')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('quote-email')

    await page.fill('#quote-email', 'andré@exemple.fr')
    await page.click('button[type="submit"]')
    await page.waitForURL(/\/en\/thank-you\/$/)
    expect(errors).toEqual([])

    const stored = await findSubmission(name)
    expect(stored?.locale).toBe('en')
    expect(stored?.quoteRequest.email).toBe('andré@exemple.fr')
  })

  it('works with JavaScript off: the plain form post is stored and the reader lands on the thank-you page', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${platform.siteUrl}/fr/`)
    await page.click('nav a:text-matches("^Professionnel·les$")')
    await page.click('#trainings-heading ~ ul a >> nth=0')
    const name = 'Alex E2E sans script'
    await fillQuote(page, 'alex@exemple.fr', name)
    await page.click('button[type="submit"]')
    await page.waitForURL(/\/fr\/merci\/$/)
    expect((await findSubmission(name))?.locale).toBe('fr')
    await context.close()
  })

  it('without JavaScript, answers a refused request with the form filled in again, named errors and a working summary', async () => {
    // Setup
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    const training = `${platform.siteUrl}/en/trainings/continued-training/`
    await page.goto(training)
    const name = 'Alex E2E "<i>no script</i>" refused'
    await fillQuote(page, 'alex-at-example', name)
    await page.fill('#quote-participants', '0')
    await page.selectOption('#quote-training', 'other')
    await page.fill('#quote-trainingOther', 'A day on the Palermo protocol')

    // Action
    await page.click('button[type="submit"]')

    // Assert: the CMS answers with the training's page, filled in, errors beside the fields and summed up
    await page.waitForURL(`${platform.cmsUrl}/api/forms/quote-request`)
    expect(await page.title()).toBe('Error: Continued training · Mist')
    expect(await page.inputValue('#quote-name')).toBe(name)
    expect(await page.inputValue('#quote-email')).toBe('alex-at-example')
    expect(await page.inputValue('#quote-training')).toBe('other')
    expect(await page.inputValue('#quote-trainingOther')).toBe('A day on the Palermo protocol')
    expect(await page.inputValue('#quote-message')).toBe(
      'Training for our team of educators, in spring.',
    )
    await expect(page.locator('#quote-participants-error').textContent()).resolves.toBe(
      'Enter a number of participants between 1 and 1000.',
    )
    const links = await page.$$eval('[data-summary] a', (all) =>
      all.map((link) => link.getAttribute('href')),
    )
    expect(links).toEqual(['#quote-email', '#quote-participants'])
    expect(await page.locator('script').count()).toBe(0)

    // Action: follow the summary to each field, correct it, send again
    await page.click('[data-summary] a[href="#quote-participants"]')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('quote-participants')
    await page.fill('#quote-participants', '12')
    await page.fill('#quote-email', 'alex@example.org')
    await page.click('button[type="submit"]')

    // Assert
    await page.waitForURL(/\/en\/thank-you\/$/)
    expect((await findSubmission(name))?.quoteRequest.email).toBe('alex@example.org')
    await context.close()
  })

  it('gives every control of the quote form, phone number included, a touch target of 44 × 44 CSS px at 360 px', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 640 } })
    await page.goto(`${platform.siteUrl}/fr/formations/formation-continue/`)
    await page.click('button[type="submit"]')
    const boxes = await page.$$eval(
      'main form :is(input:not([type="hidden"]), select, textarea, button), main form .consent label, [data-summary] a',
      (elements) =>
        elements
          .filter((element) => element.getClientRects().length > 0 && !element.closest('.hp'))
          .map((element) => {
            const { width, height } = element.getBoundingClientRect()
            return { what: element.id || element.outerHTML.slice(0, 60), width, height }
          }),
    )
    expect(boxes.map((box) => box.what)).toContain('quote-phone')
    expect(boxes.length).toBeGreaterThan(12)
    for (const box of boxes) {
      expect(Math.round(box.width), box.what).toBeGreaterThanOrEqual(44)
      expect(Math.round(box.height), box.what).toBeGreaterThanOrEqual(44)
    }
    await page.close()
  })

  it('sends a double-clicked request once', async () => {
    const page = await browser.newPage()
    await page.goto(`${platform.siteUrl}/fr/formations/formation-continue/`)
    const name = 'Alex E2E double clic'
    await fillQuote(page, 'alex@exemple.fr', name)
    await page.dblclick('button[type="submit"]')
    await page.waitForURL(/\/fr\/merci\/$/)
    const query = new URLSearchParams({ 'where[quoteRequest.name][equals]': name, depth: '0' })
    const response = await fetch(`${platform.cmsUrl}/api/form-submissions?${query}`, {
      headers: { Authorization: `JWT ${await staffToken(platform.cmsUrl)}` },
    })
    expect(((await response.json()) as { totalDocs: number }).totalDocs).toBe(1)
    await page.close()
  })

  it('says in words, in both languages, when a training is organised on request', async () => {
    const page = await browser.newPage()
    const facts: Record<string, Array<[string, string]>> = {}
    for (const path of ['/fr/formations/formation-initiale/', '/en/trainings/initial-training/']) {
      await page.goto(`${platform.siteUrl}${path}`)
      facts[path] = await page.$$eval('article dl dt', (terms) =>
        terms.map((term): [string, string] => [
          term.textContent?.trim() ?? '',
          term.nextElementSibling?.textContent?.trim() ?? '',
        ]),
      )
    }
    await page.close()
    expect(facts['/fr/formations/formation-initiale/']).toContainEqual([
      'Dates',
      'À la demande de votre structure (demandez un devis ci-dessous)',
    ])
    expect(facts['/en/trainings/initial-training/']).toContainEqual([
      'Dates',
      'When your organisation asks for it (ask for a quote below)',
    ])
    // A screen reader reads a lone symbol (a check mark) aloud by its name: every value holds a word.
    for (const [term, value] of Object.values(facts).flat()) {
      expect(value, `${term}: ${value}`).toMatch(/\p{L}/u)
    }
  })

  it('resends a request whose answer was lost with the same idempotency key, and it is stored once', async () => {
    // Setup: the first post reaches the CMS, but its answer never reaches the page (a dropped connection)
    const page = await browser.newPage()
    await page.goto(`${platform.siteUrl}/fr/formations/formation-continue/`)
    const name = 'Alex E2E réponse perdue'
    await fillQuote(page, 'alex@exemple.fr', name)
    const keys: string[] = []
    const firstStatus: number[] = []
    await page.route(`${platform.cmsUrl}/api/forms/quote-request`, async (route) => {
      const request = route.request()
      if (request.method() !== 'POST') return route.continue()
      keys.push((await request.allHeaders())['idempotency-key'] ?? '')
      if (keys.length > 1) return route.continue()
      firstStatus.push((await route.fetch()).status())
      return route.abort('connectionreset')
    })
    // Action: the network message appears; the person sends again
    await page.click('button[type="submit"]')
    await expect(page.locator('[data-summary]').textContent()).resolves.not.toBe('')
    await page.waitForSelector('button[type="submit"]:not([disabled])')
    await page.click('button[type="submit"]')
    await page.waitForURL(/\/fr\/merci\/$/)
    // Assert
    expect(firstStatus).toEqual([201])
    expect(keys).toHaveLength(2)
    expect(keys[0]).toMatch(/^[0-9a-f]{32}$/)
    expect(keys[1]).toBe(keys[0])
    const query = new URLSearchParams({ 'where[quoteRequest.name][equals]': name, depth: '0' })
    const response = await fetch(`${platform.cmsUrl}/api/form-submissions?${query}`, {
      headers: { Authorization: `JWT ${await staffToken(platform.cmsUrl)}` },
    })
    expect(((await response.json()) as { totalDocs: number }).totalDocs).toBe(1)
    await page.close()
  })

  it('answers unknown addresses with the 404 page and status 404', async () => {
    const response = await fetch(`${platform.siteUrl}/en/no-such-page/`)
    expect(response.status).toBe(404)
    expect(await response.text()).toContain('Page not found')
  })
})
