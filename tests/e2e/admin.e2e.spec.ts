import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Browser } from 'playwright-core'

import { launchChromium, signInToAdmin, staffToken } from './helpers.ts'

const platform = inject('platform')
let browser: Browser

beforeAll(async () => {
  if ('error' in platform) throw new Error(`The platform did not start: ${platform.error}`)
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
})

const cmsUrl = () => {
  if ('error' in platform) throw new Error(platform.error)
  return platform.cmsUrl
}

describe('admin for editors', () => {
  it('speaks French to an editor whose browser asks for English', async () => {
    // Setup: an English-speaking browser
    const context = await browser.newContext({ locale: 'en-US' })
    const page = await context.newPage()
    // Action
    await signInToAdmin(page, cmsUrl())
    // Assert: the dashboard's collection cards use the French labels
    await page.getByText('Auditions et participations').first().waitFor()
    expect(await page.locator('html').getAttribute('lang')).toBe('fr')
    await context.close()
  })

  it('shows in the hearings list which ones still need an English version', async () => {
    // Setup: a hearing written in French only, next to the seeded ones (French and English)
    const token = await staffToken(cmsUrl())
    const created = await fetch(`${cmsUrl()}/api/hearings?locale=fr`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
      body: JSON.stringify({
        title: 'Audition en français seulement',
        kind: 'hearing',
        institution: 'cncdh',
        date: '2026-10-15',
        datePrecision: 'day',
        _status: 'draft',
      }),
    })
    expect(created.status).toBe(201)
    const context = await browser.newContext({ locale: 'fr-FR' })
    const page = await context.newPage()
    await signInToAdmin(page, cmsUrl())
    // Action
    await page.goto(`${cmsUrl()}/admin/collections/hearings`)
    // Assert
    const frenchOnly = page.locator('tr', { hasText: 'Audition en français seulement' })
    await frenchOnly.getByText('À traduire : anglais').waitFor()
    const seeded = page.locator('tr', { hasText: 'Audition par le GRETA' })
    await seeded.getByText('✓ Complet').waitFor()
    await context.close()
  })

  it('refuses to let the first visitor of a deployment create an admin', async () => {
    // Action: the screen, then its API
    const page = await browser.newPage()
    await page.goto(`${cmsUrl()}/admin/create-first-user`)
    const register = await fetch(`${cmsUrl()}/api/users/first-register`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'intruder@example.invalid', password: 'intruder-password-1' }),
    })
    const login = await fetch(`${cmsUrl()}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'intruder@example.invalid', password: 'intruder-password-1' }),
    })
    // Assert
    await page.getByText('pnpm cms:create-admin').first().waitFor()
    expect(await page.locator('input[type="password"]').count()).toBe(0)
    // The same screen under an encoded address
    await page.goto(`${cmsUrl()}/admin/%63reate-first-user`)
    await page.getByText('pnpm cms:create-admin').first().waitFor()
    expect(await page.locator('input[type="password"]').count()).toBe(0)
    expect(register.status).toBe(403)
    expect(login.status).toBe(401)
    await page.close()
  })
})
