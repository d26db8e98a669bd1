/**
 * Takes the screenshots of the editors' guide (docs/editors/guide.md) from the real admin: starts a disposable
 * platform as the browser tests do (its own database and folder, Mist's seeded content, nothing of `pnpm
 * start`'s data), walks through the guide's steps in a French Chromium at 1280×800, and writes the images to
 * docs/editors/images/ as 64-colour PNGs (a few tens of KB each). `pnpm docs:screenshots`; not part of the
 * tests. The request received it shows is made up for the picture, as is the hearing.
 * @throws when the platform does not start, Chromium is missing or a screen changed (the step is named)
 */
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { startDisposablePlatform } from '@mist/platform'
import { type Page } from 'playwright-core'
import sharp from 'sharp'

import { launchChromium } from '../../tests/e2e/helpers.ts'

const imagesDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'images')
const editor = { email: 'vous@exemple.org', password: 'mot-de-passe-de-demonstration' }
const frTitle = 'Audition par la commission des lois (exemple)'
const enTitle = 'Hearing by the law committee (example)'
const frSummary = 'Mist présente ses recommandations (texte d’exemple).'
const enSummary = 'Mist presents its recommendations (example text).'

/** Saves what the page shows as `images/<name>.png`, reduced to a 64-colour palette. */
async function shot(page: Page, name: string): Promise<void> {
  const png = await page.screenshot({ type: 'png', animations: 'disabled', caret: 'hide' })
  const file = path.join(imagesDir, `${name}.png`)
  const { size } = await sharp(png)
    .png({ palette: true, colors: 64, compressionLevel: 9, effort: 10 })
    .toFile(file)
  console.log(`${path.relative(process.cwd(), file)}  ${Math.round(size / 1024)} KB`)
}

/** Waits for the admin's toasts and spinners to go, so that a picture shows a settled screen. */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle')
  await page
    .locator('.payload-toast-container li')
    .first()
    .waitFor({ state: 'detached', timeout: 10_000 })
    .catch(() => {})
}

/** Waits until autosave has stored `summary` in the draft of `collection/id` in `locale`. */
async function waitForAutosave(
  cms: string,
  token: string,
  where: { collection: string; id: string; locale: 'fr' | 'en' },
  summary: string,
): Promise<void> {
  const deadline = Date.now() + 20_000
  while (Date.now() < deadline) {
    const response = await fetch(
      `${cms}/api/${where.collection}/${where.id}?draft=true&locale=${where.locale}&depth=0`,
      { headers: { Authorization: `JWT ${token}` } },
    )
    if (response.ok && ((await response.json()) as { summary?: unknown }).summary === summary)
      return
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`autosave of ${where.collection} ${where.id} not seen`)
}

async function chooseOption(page: Page, field: string, option: RegExp): Promise<void> {
  await page.click(field)
  await page.getByRole('option', { name: option }).click()
}

