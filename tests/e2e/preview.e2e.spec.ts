import { slugify } from '@mist/schema'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchChromium, platformUrls, signInToAdmin, staffToken } from './helpers.ts'

/**
 * Issue 4: an editor previews a draft that was never published, in French then in English, with the site's
 * own templates, from the admin's Preview button; nobody without a session sees it, and nothing caches or
 * indexes it.
 */
let platform: { cmsUrl: string; siteUrl: string; previewUrl: string }
let browser: Browser
let token: string
let hearingId: number
const frTitle = 'Audition par la commission des lois du Sénat (brouillon)'
const enTitle = 'Hearing by the Senate law committee (draft)'

const previewPath = (locale: 'fr' | 'en') => `/preview/${locale}/hearings/${hearingId}`

async function api(method: string, path: string, body?: unknown): Promise<Response> {
  return fetch(`${platform.cmsUrl}/api/${path}`, {
    method,
    headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  })
}

beforeAll(async () => {
  platform = platformUrls()
  browser = await launchChromium()
  token = await staffToken(platform.cmsUrl)
  // Setup: a French hearing saved as a draft only, as the admin's autosave leaves it.
  const created = await api('POST', 'hearings?locale=fr&draft=true', {
    _status: 'draft',
    title: frTitle,
    kind: 'hearing',
    institution: 'cncdh',
    date: '2026-10-14T00:00:00.000Z',
    datePrecision: 'day',
    summary: 'Mist présente ses recommandations sur l’identification des victimes.',
  })
  expect(created.status).toBe(201)
  hearingId = ((await created.json()) as { doc: { id: number } }).doc.id
})

afterAll(async () => {
  await browser?.close()
})

describe('draft preview', () => {
  it('shows nothing of the draft without a session, through the CMS or directly', async () => {
    // Action
    const viaCms = await fetch(`${platform.cmsUrl}${previewPath('fr')}`, { redirect: 'manual' })
    const direct = await fetch(`${platform.previewUrl}${previewPath('fr')}`)
    const forged = await fetch(`${platform.previewUrl}${previewPath('fr')}`, {
      headers: { Authorization: 'JWT forged.token.value' },
    })
    // Assert
    expect(viaCms.status).toBe(302)
    expect(viaCms.headers.get('location')).toMatch(/^\/admin\/login\?redirect=%2Fpreview%2F/)
    expect(direct.status).toBe(401)
    expect(forged.status).toBe(401)
    for (const response of [viaCms, direct, forged]) {
      expect(await response.text()).not.toContain(frTitle)
      expect(response.headers.get('cache-control')).toBe('no-store, private')
    }
    // The public site does not have it either.
    expect((await fetch(`${platform.siteUrl}/fr/auditions/${slugify(frTitle)}/`)).status).toBe(404)
  })

  it('opens the French draft from the admin’s Preview button, inside the site’s layout, not cached nor indexed', async () => {
    const page = await browser.newPage()
    await signInToAdmin(page, platform.cmsUrl)
    await page.goto(`${platform.cmsUrl}/admin/collections/hearings/${hearingId}?locale=fr`)
    // Action
    const [popup, response] = await Promise.all([
      page.context().waitForEvent('page'),
      page
        .context()
        .waitForEvent('response', (candidate) => candidate.url().endsWith(previewPath('fr'))),
      page.click('#preview-button'),
    ])
    await popup.waitForLoadState()
    // Assert
    expect(response.status()).toBe(200)
    const headers = response.headers()
    expect(headers['cache-control']).toBe('no-store, private')
    expect(headers['x-robots-tag']).toBe('noindex, nofollow')
    expect(await popup.textContent('h1')).toBe(frTitle)
    expect(await popup.textContent('.preview-banner')).toContain('Aperçu — brouillon non publié')
    expect(await popup.getAttribute('html', 'lang')).toBe('fr')
    // The site's layout: quick exit, main navigation and the safety footer.
    expect(await popup.locator('nav a').count()).toBeGreaterThan(2)
    expect(await popup.locator('footer #safety-heading').count()).toBe(1)
    expect(await popup.locator('.quick-exit').count()).toBeGreaterThan(0)
    expect(await popup.locator('meta[name="robots"][content="noindex, nofollow"]').count()).toBe(1)
    await page.close()
  })

  it('shows the English version once written, and says what is missing before', async () => {
    const page = await browser.newPage()
    await signInToAdmin(page, platform.cmsUrl)
    // Before: no English title yet.
    await page.goto(`${platform.cmsUrl}${previewPath('en')}`)
    expect(await page.textContent('main')).toContain('no English title yet')
    // Action: the editor writes the English version (still a draft).
    const updated = await api('PATCH', `hearings/${hearingId}?locale=en&draft=true`, {
      _status: 'draft',
      title: enTitle,
    })
    expect(updated.status).toBe(200)
    const response = await page.goto(`${platform.cmsUrl}${previewPath('en')}`)
    // Assert
    expect(response?.status()).toBe(200)
    expect(await page.textContent('h1')).toBe(enTitle)
    expect(await page.textContent('.preview-banner')).toContain('Preview — unpublished draft')
    await page.close()
  })
})
