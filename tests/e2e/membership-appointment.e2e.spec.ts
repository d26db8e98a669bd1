import { sectionPath, type Locale } from '@mist/schema'
import { type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchChromium, platformUrls, staffToken } from './helpers.ts'

/**
 * The membership and appointment forms as people use them, in Chromium against the built site and the running
 * CMS: in French and English, with JavaScript on (errors beside the fields in the page's language, a double
 * click that sends once, a success message in place of the form) and off (the plain post lands on the
 * thank-you page, or on the page that says what to correct).
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

const forms = {
  membership: { group: 'membershipRequest', fill: fillMembership },
  appointment: { group: 'appointmentRequest', fill: fillAppointment },
} as const
type FormName = keyof typeof forms

const words = {
  fr: {
    required: 'Ce champ est obligatoire.',
    thanks: 'Merci, votre demande est envoyée',
    title: { membership: 'Devenir membre · Mist', appointment: 'Prendre rendez-vous · Mist' },
  },
  en: {
    required: 'This field is required.',
    thanks: 'Thank you, your request has been sent',
    title: { membership: 'Become a member · Mist', appointment: 'Make an appointment · Mist' },
  },
} as const

async function fillMembership(page: Page, name: string) {
  await page.fill('#membership-name', name)
  await page.fill('#membership-email', 'andré@exemple.fr')
  await page.fill('#membership-organisation', 'Association partenaire')
  await page.check('#membership-consent')
}

async function fillAppointment(page: Page, name: string) {
  await page.fill('#appointment-name', name)
  await page.check('#appointment-contactBy-phone')
  await page.fill('#appointment-phone', '06 12 34 56 78')
  await page.fill('#appointment-safeTimes', 'En semaine après 18 h')
  await page.check('#appointment-consent')
}

/** The submissions stored with this name, as staff read them through the API. */
async function stored(form: FormName, name: string): Promise<Array<Record<string, unknown>>> {
  const group = forms[form].group
  const query = new URLSearchParams({ [`where[${group}.name][equals]`]: name, depth: '0' })
  const response = await fetch(`${platform.cmsUrl}/api/form-submissions?${query}`, {
    headers: { Authorization: `JWT ${await staffToken(platform.cmsUrl)}` },
  })
  expect(response.status).toBe(200)
  const body = (await response.json()) as { docs: Array<Record<string, unknown>> }
  return body.docs.map((doc) => ({ locale: doc.locale, ...(doc[group] as object) }))
}

const cases = (['membership', 'appointment'] as const).flatMap((form) =>
  (['fr', 'en'] as const).map((locale) => [form, locale] as [FormName, Locale]),
)

describe.each(cases)('the %s form in %s', (form, locale) => {
  const path = () => `${platform.siteUrl}${sectionPath(locale, form)}`

  it('shows errors beside the fields, then sends a double-clicked request once and says so', async () => {
    // Setup
    const page = await browser.newPage()
    const pageErrors: string[] = []
    page.on('pageerror', (error) => pageErrors.push(error.message))
    await page.goto(path())
    expect(await page.title()).toBe(words[locale].title[form])
    expect(await page.getAttribute('meta[name="robots"]', 'content')).toBe('noindex')

    // Action: send it empty
    await page.click('button[type="submit"]')

    // Assert: the name's error, in the page's language, tied to the field
    const nameError = page.locator(`#${form}-name-error`)
    await expect(nameError.textContent()).resolves.toBe(words[locale].required)
    expect(await page.getAttribute(`#${form}-name`, 'aria-invalid')).toBe('true')
    expect(await page.getAttribute(`#${form}-name`, 'aria-describedby')).toContain(
      `${form}-name-error`,
    )

    // Action: fill it in and double-click
    const name = `E2E ${form} ${locale} script`
    await forms[form].fill(page, name)
    await page.dblclick('button[type="submit"]')

    // Assert
    await page.locator('[data-success]').waitFor({ state: 'visible' })
    await expect(page.locator('[data-success] h2').textContent()).resolves.toBe(
      words[locale].thanks,
    )
    expect(await page.locator(`form[action$="/api/forms/${form}-request"]`).isHidden()).toBe(true)
    expect(await stored(form, name)).toHaveLength(1)
    expect(pageErrors).toEqual([])
    await page.close()
  })

  it('works with JavaScript off: the plain post is stored once and lands on the thank-you page', async () => {
    // Setup
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(path())
    const name = `E2E ${form} ${locale} no script`
    await forms[form].fill(page, name)
    if (form === 'appointment') await page.fill('#appointment-email', 'pas-choisi@exemple.fr')

    // Action
    await page.click('button[type="submit"]')

    // Assert
    await page.waitForURL(`${platform.siteUrl}${sectionPath(locale, 'thanks')}`)
    const [doc, ...others] = await stored(form, name)
    expect(others).toEqual([])
    expect(doc?.locale).toBe(locale)
    if (form === 'appointment') expect(doc).toMatchObject({ contactBy: 'phone', email: null })
    else expect(doc?.email).toBe('andré@exemple.fr')
    await context.close()
  })

  it('without JavaScript, sends an invalid request to the page that says what to correct, with a way back', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(path())
    await page.fill(`#${form}-name`, '   ')
    await page.click('button[type="submit"]')
    await page.waitForURL(`${platform.siteUrl}${sectionPath(locale, 'invalid')}`)
    expect(await page.getAttribute(`a[href="${sectionPath(locale, form)}"]`, 'href')).toBe(
      sectionPath(locale, form),
    )
    await context.close()
  })
})
