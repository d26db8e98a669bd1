/**
 * Issue 5: a page of the site loads nothing from a third party (no script, style, font, image, frame or
 * fetch target); links to other sites are navigation only. This finds, in a built page, every address the
 * browser would fetch on its own or post a form to, and keeps those outside the allowed origins (the site's
 * and the CMS's, since the quote form posts to the CMS).
 */

/** Link relations that make the browser fetch (or connect to) the address without a click. */
const fetchingLinkRelations = new Set([
  'stylesheet',
  'icon',
  'shortcut',
  'apple-touch-icon',
  'mask-icon',
  'manifest',
  'preload',
  'modulepreload',
  'prefetch',
  'prerender',
  'preconnect',
  'dns-prefetch',
])

/** The attributes holding a fetched address, by element; `link` is handled apart (it depends on `rel`). */
const fetchingAttributes: Record<string, readonly string[]> = {
  script: ['src'],
  img: ['src', 'srcset'],
  iframe: ['src'],
  frame: ['src'],
  source: ['src', 'srcset'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  embed: ['src'],
  object: ['data'],
  input: ['src'],
  form: ['action'],
  button: ['formaction'],
  image: ['href', 'xlink:href'],
  use: ['href', 'xlink:href'],
}

const decodeEntities = (value: string) =>
  value
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&')

function attributesOf(tag: string): Map<string, string> {
  const attributes = new Map<string, string>()
  for (const match of tag.matchAll(/\s([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g)) {
    const name = (match[1] ?? '').toLowerCase()
    if (!attributes.has(name))
      attributes.set(name, decodeEntities(match[2] ?? match[3] ?? match[4] ?? ''))
  }
  return attributes
}

/** The addresses of a `srcset` (candidates separated by commas, each an address and a descriptor). */
const srcsetAddresses = (value: string) =>
  value
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter((address) => address !== '')

/**
 * The addresses a page fetches from (or posts to) outside `allowedOrigins`: resources of its elements
 * (script, stylesheet/icon/preload links, img, iframe, source, media, object, form action…) and `url(…)` /
 * `@import` in its inline styles. `data:` and `blob:` addresses load nothing from anywhere and are allowed.
 * @param html the page as built
 * @param pageUrl the page's own address, against which relative addresses resolve
 * @param allowedOrigins origins such as `https://mist.example` (paths and trailing slashes are ignored)
 * @returns `<element> <address>` for each foreign address, in page order
 */
export function foreignResources(
  html: string,
  pageUrl: string,
  allowedOrigins: readonly string[],
): string[] {
  const allowed = new Set(allowedOrigins.map((origin) => new URL(origin).origin))
  const found: string[] = []
  const check = (element: string, address: string) => {
    if (address === '') return
    let url: URL
    try {
      url = new URL(address, pageUrl)
    } catch {
      return // not an address a browser could fetch either
    }
    if (url.protocol === 'data:' || url.protocol === 'blob:') return
    if (!allowed.has(url.origin)) found.push(`${element} ${address}`)
  }
  for (const match of html.matchAll(/<([a-zA-Z][\w:-]*)(\s[^>]*)?>/g)) {
    const element = (match[1] ?? '').toLowerCase()
    const attributes = attributesOf(match[2] ?? '')
    if (element === 'link') {
      const relations = (attributes.get('rel') ?? '').toLowerCase().split(/\s+/)
      if (relations.some((relation) => fetchingLinkRelations.has(relation)))
        check('link', attributes.get('href') ?? '')
      continue
    }
    for (const name of fetchingAttributes[element] ?? []) {
      const value = attributes.get(name)
      if (value === undefined) continue
      for (const address of name === 'srcset' ? srcsetAddresses(value) : [value])
        check(element, address)
    }
    const style = attributes.get('style')
    if (style !== undefined) for (const address of cssAddresses(style)) check('style', address)
  }
  for (const match of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi))
    for (const address of cssAddresses(match[1] ?? '')) check('style', address)
  return found
}

/** The addresses of `url(…)` and `@import "…"` in a piece of CSS. */
export function cssAddresses(css: string): string[] {
  const addresses: string[] = []
  for (const match of css.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)/g))
    addresses.push(match[1] ?? match[2] ?? match[3] ?? '')
  for (const match of css.matchAll(/@import\s+(?:"([^"]*)"|'([^']*)')/g))
    addresses.push(match[1] ?? match[2] ?? '')
  return addresses
}

/**
 * The inline style and event-handler attributes of a page (`style="…"`, `onclick="…"`), as `<element>
 * <attribute>`: the site's Content-Security-Policy blocks them (Astro hashes only `<script>` and `<style>`
 * elements), so a page holding one would not look or behave as built.
 */
export function inlineAttributes(html: string): string[] {
  const found: string[] = []
  for (const match of html.matchAll(/<([a-zA-Z][\w:-]*)(\s[^>]*)?>/g)) {
    for (const name of attributesOf(match[2] ?? '').keys())
      if (name === 'style' || /^on[a-z]+$/.test(name))
        found.push(`${(match[1] ?? '').toLowerCase()} ${name}`)
  }
  return found
}
