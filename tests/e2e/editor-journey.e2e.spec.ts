import { slugify } from '@mist/schema'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { eventually, launchChromium, platformUrls, signInToAdmin, staffToken } from './helpers.ts'

/**
 * Issue 4, "done when": tried as a new user would, in the French admin an editor creates a hearing in French,
 * previews it, copies it to English, schedules it, and it appears on both language versions of the site after
 * the scheduled time, with no other action. Everything goes through the admin's screens; the REST API is only
 * read, to know when autosave has stored what was typed.
 */
let platform: { cmsUrl: string; siteUrl: string }
let browser: Browser
let token: string

const frTitle = 'Audition par la délégation aux droits des femmes (parcours éditeur)'
const enTitle = 'Hearing by the women’s rights delegation (editor journey)'
const frSummary = 'Mist présente ses recommandations sur l’accès aux droits.'
const enSummary = 'Mist presents its recommendations on access to rights.'

// The admin's scheduling field shows dates as date-fns' "MMM d, yyy h:mm a" in French ("déc. 4, 2026 5:55 PM"),
// but reads what is typed with the browser's own date parser when date-fns cannot (react-datepicker's fallback):
// that parser knows English month names only, so French "nov." or "oct." happened to work and "déc." or "avr."
// did not (the test failed from December 1st). Typed in English, every month works.
const englishMonths = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
]
const timeZone = 'Europe/Paris'

/** `date` as an editor may type it in the scheduling field, in Paris time (the browser's time zone in this test). */
function schedulingText(date: Date): string {
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    Number(
      new Intl.DateTimeFormat('en-GB', {
        timeZone,
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        hourCycle: 'h23',
      })
        .formatToParts(date)
        .find((candidate) => candidate.type === type)?.value,
    )
  const hour = part('hour')
  const hour12 = hour % 12 === 0 ? 12 : hour % 12
  const minute = String(part('minute')).padStart(2, '0')
  return `${englishMonths[part('month') - 1]} ${part('day')}, ${part('year')} ${hour12}:${minute} ${hour < 12 ? 'AM' : 'PM'}`
}

/** The hearing's draft in `locale`, as autosave has stored it. */
async function draft(
  id: string,
  locale: 'fr' | 'en',
): Promise<{ title?: string | null; summary?: string | null } | undefined> {
  const response = await fetch(
    `${platform.cmsUrl}/api/hearings/${id}?draft=true&locale=${locale}&fallback-locale=none&depth=0`,
    { headers: { Authorization: `JWT ${token}` } },
  )
  return response.ok
    ? ((await response.json()) as { title?: string | null; summary?: string | null })
    : undefined
}

/** The `<h1>` of a page of the public site, or undefined while the page does not exist. */
async function siteH1(path: string): Promise<string | undefined> {
  const response = await fetch(`${platform.siteUrl}${path}`)
  if (!response.ok) return undefined
  return /<h1[^>]*>([^<]*)<\/h1>/.exec(await response.text())?.[1]
}

/** Waits until autosave has stored what the editor typed last: the preview and the copy read the stored draft. */
async function waitForAutosave(
  id: string,
  locale: 'fr' | 'en',
  typed: { title: string; summary: string },
): Promise<void> {
  await eventually(
    async () => {
      const stored = await draft(id, locale)
      return stored?.title === typed.title && stored.summary === typed.summary ? true : undefined
    },
    15_000,
    `autosave of the ${locale} draft of hearing ${id}`,
  )
}

async function chooseOption(page: Page, field: string, option: RegExp): Promise<void> {
  await page.click(field)
  await page.getByRole('option', { name: option }).click()
}

beforeAll(async () => {
  platform = platformUrls()
  browser = await launchChromium()
  token = await staffToken(platform.cmsUrl)
})

afterAll(async () => {
  await browser?.close()
})

