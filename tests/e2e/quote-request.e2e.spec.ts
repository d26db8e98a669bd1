import { randomBytes } from 'node:crypto'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { dropDatabase, freePort, startPlatform, type Platform } from '@mist/platform'
import { chromium, type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

/**
 * The whole loop as people use it: the platform started as `pnpm start` does (on a database of its own),
 * a reader in Chromium going from `/` to a training in English and asking for a quote, and staff finding the
 * request through the authenticated API.
 */
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

let platform: Platform
let browser: Browser
let dataDir: string
const database = `mist_e2e_${randomBytes(5).toString('hex')}`
const admin = { email: 'admin@e2e.mist.invalid', password: `pw-${randomBytes(8).toString('hex')}` }

beforeAll(async () => {
  if (!existsSync(chromiumPath)) {
    throw new Error(`Chromium is missing at ${chromiumPath}: install it (apt-get install -y chromium) or set CHROMIUM_PATH.`)
  }
  dataDir = mkdtempSync(path.join(tmpdir(), 'mist-e2e-'))
  const [cmsPort, sitePort, pgPort] = [await freePort(), await freePort(), await freePort()]
  platform = await startPlatform({
    dataDir,
    externalDatabaseUrl: process.env.DATABASE_URL || undefined,
    database,
    cmsPort,
    sitePort,
    embeddedDatabasePort: pgPort,
    cmsUrl: `http://127.0.0.1:${cmsPort}`,
    siteUrl: `http://127.0.0.1:${sitePort}`,
    quiet: true,
  })
  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true })
})

afterAll(async () => {
  await browser?.close()
  if (platform) {
    const serverUrl = platform.database.url
    const embedded = platform.database.embedded
    if (!embedded) await platform.cms.stop()
    if (!embedded) await dropDatabase(serverUrl, database).catch(() => {})
    await platform.stop()
  }
  if (dataDir) rmSync(dataDir, { recursive: true, force: true })
})

async function fillQuote(page: Page, email: string, name: string) {
  await page.fill('#quote-name', name)
  await page.fill('#quote-organisation', 'Child protection service')
  await page.fill('#quote-email', email)
  await page.fill('#quote-participants', '6')
  await page.fill('#quote-message', 'Training for our team of educators, in spring.')
  await page.check('#quote-consent')
}

async function staffToken(): Promise<string> {
  // The first account of a new installation, as the admin's "create first user" screen makes it.
  const first = await fetch(`${platform.cmsUrl}/api/users/first-register`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ ...admin, role: 'admin' }),
  })
  if (!first.ok && first.status !== 403) throw new Error(`first-register: HTTP ${first.status}`)
  const login = await fetch(`${platform.cmsUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(admin),
  })
  const body = (await login.json()) as { token?: string }
  if (!body.token) throw new Error(`login: HTTP ${login.status}`)
  return body.token
}

async function findSubmission(name: string): Promise<{ locale: string; quoteRequest: { email: string } } | undefined> {
  const query = new URLSearchParams({ 'where[quoteRequest.name][equals]': name, depth: '0' })
  const response = await fetch(`${platform.cmsUrl}/api/form-submissions?${query}`, {
    headers: { Authorization: `JWT ${await staffToken()}` },
  })
  expect(response.status).toBe(200)
  const body = (await response.json()) as { docs: Array<{ locale: string; quoteRequest: { email: string } }> }
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

    await page.click('nav a:text-matches("^Training and support")')
    await page.click('#trainings-heading + ul a >> nth=0')
    await page.waitForURL(/\/en\/trainings\/[a-z0-9-]+\/$/)

    const name = 'Alex E2E with script'
    await fillQuote(page, 'not-an-email', name)
    await page.click('button[type="submit"]')
    const emailError = page.locator('#quote-email-error')
    await expect(emailError.textContent()).resolves.toContain('Enter a valid email address')
    expect(await page.getAttribute('#quote-email', 'aria-invalid')).toBe('true')
    expect(page.url()).toMatch(/\/en\/trainings\//)

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
    await page.click('nav a:text-matches("^Formation")')
    await page.click('#trainings-heading + ul a >> nth=0')
    const name = 'Alex E2E sans script'
    await fillQuote(page, 'alex@exemple.fr', name)
    await page.click('button[type="submit"]')
    await page.waitForURL(/\/fr\/merci\/$/)
    expect((await findSubmission(name))?.locale).toBe('fr')
    await context.close()
  })

  it('answers unknown addresses with the 404 page and status 404', async () => {
    const response = await fetch(`${platform.siteUrl}/en/no-such-page/`)
    expect(response.status).toBe(404)
    expect(await response.text()).toContain('Page not found')
  })
})
