import { startDisposablePlatform } from '@mist/platform'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'

import { chromiumFlags, chromiumPath } from '../../tests/e2e/chromium.ts'
import { weighPage, weightBudgets, type Weight } from '../../tests/e2e/page-weight.ts'
import { templatePages, type TemplatePage } from '../../tests/e2e/site-templates.ts'
import type { BenchPart, PartResult } from '../lib/result.ts'
import { envInteger } from '../lib/stats.ts'

const budgets = weightBudgets

const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const
type Category = (typeof categories)[number]

interface Measured {
  page: TemplatePage
  weight: Weight
  /** Requests the page made while Lighthouse loaded it (its `network-requests` audit). */
  requests: number
  /** 0–100 per category. */
  scores: Record<Category, number>
  /** Titles of the audits that cost points, per category (for the note of a score under 100). */
  failing: Record<Category, string[]>
  /** The page asks robots not to index it (Lighthouse's `is-crawlable` fails): filters, forms, results, 404. */
  noindex: boolean
  /** SEO score without the `is-crawlable` audit, 0–100: what a noindex page can be judged on. */
  seoBesidesIndexing: number
}

const label = (page: TemplatePage) => `${page.template} (${page.locale})`

/** Runs Lighthouse's default (mobile) configuration on one page in the already running Chromium. */
async function audit(url: string, port: number): Promise<Omit<Measured, 'page' | 'weight'>> {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: [...categories],
  })
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`)
  const { lhr } = result
  if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.message}`)
  const scores = {} as Record<Category, number>
  const failing = {} as Record<Category, string[]>
  for (const category of categories) {
    const entry = lhr.categories[category]
    scores[category] = Math.round((entry?.score ?? Number.NaN) * 100)
    failing[category] = (entry?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0)
      .map((ref) => lhr.audits[ref.id])
      .filter((item) => item !== undefined && item.score !== null && item.score < 1)
      .map((item) => item?.title ?? '')
  }
  const details = lhr.audits['network-requests']?.details as { items?: unknown[] } | undefined
  // Lighthouse's category score is the weighted mean of its audits' scores (audits without a score left out).
  let weighted = 0
  let weights = 0
  for (const ref of lhr.categories.seo?.auditRefs ?? []) {
    const score = lhr.audits[ref.id]?.score
    if (ref.id === 'is-crawlable' || ref.weight === 0 || score === null || score === undefined)
      continue
    weighted += score * ref.weight
    weights += ref.weight
  }
  return {
    requests: details?.items?.length ?? Number.NaN,
    scores,
    failing,
    noindex: lhr.audits['is-crawlable']?.score === 0,
    seoBesidesIndexing: weights > 0 ? Math.round((weighted / weights) * 100) : Number.NaN,
  }
}

/** Lighthouse runs per page before its error is the part's: Chromium now and then reports no navigation. */
const auditAttempts = 3

/**
 * {@link audit}, run again when Lighthouse reports a runtime error (seen here: `NO_NAVSTART` on a page that
 * loads fine the next time), so that one flaky run does not discard the whole part.
 * @throws the last error after {@link auditAttempts} runs
 */
async function auditWithRetries(url: string, port: number, log: (line: string) => void) {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await audit(url, port)
    } catch (error) {
      if (attempt >= auditAttempts) throw error
      log(`  ${error instanceof Error ? error.message : String(error)}; running it again`)
    }
  }
}

/** The heaviest page for one measure, as a figure with its budget. */
function heaviest(
  rows: readonly Measured[],
  metric: string,
  pick: (row: Measured) => number,
  budget: number,
): PartResult {
  const worst = rows.reduce((a, b) => (pick(b) > pick(a) ? b : a))
  const over = rows.filter((row) => pick(row) > budget).map((row) => label(row.page))
  return {
    metric,
    value: pick(worst),
    unit: 'B',
    target: { op: '<=', value: budget },
    note: `heaviest: ${label(worst.page)} ${worst.page.path}${over.length > 0 ? `; over budget: ${over.join(', ')}` : ''}`,
  }
}

/**
 * Page weight and quality (issue 8, part 5): the platform as `pnpm start` runs it (seeded content, built site),
 * then every template of the site in every locale (tests/e2e/site-templates.ts): gzipped HTML, CSS and JS bytes
 * (tests/e2e/page-weight.ts, the same measure as the browser test's budgets), the requests the page makes, and
 * Lighthouse's mobile scores (its default configuration: a mid-range phone, simulated slow 4G) in performance,
 * accessibility, best practices and SEO. Reports the heaviest page per measure and the lowest score per
 * category, naming the pages under 100 and what cost them points. BENCH_TEMPLATES keeps the templates named
 * (comma-separated, e.g. `search`), BENCH_PAGES limits the pages (default all).
 */