describe('an editor’s journey in the French admin', () => {
  it('creates, previews, translates and schedules a hearing, which then appears in French and English by itself', async () => {
    const context = await browser.newContext({ locale: 'fr-FR', timezoneId: timeZone })
    const page = await context.newPage()
    await signInToAdmin(page, platform.cmsUrl)

    // Create, in French, from the dashboard.
    await page.click('#card-hearings')
    await page.waitForURL(/\/admin\/collections\/hearings$/)
    await page.getByRole('link', { name: /^Créer.*Audition ou participation$/ }).click()
    // With autosave on, the admin stores the new document at once and moves to its address.
    await page.waitForURL(/\/admin\/collections\/hearings\/\d+/)
    const id = /\/hearings\/(\d+)/.exec(page.url())?.[1] ?? ''
    await page.fill('#field-title', frTitle)
    await chooseOption(page, '#field-institution', /CNCDH/)
    await page.locator('#field-date input').fill('14/10/2026')
    await page.keyboard.press('Escape')
    await page.fill('#field-summary', frSummary)
    await waitForAutosave(id, 'fr', { title: frTitle, summary: frSummary })

    // Preview: the draft inside the site's layout.
    const [preview] = await Promise.all([
      context.waitForEvent('page'),
      page.click('#preview-button'),
    ])
    await preview.waitForLoadState()
    expect(await preview.textContent('h1')).toBe(frTitle)
    expect(await preview.textContent('.preview-banner')).toContain('Aperçu — brouillon non publié')
    expect(await preview.locator('footer #safety-heading').count()).toBe(1)
    await preview.close()

    // Copy to English from the "…" menu, then translate the title.
    await page.click('.doc-controls__dots')
    await page.getByRole('button', { name: 'Copier vers une autre langue' }).click()
    await chooseOption(page, '#field-toLocale', /English/)
    await page.getByRole('button', { name: 'Copier', exact: true }).click()
    await page.waitForURL(/locale=en/)
    expect(await page.inputValue('#field-title')).toBe(frTitle)
    await page.fill('#field-title', enTitle)
    await page.fill('#field-summary', enSummary)
    await waitForAutosave(id, 'en', { title: enTitle, summary: enSummary })

    // Schedule the publication from the Publish button's menu, at the next whole minute at least 20 s away:
    // the field takes minutes (its list offers 5-minute steps, typing takes any minute), and the CMS runs due
    // jobs every 10 s, so this is the shortest wait the product allows.
    await page.click('#action-save-popup button')
    await page.click('#schedule-publish')
    // For a document never published, the drawer proposes "Annuler la publication": the editor picks "Publier".
    await page.click('label[for$="-type-publish"]')
    const scheduledAt = new Date(Math.ceil((Date.now() + 20_000) / 60_000) * 60_000)
    await page.locator('#time input').fill(schedulingText(scheduledAt))
    await page.keyboard.press('Enter')
    await page.click('#scheduled-publish-save')
    await page
      .locator('.schedule-publish__upcoming')
      .getByText('Publier', { exact: true })
      .waitFor({ timeout: 10_000 })
    await context.close()

    // Assert: no other action; both language versions go online once the job has run and the site rebuilt.
    const frPath = `/fr/auditions/${slugify(frTitle)}/`
    const enPath = `/en/hearings/${slugify(enTitle)}/`
    expect(await siteH1(frPath)).toBeUndefined()
    const bound = scheduledAt.getTime() - Date.now() + 60_000
    await eventually(
      async () =>
        (await siteH1(frPath)) === frTitle && (await siteH1(enPath)) === enTitle ? true : undefined,
      bound,
      `${frPath} and ${enPath} on the public site`,
    )
    expect(Date.now()).toBeGreaterThanOrEqual(scheduledAt.getTime())
    console.info(
      `editor journey: online in both languages ${((Date.now() - scheduledAt.getTime()) / 1000).toFixed(1)} s after the scheduled time`,
    )
  }, 300_000)
})