/** Runs one step of the walk. @throws the step's error, prefixed with the screenshot's name */
async function step(name: string, action: () => Promise<void>): Promise<void> {
  try {
    await action()
  } catch (error) {
    throw new Error(
      `screenshot "${name}": ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    )
  }
}

mkdirSync(imagesDir, { recursive: true })
const { platform, dispose } = await startDisposablePlatform({ prefix: 'docs', buildQuietMs: 300 })
const browser = await launchChromium()
try {
  await platform.createAdmin(editor)
  const cms = platform.cmsUrl
  const login = await fetch(`${cms}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(editor),
  })
  const token = ((await login.json()) as { token?: string }).token ?? ''
  const context = await browser.newContext({
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    viewport: { width: 1280, height: 800 },
  })
  const page = await context.newPage()
  page.setDefaultTimeout(20_000)

  await step('01-connexion', async () => {
    await page.goto(`${cms}/admin/login`)
    await page.fill('#field-email', editor.email)
    await page.fill('#field-password', editor.password)
    await shot(page, '01-connexion')
    await page.click('button[type="submit"]')
    await page.waitForURL(/\/admin\/?$/)
  })

  await step('02-tableau-de-bord', async () => {
    await settle(page)
    await shot(page, '02-tableau-de-bord')
  })

  let id = ''
  await step('04-creer-audition', async () => {
    await page.goto(`${cms}/admin/collections/hearings/create`)
    await page.waitForURL(/\/admin\/collections\/hearings\/\d+/)
    id = /\/hearings\/(\d+)/.exec(page.url())?.[1] ?? ''
    await page.fill('#field-title', frTitle)
    await chooseOption(page, '#field-institution', /CNCDH/)
    await page.locator('#field-date input').fill('14/10/2026')
    await page.keyboard.press('Escape')
    await page.fill('#field-summary', frSummary)
    await waitForAutosave(cms, token, { collection: 'hearings', id, locale: 'fr' }, frSummary)
    await settle(page)
    await page.mouse.click(1000, 700)
    await shot(page, '04-creer-audition')
  })

  await step('05-apercu', async () => {
    const [preview] = await Promise.all([
      context.waitForEvent('page'),
      page.click('#preview-button'),
    ])
    await preview.setViewportSize({ width: 1280, height: 800 })
    await preview.waitForLoadState('networkidle')
    await shot(preview, '05-apercu')
    await preview.close()
  })

  await step('03-liste', async () => {
    await page.goto(`${cms}/admin/collections/hearings?locale=fr`)
    await settle(page)
    await shot(page, '03-liste-auditions')
    await page.goto(`${cms}/admin/collections/hearings/${id}?locale=fr`)
    await page.locator('#field-title').waitFor()
  })

  await step('06-copier-vers-anglais', async () => {
    await page.click('.doc-controls__dots')
    await page.getByRole('button', { name: 'Copier vers une autre langue' }).click()
    await chooseOption(page, '#field-toLocale', /English/)
    await shot(page, '06-copier-vers-anglais')
    await page.getByRole('button', { name: 'Copier', exact: true }).click()
    await page.waitForURL(/locale=en/)
  })

  await step('07-traduire', async () => {
    await page.fill('#field-title', enTitle)
    await page.fill('#field-summary', enSummary)
    await waitForAutosave(cms, token, { collection: 'hearings', id, locale: 'en' }, enSummary)
    await settle(page)
    await shot(page, '07-traduire')
  })

  await step('08-menu-publier', async () => {
    await page.click('#action-save-popup button')
    await page.locator('#schedule-publish').waitFor()
    await shot(page, '08-menu-publier')
  })

  await step('09-programmer', async () => {
    await page.click('#schedule-publish')
    await page.click('label[for$="-type-publish"]')
    await page.locator('#time input').click()
    // Tomorrow at 09:00: any day works for the picture, which is not saved.
    await page
      .locator('.react-datepicker__day:not(.react-datepicker__day--disabled)')
      .nth(1)
      .click()
    await page.locator('.react-datepicker__time-list-item', { hasText: /^09:00$/ }).click()
    await page.locator('.schedule-publish__drawer-header h2').click()
    await shot(page, '09-programmer')
    await page.keyboard.press('Escape')
  })

  // A published hearing of Mist's content, edited once so that it has versions to restore.
  let publishedId = ''
  await step('10-retirer', async () => {
    await page.goto(`${cms}/admin/collections/hearings?locale=fr&where[_status][equals]=published`)
    await page.locator('.table tbody tr a').first().click()
    await page.waitForURL(/\/admin\/collections\/hearings\/\d+/)
    publishedId = /\/hearings\/(\d+)/.exec(page.url())?.[1] ?? ''
    await page.click('.doc-controls__dots')
    await page.locator('#action-unpublish').waitFor()
    await shot(page, '10-retirer')
    await page.keyboard.press('Escape')
  })

  await step('11-versions', async () => {
    const summary = page.locator('#field-summary')
    const changed = `${await summary.inputValue()} (modifié)`
    await summary.fill(changed)
    await waitForAutosave(
      cms,
      token,
      { collection: 'hearings', id: publishedId, locale: 'fr' },
      changed,
    )
    await page.goto(`${cms}/admin/collections/hearings/${publishedId}/versions`)
    await settle(page)
    await shot(page, '11-versions')
  })

  await step('12-restaurer', async () => {
    await page.locator('.table tbody tr a').last().click()
    await page.waitForURL(/\/versions\/[^/]+$/)
    await settle(page)
    await shot(page, '12-restaurer')
  })

  await step('13-menus', async () => {
    await page.goto(`${cms}/admin/globals/navigation`)
    await settle(page)
    await shot(page, '13-menus')
  })

  await step('14-numeros-urgence', async () => {
    await page.goto(`${cms}/admin/globals/urgent-contacts`)
    await settle(page)
    await shot(page, '14-numeros-urgence')
  })

  await step('15-sortie-rapide', async () => {
    await page.goto(`${cms}/admin/globals/safety`)
    await settle(page)
    await shot(page, '15-sortie-rapide')
  })

  await step('18-sections-page', async () => {
    const found = await fetch(`${cms}/api/pages?where[purpose][equals]=home&depth=0&locale=fr`, {
      headers: { Authorization: `JWT ${token}` },
    })
    const home = ((await found.json()) as { docs: { id: number }[] }).docs[0]
    if (!home) throw new Error('no home page in the seeded content')
    await page.goto(`${cms}/admin/collections/pages/${home.id}?locale=fr`)
    // The first section opened: an audience path, its text and its links.
    await page.locator('#layout-row-0 .collapsible__toggle').first().click()
    await page.locator('#layout-0-paths-0-links-row-0').waitFor()
    await settle(page)
    await page.locator('#field-layout').evaluate((field) => {
      field.scrollIntoView({ block: 'start' })
      window.scrollBy(0, -140)
    })
    await shot(page, '18-sections-page')
  })

  await step('19-ajouter-section', async () => {
    await page.locator('#field-layout .blocks-field__drawer-toggler').last().click()
    await page.getByRole('heading', { name: 'Ajouter Section' }).waitFor()
    await settle(page)
    await shot(page, '19-ajouter-section')
    await page.keyboard.press('Escape')
  })

  await step('16-demandes-recues', async () => {
    // A made-up request, sent through the site's form as a visitor would.
    const visitor = await browser.newPage()
    await visitor.goto(`${platform.siteUrl}/fr/formations/formation-initiale/`)
    await visitor.fill('#quote-name', 'Camille Exemple')
    await visitor.fill('#quote-organisation', 'Service d’exemple')
    await visitor.fill('#quote-email', 'camille@exemple.org')
    await visitor.fill('#quote-participants', '8')
    await visitor.fill('#quote-message', 'Demande d’exemple pour le guide.')
    await visitor.check('#quote-consent')
    await visitor.click('button[type="submit"]')
    await visitor.waitForURL(/\/fr\/merci\/$/)
    await visitor.close()
    await page.goto(`${cms}/admin/collections/form-submissions`)
    await settle(page)
    await shot(page, '16-demandes-recues')
  })

  await step('17-demande', async () => {
    await page.locator('.table tbody tr a').first().click()
    await page.waitForURL(/\/form-submissions\/\d+/)
    await settle(page)
    await shot(page, '17-demande')
  })
} finally {
  await browser.close()
  await dispose()
}
