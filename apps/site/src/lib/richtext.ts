/**
 * Renders Lexical rich text (as stored by @payloadcms/richtext-lexical) to HTML. All text is escaped, so
 * characters editors type (`<`, `&`, braces, emoji) show literally and never become markup. Links keep only
 * http, https, mailto, tel and relative URLs; any other scheme renders as plain text. Unknown node types
 * render their children, so new editor features degrade to text rather than break the build. External links
 * always carry rel="noopener noreferrer"; only those the editor marked "new tab" get target="_blank".
 */
import type { LexicalNode, RichText } from '@mist/schema'

const escapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

/** HTML-escapes text for element content and quoted attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => escapes[char] ?? char)
}

/** True for URLs that may become links: http(s), mailto, tel, or relative (path, query or fragment). */
export function isSafeHref(href: string): boolean {
  const trimmed = href.trim()
  if (/^(https?:|mailto:|tel:)/i.test(trimmed)) return true
  // Relative: starts with / (not //), ./, ../, ? or #; no scheme before the first / ? #.
  if (/^\/\//.test(trimmed)) return false
  return /^(\/|\.\.?\/|\?|#)/.test(trimmed) || !/^[^/?#]*:/.test(trimmed)
}

// Lexical's text format bit flags (lexical/LexicalConstants: IS_BOLD = 1, IS_ITALIC = 2, …).
const formats: Array<[flag: number, tag: string]> = [
  [16, 'code'],
  [1, 'strong'],
  [2, 'em'],
  [4, 's'],
  [8, 'u'],
  [32, 'sub'],
  [64, 'sup'],
]

function renderText(node: LexicalNode): string {
  let html = escapeHtml(typeof node.text === 'string' ? node.text : '')
  const format = typeof node.format === 'number' ? node.format : 0
  for (const [flag, tag] of formats) if (format & flag) html = `<${tag}>${html}</${tag}>`
  return html
}

function renderChildren(node: LexicalNode): string {
  return (node.children ?? []).map(renderNode).join('')
}

function renderLink(node: LexicalNode): string {
  const fields = (node.fields ?? {}) as { url?: unknown; newTab?: unknown; linkType?: unknown }
  const url =
    typeof fields.url === 'string' ? fields.url : typeof node.url === 'string' ? node.url : ''
  const inner = renderChildren(node)
  if (fields.linkType === 'internal' || !url || !isSafeHref(url)) return inner
  const external = /^https?:/i.test(url.trim())
  // Other sites never learn which Mist page a reader came from (rel=noreferrer on every external link).
  const rel = external ? ' rel="noopener noreferrer"' : ''
  const target = fields.newTab === true && external ? ' target="_blank"' : ''
  return `<a href="${escapeHtml(url.trim())}"${target}${rel}>${inner}</a>`
}

function renderNode(node: LexicalNode): string {
  switch (node.type) {
    case 'text':
      return renderText(node)
    case 'linebreak':
      return '<br>'
    case 'tab':
      return ' '
    case 'paragraph': {
      const inner = renderChildren(node)
      return inner ? `<p>${inner}</p>` : ''
    }
    case 'heading': {
      const tag = typeof node.tag === 'string' && /^h[2-6]$/.test(node.tag) ? node.tag : 'h2'
      return `<${tag}>${renderChildren(node)}</${tag}>`
    }
    case 'quote':
      return `<blockquote>${renderChildren(node)}</blockquote>`
    case 'list': {
      const tag = node.listType === 'number' ? 'ol' : 'ul'
      return `<${tag}>${renderChildren(node)}</${tag}>`
    }
    case 'listitem':
      return `<li>${renderChildren(node)}</li>`
    case 'link':
    case 'autolink':
      return renderLink(node)
    default:
      return renderChildren(node)
  }
}

/** @returns HTML for `value`, or `''` when it is empty */
export function renderRichText(value: RichText): string {
  return value ? renderChildren(value.root) : ''
}

/** True when `value` renders to something (an editor's empty paragraph does not count). */
export function hasRichText(value: RichText): boolean {
  return renderRichText(value) !== ''
}
