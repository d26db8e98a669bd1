import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { eventually, launchChromium, platformUrls, signInToAdmin, staffToken } from './helpers.ts'

/**
 * Issue 3: what an editor publishes in the admin reaches the served site with no other action, and a broken
 * build leaves the previous site online, with the error shown in the admin's Site panel.
 */
let platform: { cmsUrl: string; siteUrl: string }
let browser: Browser
let token: string

const trainingUrl = () => `${platform.siteUrl}/fr/formations/formation-initiale/`
const siteH1 = async (url: string): Promise<string | undefined> => {
  const response = await fetch(url)
  if (!response.ok) return undefined
  return /<h1>([^<]*)<\/h1>/.exec(await response.text())?.[1]
}

async function api(method: string, path: string, body?: unknown): Promise<Response> {
  return fetch(`${platform.cmsUrl}/api/${path}`, {
    method,
    headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  })
}

async function health(): Promise<{
  site: { lastError: string | null; building: boolean; pendingChanges: number }
}> {
  const response = await fetch(`${platform.cmsUrl}/api/health`, {
    headers: { Authorization: `JWT ${token}` },
  })
  return response.json() as Promise<{
    site: { lastError: string | null; building: boolean; pendingChanges: number }
  }>
}

beforeAll(async () => {
  platform = platformUrls()
  browser = await launchChromium()
  token = await staffToken(platform.cmsUrl)
})

afterAll(async () => {
  await browser?.close()
})

describe('publishing updates the public site by itself', () => {
  it('shows a training title changed and published in the admin', async () => {
    const found = (await (
      await api('GET', 'trainings?locale=fr&where[slug][equals]=formation-initiale')
    ).json()) as { docs: Array<{ id: number }> }
    const id = found.docs[0]?.id
    expect(id).toBeDefined()

    const page = await browser.newPage()
    await signInToAdmin(page, platform.cmsUrl)

    await page.goto(`${platform.cmsUrl}/admin/collections/trainings/${id}?locale=fr`)
    const title = 'Formation initiale (session de printemps)'
    await page.fill('#field-title', title)
    await page.click('#action-save')
    await eventually(
      async () => ((await siteH1(trainingUrl())) === title ? true : undefined),
      60_000,
      `"${title}" on ${trainingUrl()}`,
    )
    await page.close()
  })

  it('keeps the previous site online when a build fails, shows why in the admin, and recovers', async () => {
    const before = await siteH1(trainingUrl())
    // Without a published French home page the site cannot be built: the build stops and says so.
    const homes = (await (
      await api('GET', 'pages?locale=fr&where[purpose][equals]=home')
    ).json()) as {
      docs: Array<{ id: number }>
    }
    const home = homes.docs[0]?.id
    expect(home).toBeDefined()
    await api('PATCH', `pages/${home}?locale=fr`, { _status: 'draft' })
    const error = await eventually(
      async () => (await health()).site.lastError ?? undefined,
      60_000,
      'a failed build',
    )
    expect(error).toMatch(/home/)
    expect(await siteH1(trainingUrl())).toBe(before)
    expect((await fetch(`${platform.siteUrl}/fr/`)).status).toBe(200)

    const page = await browser.newPage()
    await signInToAdmin(page, platform.cmsUrl)
    await expect(
      page.locator('#site-panel-title ~ [role="alert"]').textContent({ timeout: 10_000 }),
    ).resolves.toMatch(/home/)
    await page.close()

    await api('PATCH', `pages/${home}?locale=fr`, { _status: 'published' })
    await eventually(
      async () => {
        const site = (await health()).site
        return site.lastError === null && !site.building && site.pendingChanges === 0
          ? true
          : undefined
      },
      60_000,
      'a successful build after the fix',
    )
    expect(await siteH1(trainingUrl())).toBe(before)
  })
})
