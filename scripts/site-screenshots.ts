/**
 * Renders every template of the public site, in every locale, to PNG files so that a person can review the look
 * (issue 15): `pnpm screenshots`. Not part of the tests.
 *
 * What it writes, into `screenshots/` at the repository root (git-ignored; a run of every template first
 * deletes the PNGs of earlier runs): one full-page PNG per page of tests/e2e/site-templates.ts `templatePages()` (one page per
 * template and locale) at 360×640 and at 1280×900 CSS px, named `<template>-<locale>-<width>.png` with the
 * template's `:` written `-` (e.g. `page-home-fr-360.png`, `form-appointment-en-1280.png`); then the states
 * listed in {@link states}, named `<template>-<locale>-<width>-<state>.png` (e.g.
 * `page-home-fr-360-menu-open.png`, `form-appointment-fr-360-errors-nojs.png`). A state that cannot be shown
 * (no menu button yet) is skipped with a line saying so. Each file is printed with its size.
 *
 * Which site: the one at `SITE_URL` (read from the CMS at `CMS_URL`) when both are set, e.g. a running
 * `pnpm start`; otherwise a disposable platform as the browser tests start it (its own database and folder,
 * Mist's seeded content). The "errors without JavaScript" state posts empty forms to the CMS, which counts
 * them against its rate limit (5 posts per form and client per 10 minutes by default): on a running platform,
 * a second run within 10 minutes shows the 429 answer instead.
 *
 * Arguments: words that keep only the templates whose name contains one of them, e.g.
 * `pnpm screenshots page:home form:`. Chromium: tests/e2e/chromium.ts (CHROMIUM_PATH).
 * @throws (exit code 1) when the platform does not start or Chromium is missing; a page that fails is named
 * and the run goes on, then ends with exit code 1
 */
import { mkdirSync, readdirSync, rmSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { startDisposablePlatform } from '@mist/platform'
import type { Browser, BrowserContextOptions, Page } from 'playwright-core'

import { launchChromium } from '../tests/e2e/helpers.ts'
import { templatePages, type TemplatePage } from '../tests/e2e/site-templates.ts'

const outDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'screenshots')

/** The two widths reviewed: a small phone and a laptop, in CSS px. */
const viewports = [
  { width: 360, height: 640 },
  { width: 1280, height: 900 },
] as const

/** A state of a page worth reviewing beyond its first rendering, e.g. the menu opened. */
interface ScreenshotState {
  /** The file name's last part, e.g. `menu-open`. */
  name: string
  /** The pages it applies to. */
  appliesTo: (page: TemplatePage) => boolean
  /** The widths it is taken at (default: every width of {@link viewports}). */
  widths?: readonly number[]
  /** Browser context options, e.g. `{ javaScriptEnabled: false }` or `{ colorScheme: 'dark' }`. */
  context?: BrowserContextOptions
  /**
   * Brings the loaded page to the state. @returns a reason when the page cannot show it (the state is
   * then skipped), else nothing
   */
  act: (page: Page) => Promise<string | undefined>
}

/** Submits the page's form empty, past the browser's own check of required fields. */
async function submitEmpty(page: Page, waitForNavigation: boolean): Promise<string | undefined> {
  const form = page.locator('main form:has(button[type="submit"])').first()
  if ((await form.count()) === 0) return 'no form on the page'
  await form.evaluate((element) => {
    if (element instanceof HTMLFormElement) element.noValidate = true
  })
  const submit = form.locator('button[type="submit"]')
  if (waitForNavigation) await Promise.all([page.waitForNavigation(), submit.click()])
  else await submit.click()
  return undefined
}

/** Add a state here to review it: it is taken on every page it applies to, at its widths. */
const states: readonly ScreenshotState[] = [
  {
    name: 'menu-open',
    appliesTo: (page) => page.template === 'page:home',
    widths: [360],
    act: async (page) => {
      const button = page.locator('header button[aria-expanded]').first()
      if ((await button.count()) === 0 || !(await button.isVisible()))
        return 'no menu button in the header'
      await button.click()
      return undefined
    },
  },
  {
    name: 'errors',
    appliesTo: (page) => page.form,
    act: (page) => submitEmpty(page, false),
  },
  {
    name: 'errors-nojs',
    appliesTo: (page) => page.form,
    context: { javaScriptEnabled: false },
    act: (page) => submitEmpty(page, true),
  },
  {
    name: 'dark',
    appliesTo: (page) => page.template === 'page:home' || page.template === 'form:appointment',
    context: { colorScheme: 'dark' },
    act: () => Promise.resolve(undefined),
  },
]

