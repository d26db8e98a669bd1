import { gzipSync } from 'node:zlib'

/**
 * How much a page of the built site weighs, as served (used by the page-weight browser test and by
 * `pnpm bench page-quality`): gzipped bytes (level 9, 1 KB = 1024 bytes) of its HTML, of the CSS it links or
 * inlines, and of the JavaScript it loads (external scripts, the chunks they import, inline scripts).
 */

const KB = 1024

/**
 * The weight budgets of the public-site issue, gzipped bytes: HTML ≤ 14 KB (it fits the first round trips of a
 * connection); CSS ≤ 10 KB (system fonts only); JavaScript ≤ 3 KB on content pages (quick exit, menu and discreet
 * browsing: issue 15),
 * ≤ 10 KB on pages with a form (docs/decisions/014-browser-form-check.md), ≤ 4 KB on the search page; what one
 * search downloads from Pagefind ≤ 100 KB as sent (brotli; docs/decisions/015-search.md).
 */
export const weightBudgets = {
  html: 14 * KB,
  css: 10 * KB,
  contentJs: 3 * KB,
  formJs: 10 * KB,
  searchJs: 4 * KB,
  pagefindSearch: 100 * KB,
} as const

const gzipSize = (text: string) => gzipSync(Buffer.from(text, 'utf8'), { level: 9 }).length

async function text(url: string): Promise<string> {
  const response = await fetch(url)
  if (!response.ok && response.status !== 404)
    throw new Error(`GET ${url}: HTTP ${response.status}`)
  return response.text()
}

/** Attribute `name` of an HTML start tag, or undefined. */
function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i')
    .exec(tag)
    ?.slice(1)
    .find((value) => value !== undefined)
}

/** A script's static imports (`import … from "./x.js"`, `import "./x.js"`), as absolute URLs. */
function staticImports(source: string, base: string): string[] {
  return [...source.matchAll(/\bimport\s*(?:[\w$*{}\s,]+from\s*)?["']([^"']+\.m?js)["']/g)].map(
    (match) => new URL(match[1] ?? '', base).href,
  )
}

/** Gzipped bytes of one page's HTML, CSS and JavaScript. */
export interface Weight {
  html: number
  css: number
  js: number
}

/**
 * Gzipped bytes of a page's HTML, of the CSS it links or inlines, and of the JavaScript it loads.
 * @param pageUrl absolute URL of the page
 * @throws when the page or one of its files answers an error other than 404
 */
export async function weighPage(pageUrl: string): Promise<Weight> {
  const html = await text(pageUrl)
  let css = 0
  let js = 0
  for (const [, style = ''] of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/gi)) {
    css += gzipSize(style)
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const href = attribute(tag, 'href')
    if (attribute(tag, 'rel')?.split(/\s+/).includes('stylesheet') && href) {
      css += gzipSize(await text(new URL(href, pageUrl).href))
    }
  }
  const loaded = new Set<string>()
  const load = async (url: string) => {
    if (loaded.has(url)) return
    loaded.add(url)
    const source = await text(url)
    js += gzipSize(source)
    for (const imported of staticImports(source, url)) await load(imported)
  }
  for (const [, tag = '', body = ''] of html.matchAll(/(<script\b[^>]*>)([\s\S]*?)<\/script>/gi)) {
    const type = attribute(tag, 'type')
    if (type && !['module', 'text/javascript', 'application/javascript'].includes(type)) continue
    const src = attribute(tag, 'src')
    if (src) await load(new URL(src, pageUrl).href)
    else if (body.trim()) {
      js += gzipSize(body)
      for (const imported of staticImports(body, pageUrl)) await load(imported)
    }
  }
  return { html: gzipSize(html), css, js }
}
