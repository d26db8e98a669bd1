import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchChromium, platformUrls, signInToAdmin } from './helpers.ts'

/**
 * Issue 5: the site's Content-Security-Policy (header from the site server, <meta> for static hosts) lets the
 * site's own scripts run, the quick exit and the quote form included, with JavaScript on, without
 * 'unsafe-inline', and the browser reports no blocked script, style, image or request on the way.
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

/** A page that records what the browser blocked (console) and the scripts that failed. */
async function watchedPage(): Promise<{ page: Page; blocked: string[] }> {
  const page = await browser.newPage()
  const blocked: string[] = []
  page.on('console', (message) => {
    if (/content security policy|refused to/i.test(message.text()))
      blocked.push(`${page.url()}: ${message.text()}`)
  })
  page.on('pageerror', (error) => blocked.push(`${page.url()}: ${error.message}`))
  return { page, blocked }
}

const trainingPath = '/fr/formations/formation-initiale/'

describe('the Content-Security-Policy in a browser', () => {
  it('is sent by the site server and written in the page, without unsafe-inline', async () => {
    const response = await fetch(`${platform.siteUrl}${trainingPath}`)
    const header = response.headers.get('content-security-policy') ?? ''
    expect(header).toContain(`form-action 'self' ${new URL(platform.cmsUrl).origin}`)
    expect(header).toContain("frame-ancestors 'none'")
    expect(header).not.toContain('unsafe-inline')
    expect(await response.text()).toContain('<meta http-equiv="content-security-policy"')
  })

  it('lets the quote form check the fields and send the request to the CMS', async () => {
    // Setup
    const { page, blocked } = await watchedPage()
    await page.goto(`${platform.siteUrl}${trainingPath}`)
    // Action: an empty form is refused in the page by the form's script…
    await page.click('form.quote button[type="submit"]')
    // Assert
    await page.locator('#quote-name-error').waitFor({ state: 'visible' })
    expect(page.url()).toBe(`${platform.siteUrl}${trainingPath}`)
    // Action: …and a complete one is sent by the script's request to the CMS (connect-src).
    await page.fill('#quote-name', 'Camille Test CSP')
    await page.fill('#quote-organisation', 'Service de protection de l’enfance')
    await page.fill('#quote-email', 'camille.csp@e2e.mist.invalid')
    await page.fill('#quote-participants', '4')
    await page.fill('#quote-message', 'Formation pour notre équipe éducative, au printemps.')
    await page.check('#quote-consent')
    await page.click('form.quote button[type="submit"]')
    // Assert
    await page.waitForURL(`${platform.siteUrl}/fr/merci/`)
    expect(blocked).toEqual([])
    await page.close()
  })

  it('allows WebAssembly on the search page and in Pagefind’s worker only, where a search runs with nothing blocked', async () => {
    // Setup
    const policyOf = async (path: string) =>
      (await fetch(`${platform.siteUrl}${path}`)).headers.get('content-security-policy') ?? ''
    const searchPolicy = await policyOf('/fr/recherche/')
    // Assert: the search page's policy differs by 'wasm-unsafe-eval' alone (not 'unsafe-eval').
    expect(searchPolicy).toMatch(/script-src 'self' 'wasm-unsafe-eval' /)
    expect(searchPolicy).not.toContain("'unsafe-eval'")
    expect(searchPolicy).not.toContain('unsafe-inline')
    for (const path of ['/fr/', '/en/', trainingPath, '/fr/404/'])
      expect(await policyOf(path)).not.toContain('wasm-unsafe-eval')
    // The worker, which follows its own script's policy, may fetch from the site and compile WebAssembly only.
    expect(await policyOf('/pagefind/pagefind-worker.js')).toBe(
      "default-src 'none'; connect-src 'self'; script-src 'wasm-unsafe-eval'",
    )
    // Action
    const { page, blocked } = await watchedPage()
    // Pagefind says so in the console when its worker fails and it falls back to the page's thread.
    page.on('console', (message) => {
      if (/pagefind/i.test(message.text())) blocked.push(`${page.url()}: ${message.text()}`)
    })
    await page.goto(`${platform.siteUrl}/en/search/?q=trafficking`)
    await page.locator('[data-results] li').first().waitFor()
    // Assert: the search ran in the worker, and nothing was blocked on the page or in the worker.
    expect(page.workers().map((worker) => new URL(worker.url()).pathname)).toEqual([
      '/pagefind/pagefind-worker.js',
    ])
    expect(blocked).toEqual([])
    await page.close()
  })

  it('lets the quick exit leave at three presses of Shift', async () => {
    // Setup
    const { page, blocked } = await watchedPage()
    await page.goto(`${platform.siteUrl}${trainingPath}`)
    // Action: only the quick exit's script reacts to Shift; the plain link needs a click.
    for (let i = 0; i < 3; i += 1) await page.keyboard.press('Shift')
    // Assert
    await page.waitForURL('about:blank')
    expect(blocked).toEqual([])
    await page.close()
  })

  it('reports nothing blocked on the home pages, every page of their menus and the 404 page', async () => {
    // Setup: the pages a visitor reaches from the menus, in both languages.
    const { page, blocked } = await watchedPage()
    const paths = new Set(['/fr/', '/en/', '/fr/page-absente/'])
    for (const home of ['/fr/', '/en/']) {
      await page.goto(`${platform.siteUrl}${home}`)
      const hrefs = await page.$$eval('header nav a[href^="/"]', (links) =>
        links.map((link) => link.getAttribute('href') ?? ''),
      )
      for (const href of hrefs) paths.add(href)
    }
    expect(paths.size).toBeGreaterThan(5)
    // Action
    for (const path of paths) await page.goto(`${platform.siteUrl}${path}`, { waitUntil: 'load' })
    // Assert
    expect(blocked).toEqual([])
    await page.close()
  })
})

describe('the CMS server’s security headers (issue 7)', () => {
  it('sends them on the admin, the REST API and the health endpoint, and names no server software', async () => {
    for (const path of ['/admin/login', '/api/pages?limit=1', '/api/health']) {
      const response = await fetch(`${platform.cmsUrl}${path}`)
      const headers = Object.fromEntries(response.headers)
      expect({ path, headers }).toMatchObject({
        path,
        headers: {
          'x-content-type-options': 'nosniff',
          'x-frame-options': 'DENY',
          'referrer-policy': 'same-origin',
          'cross-origin-opener-policy': 'same-origin',
        },
      })
      expect(headers['content-security-policy']).toContain("frame-ancestors 'none'")
      expect(headers['permissions-policy']).toContain('camera=()')
      expect(headers['x-powered-by']).toBeUndefined()
      // http://127.0.0.1 here: HSTS would be wrong over plain http (RFC 6797 § 7.2).
      expect(headers['strict-transport-security']).toBeUndefined()
    }
    const api = await fetch(`${platform.cmsUrl}/api/pages?limit=1`)
    expect(api.headers.get('content-security-policy')).toMatch(/^default-src 'none'/)
  })

  it('lets an editor sign in and open a page in the admin with nothing blocked by its policy', async () => {
    const { page, blocked } = await watchedPage()
    await signInToAdmin(page, platform.cmsUrl)
    await page.goto(`${platform.cmsUrl}/admin/collections/pages`)
    await page.locator('table a[href*="/admin/collections/pages/"]').first().click()
    await page.locator('#field-title').waitFor({ state: 'visible' })
    expect(blocked).toEqual([])
    await page.close()
  })
})