export const pageQuality: BenchPart = {
  name: 'page-quality',
  summary:
    'every template in both locales: gzipped HTML/CSS/JS, requests, Lighthouse mobile scores',
  run: async ({ log }) => {
    log('starting the platform (builds the CMS or the preview server first when stale)')
    const { platform, dispose } = await startDisposablePlatform({ prefix: 'benchpages' })
    let chrome: chromeLauncher.LaunchedChrome | undefined
    try {
      const templates = (process.env.BENCH_TEMPLATES ?? '')
        .split(',')
        .map((name) => name.trim())
        .filter((name) => name !== '')
      const all = (await templatePages(platform.cmsUrl, platform.siteUrl)).filter(
        (page) => templates.length === 0 || templates.includes(page.template),
      )
      if (all.length === 0) throw new Error(`no template named ${templates.join(', ')}`)
      const pages = all.slice(0, envInteger('BENCH_PAGES', all.length))
      chrome = await chromeLauncher.launch({
        chromePath: chromiumPath,
        chromeFlags: ['--headless=new', ...chromiumFlags],
      })
      const rows: Measured[] = []
      for (const [index, page] of pages.entries()) {
        log(`${index + 1}/${pages.length} ${label(page)} ${page.path}`)
        const url = platform.siteUrl + page.path
        rows.push({
          page,
          weight: await weighPage(url),
          ...(await auditWithRetries(url, chrome.port, log)),
        })
      }
      if (rows.length === 0) throw new Error('no page to measure')
      const content = rows.filter((row) => !row.page.form && row.page.template !== 'search')
      const forms = rows.filter((row) => row.page.form)
      const search = rows.filter((row) => row.page.template === 'search')
      const results: PartResult[] = [
        { metric: 'pages measured (templates × locales)', value: rows.length, unit: 'count' },
        heaviest(rows, 'HTML gz, heaviest page', (row) => row.weight.html, budgets.html),
        heaviest(rows, 'CSS gz, heaviest page', (row) => row.weight.css, budgets.css),
      ]
      if (content.length > 0)
        results.push(
          heaviest(
            content,
            'JS gz, heaviest content page',
            (row) => row.weight.js,
            budgets.contentJs,
          ),
        )
      if (forms.length > 0)
        results.push(
          heaviest(forms, 'JS gz, heaviest form page', (row) => row.weight.js, budgets.formJs),
        )
      if (search.length > 0)
        results.push(
          heaviest(search, 'JS gz, search page', (row) => row.weight.js, budgets.searchJs),
        )
      const most = rows.reduce((a, b) => (b.requests > a.requests ? b : a))
      results.push({
        metric: 'requests, most on one page',
        value: most.requests,
        unit: 'count',
        note: `${label(most.page)} ${most.page.path}`,
      })
      const lowestScore = (
        metric: string,
        measured: readonly Measured[],
        score: (row: Measured) => number,
        failing: (row: Measured) => string[],
      ) => {
        if (measured.length === 0) return
        const lowest = measured.reduce((a, b) => (score(b) < score(a) ? b : a))
        const under = measured.filter((row) => score(row) < 100)
        const costs = [...new Set(under.flatMap(failing))]
        results.push({
          metric,
          value: score(lowest),
          unit: 'score',
          target: { op: '>=', value: 100 },
          ...(under.length > 0
            ? {
                note: `${under.length} page(s) under 100: ${under.map((row) => `${label(row.page)} ${score(row)}`).join(', ')}; audits: ${costs.join('; ')}`,
              }
            : {}),
        })
      }
      for (const category of categories) {
        if (category === 'seo') continue
        lowestScore(
          `Lighthouse ${category}, lowest score (mobile)`,
          rows,
          (row) => row.scores[category],
          (row) => row.failing[category],
        )
      }
      const indexable = rows.filter((row) => !row.noindex)
      lowestScore(
        `Lighthouse seo, lowest score, ${indexable.length} indexable pages (mobile)`,
        indexable,
        (row) => row.scores.seo,
        (row) => row.failing.seo,
      )
      // Filter pages, forms, form results, search and 404 ask robots not to index them, by design; Lighthouse
      // then fails "is-crawlable", so they are judged on the other SEO audits.
      lowestScore(
        `Lighthouse seo besides indexing, lowest score, ${rows.length - indexable.length} noindex pages (mobile)`,
        rows.filter((row) => row.noindex),
        (row) => row.seoBesidesIndexing,
        (row) => row.failing.seo.filter((title) => !/blocked from indexing/i.test(title)),
      )
      return results
    } finally {
      chrome?.kill()
      await dispose()
    }
  },
}
