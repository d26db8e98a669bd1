import { sectionPath, type Locale } from '@mist/schema'
import { type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchChromium, platformUrls, staffToken } from './helpers.ts'

/**
 * The membership and appointment forms as people use them, in Chromium against the built site and the running
 * CMS: in French and English, with JavaScript on (errors beside the fields and in the error summary, in the
 * page's language, a double click that sends once, a success message in place of the form) and off (the plain
 * post lands on the thank-you page, or, refused, on the same form filled in again by the CMS with its errors
 * named: docs/decisions/028-refused-form-without-javascript.md); and their touch targets on a phone.
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
    email: 'Indiquez une adresse électronique valide, par exemple nom@exemple.fr.',
    phone: 'Indiquez un numéro de téléphone valide.',
    problem: 'Il y a un problème',
    errorPrefix: 'Erreur\u00a0: ',
    separator: '\u00a0: ',
    thanks: 'Merci, votre demande est envoyée',
    title: { membership: 'Devenir membre · Mist', appointment: 'Prendre rendez-vous · Mist' },
    name: { membership: 'Nom et prénom', appointment: 'Prénom ou pseudonyme' },
  },
  en: {
    required: 'This field is required.',
    email: 'Enter a valid email address, for example name@example.org.',
    phone: 'Enter a valid phone number.',
    problem: 'There is a problem',
    errorPrefix: 'Error: ',
    separator: ': ',
    thanks: 'Thank you, your request has been sent',
    title: { membership: 'Become a member · Mist', appointment: 'Make an appointment · Mist' },
    name: { membership: 'Full name', appointment: 'First name or pseudonym' },
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

  it('shows errors beside the fields and in the summary, then sends a double-clicked request once and says so', async () => {
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
    // The error summary: focused, titled, a link per field in error that leads to the field
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-summary'))).toBe(
      true,
    )
    expect(await page.title()).toBe(`${words[locale].errorPrefix}${words[locale].title[form]}`)
    await expect(page.locator('[data-summary] h2').textContent()).resolves.toBe(
      words[locale].problem,
    )
    const nameLink = page.locator(`[data-summary] a[href="#${form}-name"]`)
    await expect(nameLink.textContent()).resolves.toBe(
      `${words[locale].name[form]}${words[locale].separator}${words[locale].required}`,
    )
    await nameLink.click()
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(`${form}-name`)

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

  it('without JavaScript, answers a refused request with the form filled in again, its error beside the field and in the summary', async () => {
    // Setup
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(path())
    const name = `E2E ${form} ${locale} corrigé "<b>"`
    await forms[form].fill(page, name)
    const [field, bad, good] =
      form === 'membership'
        ? (['email', 'andré-at-exemple', 'andré@exemple.fr'] as const)
        : (['phone', 'appelez-moi', '06 12 34 56 78'] as const)
    await page.fill(`#${form}-${field}`, bad)

    // Action
    await page.click('button[type="submit"]')

    // Assert: the same form, in the page's language, with what was typed and the error named twice
    await page.waitForURL(`${platform.cmsUrl}/api/forms/${form}-request`)
    expect(await page.title()).toBe(`${words[locale].errorPrefix}${words[locale].title[form]}`)
    expect(await page.inputValue(`#${form}-name`)).toBe(name)
    expect(await page.inputValue(`#${form}-${field}`)).toBe(bad)
    expect(await page.isChecked(`#${form}-consent`)).toBe(true)
    const message = words[locale][field]
    await expect(page.locator(`#${form}-${field}-error`).textContent()).resolves.toBe(message)
    expect(await page.getAttribute(`#${form}-${field}`, 'aria-invalid')).toBe('true')
    const summary = page.locator('[data-summary]')
    await expect(summary.locator('h2').textContent()).resolves.toBe(words[locale].problem)
    const link = summary.locator(`a[href="#${form}-${field}"]`)
    await expect(link.textContent()).resolves.toContain(message)
    // The page came from the CMS: its look is the site's (the stylesheet applied), and no script came with it
    expect(await page.locator('script').count()).toBe(0)
    expect(
      await page
        .locator('button[type="submit"]')
        .evaluate((button) => getComputedStyle(button).minHeight),
    ).toBe('44px')

    // Action: the summary's link leads to the field, which is corrected and sent again
    await link.click()
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(`${form}-${field}`)
    await page.fill(`#${form}-${field}`, good)
    await page.click('button[type="submit"]')

    // Assert: stored once, as corrected
    await page.waitForURL(`${platform.siteUrl}${sectionPath(locale, 'thanks')}`)
    const [doc, ...others] = await stored(form, name)
    expect(others).toEqual([])
    expect(doc?.[field]).toBe(good)
    await context.close()
  })
})

describe('the request forms at 360 px', () => {
  it.each(['membership', 'appointment'] as const)(
    'gives every control of the %s form, and each summary link, a touch target of 44 × 44 CSS px or more',
    async (form) => {
      // Setup: a phone-sized screen, the summary shown by an empty send
      const page = await browser.newPage({ viewport: { width: 360, height: 640 } })
      await page.goto(`${platform.siteUrl}${sectionPath('fr', form)}`)
      await page.click('button[type="submit"]')
      // Action: measure every visible control, the labels of boxes, and the summary's links
      const boxes = await page.$$eval(
        'main form :is(input:not([type="hidden"]), select, textarea, button), main form :is(.consent, .choice) label, [data-summary] a',
        (elements) =>
          elements
            .filter((element) => element.getClientRects().length > 0 && !element.closest('.hp'))
            .map((element) => {
              const { width, height } = element.getBoundingClientRect()
              return { what: element.id || element.outerHTML.slice(0, 60), width, height }
            }),
      )
      // Assert
      expect(boxes.length).toBeGreaterThan(form === 'membership' ? 9 : 12)
      for (const box of boxes) {
        expect(Math.round(box.width), box.what).toBeGreaterThanOrEqual(44)
        expect(Math.round(box.height), box.what).toBeGreaterThanOrEqual(44)
      }
      await page.close()
    },
  )
})
