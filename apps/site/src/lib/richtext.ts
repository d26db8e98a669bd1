/**
 * Renders Lexical rich text (as stored by @payloadcms/richtext-lexical) to HTML. All text is escaped, so
 * characters editors type (`<`, `&`, braces, emoji) show literally and never become markup. Links keep only
 * http, https, mailto, tel and relative URLs; any other scheme renders as plain text. Unknown node types
 * render their children, so new editor features degrade to text rather than break the build. External links
 * always carry rel="noopener noreferrer"; only those the editor marked "new tab" get target="_blank".
 * Internal links lead to the linked document's page in the page's locale (else its French page, marked with
 * `hreflang`); uploads become responsive images (the editor's alt text, width and height) or file links.
 */
import {
  defaultLocale,
  isRoutedCollection,
  type LexicalNode,
  type Locale,
  type RichText,
  type RoutedCollection,
} from '@mist/schema'

import { formatFileSize } from './file-size.ts'
import type { MediaOf } from './media.ts'

/** What rendering needs beyond the text: where documents and media are, in which locale. */
export interface RichTextContext {
  locale: Locale
  /** Path of a published document's page in a locale (`SiteData.pathOf`). */
  pathOf: (collection: RoutedCollection, id: number, locale: Locale) => string | undefined
  mediaOf: MediaOf
}

/** `sizes` of images in running text: the text column is at most 42rem wide (`--measure`, styles/tokens.css), else the screen. */
const imageSizes = '(min-width: 48rem) 42rem, 100vw'

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

function renderChildren(node: LexicalNode, context: RichTextContext): string {
  return (node.children ?? []).map((child) => renderNode(child, context)).join('')
}

/** The id in a relationship value: the id itself (depth 0) or a populated document's `id`. */
function idOf(value: unknown): number | undefined {
  if (typeof value === 'number') return value
  if (typeof value === 'object' && value !== null && 'id' in value && typeof value.id === 'number')
    return value.id
  return undefined
}

/** An internal link: the document's page in this locale, else in French; inert when neither is published. */
function renderInternalLink(node: LexicalNode, doc: unknown, context: RichTextContext): string {
  const inner = renderChildren(node, context)
  if (typeof doc !== 'object' || doc === null) return inner
  const { relationTo, value } = doc as { relationTo?: unknown; value?: unknown }
  const id = idOf(value)
  if (!isRoutedCollection(relationTo) || id === undefined) return inner
  const own = context.pathOf(relationTo, id, context.locale)
  if (own) return `<a href="${escapeHtml(own)}">${inner}</a>`
  const fallback = context.pathOf(relationTo, id, defaultLocale)
  return fallback
    ? `<a href="${escapeHtml(fallback)}" hreflang="${defaultLocale}">${inner}</a>`
    : inner
}

function renderLink(node: LexicalNode, context: RichTextContext): string {
  const fields = (node.fields ?? {}) as {
    url?: unknown
    newTab?: unknown
    linkType?: unknown
    doc?: unknown
  }
  if (fields.linkType === 'internal') return renderInternalLink(node, fields.doc, context)
  const url =
    typeof fields.url === 'string' ? fields.url : typeof node.url === 'string' ? node.url : ''
  const inner = renderChildren(node, context)
  if (!url || !isSafeHref(url)) return inner
  const external = /^https?:/i.test(url.trim())
  // Other sites never learn which Mist page a reader came from (rel=noreferrer on every external link).
  const rel = external ? ' rel="noopener noreferrer"' : ''
  const target = fields.newTab === true && external ? ' target="_blank"' : ''
  return `<a href="${escapeHtml(url.trim())}"${target}${rel}>${inner}</a>`
}

/**
 * An upload: an image with its sizes, lazy-loaded, its space kept by width and height; any other file as a
 * link with its size. Media the public cannot read (not found in the lookup) renders nothing.
 */
function renderUpload(node: LexicalNode, context: RichTextContext): string {
  const id = idOf(node.value)
  const media = id === undefined ? undefined : context.mediaOf(id, context.locale)
  if (!media) return ''
  if (media.srcset && media.width && media.height) {
    const lang = media.altLocale ? ` lang="${media.altLocale}"` : ''
    return (
      `<figure><img src="${escapeHtml(media.src)}" srcset="${escapeHtml(media.srcset)}"` +
      ` sizes="${imageSizes}" width="${media.width}" height="${media.height}"` +
      ` alt="${escapeHtml(media.alt)}"${lang} loading="lazy" decoding="async"></figure>`
    )
  }
  const label = escapeHtml(media.alt || media.filename || media.href)
  const type = media.mimeType ? ` type="${escapeHtml(media.mimeType)}"` : ''
  const size = media.filesize === null ? '' : ` (${formatFileSize(media.filesize, context.locale)})`
  return `<p><a href="${escapeHtml(media.href)}"${type}>${label}</a>${size}</p>`
}

function renderNode(node: LexicalNode, context: RichTextContext): string {
  switch (node.type) {
    case 'text':
      return renderText(node)
    case 'linebreak':
      return '<br>'
    case 'tab':
      return ' '
    case 'paragraph': {
      const inner = renderChildren(node, context)
      return inner ? `<p>${inner}</p>` : ''
    }
    case 'heading': {
      const tag = typeof node.tag === 'string' && /^h[2-6]$/.test(node.tag) ? node.tag : 'h2'
      return `<${tag}>${renderChildren(node, context)}</${tag}>`
    }
    case 'quote':
      return `<blockquote>${renderChildren(node, context)}</blockquote>`
    case 'list': {
      const tag = node.listType === 'number' ? 'ol' : 'ul'
      return `<${tag}>${renderChildren(node, context)}</${tag}>`
    }
    case 'listitem':
      return `<li>${renderChildren(node, context)}</li>`
    case 'link':
    case 'autolink':
      return renderLink(node, context)
    case 'upload':
      return renderUpload(node, context)
    case 'horizontalrule':
      return '<hr>'
    default:
      return renderChildren(node, context)
  }
}

/** @returns HTML for `value`, or `''` when it is empty */
export function renderRichText(value: RichText, context: RichTextContext): string {
  return value ? renderChildren(value.root, context) : ''
}

/** True when `value` renders to something (an editor's empty paragraph does not count). */
export function hasRichText(value: RichText, context: RichTextContext): boolean {
  return renderRichText(value, context) !== ''
}