/** Waits until the page shows what a reader would see: its requests done, the search's results listed. */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle')
  if (new URL(page.url()).searchParams.has('q') && (await page.locator('[data-results]').count())) {
    await page
      .locator('[data-results] li')
      .first()
      .waitFor({ timeout: 10_000 })
      .catch(() => {})
  }
}

const fileName = (page: TemplatePage, width: number, state?: string) =>
  `${[page.template.replaceAll(':', '-'), page.locale, String(width), state].filter(Boolean).join('-')}.png`

/** Loads `url` in a fresh context, lets `act` bring it to a state, and writes the full page to `file`. */
async function shoot(
  browser: Browser,
  url: string,
  file: string,
  options: { viewport: { width: number; height: number }; context?: BrowserContextOptions },
  act?: (page: Page) => Promise<string | undefined>,
): Promise<string | undefined> {
  const context = await browser.newContext({
    viewport: options.viewport,
    deviceScaleFactor: 1,
    reducedMotion: 'reduce',
    ...options.context,
  })
  try {
    const page = await context.newPage()
    await page.goto(url)
    await settle(page)
    const skipped = await act?.(page)
    if (skipped) return skipped
    await page.waitForLoadState('networkidle')
    // From the top, as a reader first sees it: a fixed or sticky header is drawn where the page is scrolled.
    await page.evaluate(() => window.scrollTo(0, 0))
    const png = await page.screenshot({
      fullPage: true,
      animations: 'disabled',
      caret: 'hide',
      path: path.join(outDir, file),
    })
    console.log(`screenshots/${file}  ${Math.round(png.length / 1024)} KB`)
    return undefined
  } finally {
    await context.close()
  }
}

async function main(): Promise<number> {
  const only = process.argv.slice(2)
  const given =
    process.env.SITE_URL && process.env.CMS_URL
      ? { siteUrl: process.env.SITE_URL.replace(/\/$/, ''), cmsUrl: process.env.CMS_URL }
      : undefined
  console.log(
    given
      ? `site ${given.siteUrl}, CMS ${given.cmsUrl}`
      : 'starting a disposable platform (builds the CMS first when stale)',
  )
  const started = given
    ? undefined
    : await startDisposablePlatform({ prefix: 'shots', formPostsPerClient: 100 })
  const { siteUrl, cmsUrl } = given ?? {
    siteUrl: started?.platform.siteUrl ?? '',
    cmsUrl: started?.platform.cmsUrl ?? '',
  }
  const browser = await launchChromium().catch(async (error: unknown) => {
    await started?.dispose()
    throw error
  })
  let failures = 0
  try {
    const pages = (await templatePages(cmsUrl, siteUrl)).filter(
      (page) => only.length === 0 || only.some((word) => page.template.includes(word)),
    )
    mkdirSync(outDir, { recursive: true })
    if (only.length === 0) {
      for (const file of readdirSync(outDir).filter((name) => name.endsWith('.png')))
        rmSync(path.join(outDir, file))
    }
    for (const page of pages) {
      const url = siteUrl + page.path
      const jobs: Array<{ file: string; run: () => Promise<string | undefined> }> = []
      for (const viewport of viewports) {
        jobs.push({
          file: fileName(page, viewport.width),
          run: () => shoot(browser, url, fileName(page, viewport.width), { viewport }),
        })
        for (const state of states) {
          if (!state.appliesTo(page)) continue
          if (state.widths && !state.widths.includes(viewport.width)) continue
          const file = fileName(page, viewport.width, state.name)
          const options = { viewport, ...(state.context ? { context: state.context } : {}) }
          jobs.push({ file, run: () => shoot(browser, url, file, options, state.act) })
        }
      }
      for (const job of jobs) {
        try {
          const skipped = await job.run()
          if (skipped) console.log(`screenshots/${job.file}  skipped: ${skipped}`)
        } catch (error) {
          failures += 1
          const reason = error instanceof Error ? error.message.split('\n')[0] : String(error)
          console.error(`screenshots/${job.file}  FAILED (${page.path}): ${reason}`)
        }
      }
    }
    console.log(`${pages.length} pages (templates × locales) in ${outDir}`)
  } finally {
    await browser.close()
    await started?.dispose()
  }
  return failures === 0 ? 0 : 1
}

process.exitCode = await main()
