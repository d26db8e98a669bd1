import { locales, sectionPath } from '@mist/schema'
import type { Response } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'

import { launchChromium, platformUrls } from './helpers.ts'
import { weighPage, weightBudgets, type Weight } from './page-weight.ts'
import { searchWord, templatePages, type TemplatePage } from './site-templates.ts'

/**
 * Victims read the site on old phones and slow, metered or watched connections: each page template stays
 * within the weight budgets of issue 5, measured on the built site as served, gzipped (level 9), in bytes
 * (1 KB = 1024 bytes):
 * - HTML of a page ≤ 14 KB (it fits the first round trips of a connection);
 * - CSS it links or inlines ≤ 10 KB (system fonts only: no font files);
 * - JavaScript it loads (external scripts, the chunks they import, inline scripts): ≤ 2 KB on content pages
 *   (the quick exit only), ≤ 10 KB on pages with a form (the quote form's script checks without zod:
 *   docs/decisions/014-browser-form-check.md), ≤ 4 KB on the search page (our own search script);
 * - what one search downloads from Pagefind, counted apart since only a visitor who searches pays it (its
 *   script, its worker, WebAssembly engine, index chunk and one fragment per result shown), as the server
 *   sends it to Chromium (brotli, or Pagefind's own gzip for index chunks and fragments; its Content-Length):
 *   ≤ 100 KB (docs/decisions/015-search.md).
 */
const budgets = weightBudgets

let platform: { cmsUrl: string; siteUrl: string }
let pages: TemplatePage[]

beforeAll(async () => {
  platform = platformUrls()
  pages = await templatePages(platform.cmsUrl, platform.siteUrl)
})

describe('page weight budgets', () => {
  it('keeps every template’s HTML, CSS and JavaScript within budget, gzipped', async () => {
    const rows: Array<TemplatePage & Weight> = []
    for (const page of pages)
      rows.push({ ...page, ...(await weighPage(platform.siteUrl + page.path)) })

    const over: string[] = []
    for (const row of rows) {
      const name = `${row.template} (${row.path})`
      if (row.html > budgets.html) over.push(`${name}: HTML ${row.html} B > ${budgets.html} B`)
      if (row.css > budgets.css) over.push(`${name}: CSS ${row.css} B > ${budgets.css} B`)
      const jsBudget =
        row.template === 'search' ? budgets.searchJs : row.form ? budgets.formJs : budgets.contentJs
      if (row.js > jsBudget) over.push(`${name}: JS ${row.js} B > ${jsBudget} B`)
    }

    console.log(
      [
        'Gzipped weight (level 9), bytes:',
        '| template | locale | path | HTML | CSS | JS |',
        '| --- | --- | --- | ---: | ---: | ---: |',
        ...rows.map(
          (row) =>
            `| ${row.template} | ${row.locale} | ${row.path} | ${row.html} | ${row.css} | ${row.js} |`,
        ),
      ].join('\n'),
    )
    expect(rows.some((row) => row.form)).toBe(true)
    expect(rows.every((row) => row.html > 0 && row.js > 0)).toBe(true)
    expect(over, over.join('\n')).toEqual([])
  })
})

/**
 * Bytes of a response's body as the site server sent them (its Content-Length: encoded as the browser
 * accepted, brotli from this server; docs/decisions/024-compression-and-caching.md).
 * @throws when the answer has no Content-Length (every file of the site server has one)
 */
async function sentSize(response: Response): Promise<number> {
  const length = await response.headerValue('content-length')
  if (length === null) throw new Error(`${response.url()} was sent without Content-Length`)
  return Number(length)
}

describe('search weight budget', () => {
  it('keeps what one search downloads from Pagefind within budget, in each locale', async () => {
    const browser = await launchChromium()
    const rows: string[] = []
    const over: string[] = []
    try {
      for (const locale of locales) {
        // Setup: every file the page or Pagefind's worker fetches from /pagefind/, weighed as it arrives.
        const page = await browser.newPage()
        const weights: Array<Promise<{ file: string; bytes: number }>> = []
        page.on('response', (response) => {
          const url = new URL(response.url())
          if (!url.pathname.startsWith('/pagefind/')) return
          weights.push(sentSize(response).then((bytes) => ({ file: url.pathname, bytes })))
        })
        // Action: a search for a word found on many pages, so the page shows as many results as it ever does.
        await page.goto(`${platform.siteUrl}${sectionPath(locale, 'search')}?q=${searchWord}`)
        await page.locator('[data-results] li').first().waitFor()
        const files = await Promise.all(weights)
        await page.close()
        // Assert
        const total = files.reduce((sum, file) => sum + file.bytes, 0)
        const kind = (file: string) =>
          /\.pf_fragment$/.test(file) ? 'fragments' : (file.split('/').pop() ?? file)
        const byKind = new Map<string, number>()
        for (const file of files)
          byKind.set(kind(file.file), (byKind.get(kind(file.file)) ?? 0) + file.bytes)
        rows.push(
          `| ${locale} | ${[...byKind].map(([name, bytes]) => `${name} ${bytes}`).join(', ')} | ${total} |`,
        )
        expect(files.some((file) => file.file.endsWith('pagefind.js'))).toBe(true)
        expect(files.some((file) => file.file.endsWith('pagefind-worker.js'))).toBe(true)
        if (total > budgets.pagefindSearch)
          over.push(`${locale}: Pagefind ${total} B > ${budgets.pagefindSearch} B`)
      }
    } finally {
      await browser.close()
    }
    console.log(
      [
        `Pagefind files for one search of "${searchWord}", bytes sent (brotli, or Pagefind's own gzip):`,
        '| locale | files | total |',
        '| --- | --- | ---: |',
        ...rows,
      ].join('\n'),
    )
    expect(over, over.join('\n')).toEqual([])
  })
})
