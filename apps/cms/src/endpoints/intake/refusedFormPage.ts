import { createHash } from 'node:crypto'

import type { FieldErrors } from '@mist/schema'
import {
  defaultTreeAdapter as tree,
  html,
  parse,
  serialize,
  type DefaultTreeAdapterTypes,
} from 'parse5'

/*
 * The answer to a form posted without JavaScript that the intake refused: the site's own page of the form, as
 * built, with the form filled in again with what was posted, each field's message beside it and the error
 * summary at the top, the way the form script shows them (docs/decisions/028-refused-form-without-javascript.md).
 * The page is served by the CMS, from the CMS's origin: every script is removed, every address made absolute to
 * the site, and the page's own Content-Security-Policy `<meta>` dropped for the policy of
 * {@link refusedFormPolicy}. parse5 parses and serializes as the HTML standard says, as browsers do; what was
 * posted only ever enters the tree as attribute values and text, which the serializer escapes.
 *
 * The markup it relies on is the site's (apps/site/src/components/RequestFormFrame.astro, QuoteForm.astro,
 * TextField.astro, ErrorSummary.astro): the `<form method="post">` whose action is the intake; an ancestor with
 * the error messages as JSON in `data-messages`; each field's error paragraph `[data-error-for="<field>"]` with
 * the summary's label in `data-label`; `[data-summary]` holding `[data-summary-list]`, with the separator between
 * label and message in `data-separator` and the title's prefix in `data-title-prefix`.
 */

type Element = DefaultTreeAdapterTypes.Element
type ParentNode = DefaultTreeAdapterTypes.ParentNode

/** A refused form post, as the intake knows it. */
export interface RefusedFormPost {
  /** The intake's address, e.g. `https://cms.mist.example/api/forms/quote-request`: the form's action. */
  action: string
  /** What was posted, as sent (the raw urlencoded body's parameters). */
  values: URLSearchParams
  /** The fields the form declares (its field map's names): only these are filled in again. */
  fields: readonly string[]
  /** Why it was refused: i18n keys by field, `form` for the whole form. */
  errors: FieldErrors
}

/** The filled-in page, and the hashes of its inline `<style>` elements for the answer's policy. */
export interface FilledPage {
  html: string
  /** `'sha256-…'` sources, one per distinct inline `<style>` element. */
  styleHashes: string[]
}

/** Every element under `root`, in document order (not inside `<template>`: nothing there is shown). */
function* elementsOf(root: ParentNode): Generator<Element> {
  for (const child of root.childNodes) {
    if (!tree.isElementNode(child)) continue
    yield child
    yield* elementsOf(child)
  }
}

function attr(element: Element, name: string): string | undefined {
  return element.attrs.find((attribute) => attribute.name === name)?.value
}

function setAttr(element: Element, name: string, value: string): void {
  const existing = element.attrs.find((attribute) => attribute.name === name)
  if (existing) existing.value = value
  else element.attrs.push({ name, value })
}

function removeAttr(element: Element, name: string): void {
  element.attrs = element.attrs.filter((attribute) => attribute.name !== name)
}

function textOf(node: ParentNode): string {
  return node.childNodes
    .map((child) =>
      tree.isTextNode(child) ? child.value : tree.isElementNode(child) ? textOf(child) : '',
    )
    .join('')
}

function setText(element: Element, text: string): void {
  for (const child of [...element.childNodes]) tree.detachNode(child)
  if (text !== '') tree.insertText(element, text)
}

function newElement(tagName: string, attrs: Record<string, string> = {}): Element {
  return tree.createElement(
    tagName,
    html.NS.HTML,
    Object.entries(attrs).map(([name, value]) => ({ name, value })),
  )
}

function remove(element: Element): void {
  tree.detachNode(element)
}

/** The value an `<option>` submits: its `value`, else its text with white space stripped and collapsed. */
function optionValue(option: Element): string {
  return (
    attr(option, 'value') ??
    textOf(option)
      .replace(/[\t\n\f\r ]+/g, ' ')
      .trim()
  )
}

/** Input types whose value is not what the person typed (or that we leave as built). */
const untouchedInputTypes = new Set(['hidden', 'submit', 'button', 'image', 'reset', 'file'])

/** Writes what was posted for one control back into it. */
function refill(control: Element, values: URLSearchParams, name: string): void {
  const posted = values.getAll(name)
  if (control.tagName === 'textarea') {
    const value = posted[0] ?? ''
    // The parser drops a newline right after <textarea>: one more keeps the person's own.
    setText(control, value.startsWith('\n') || value.startsWith('\r') ? `\n${value}` : value)
  } else if (control.tagName === 'select') {
    const options = [...elementsOf(control)].filter((element) => element.tagName === 'option')
    const chosen = options.find((option) => optionValue(option) === posted[0])
    if (!chosen) return
    for (const option of options) removeAttr(option, 'selected')
    setAttr(chosen, 'selected', '')
  } else {
    const type = (attr(control, 'type') ?? 'text').toLowerCase()
    if (type === 'checkbox' || type === 'radio') {
      removeAttr(control, 'checked')
      const value = attr(control, 'value') ?? 'on'
      if (type === 'checkbox' ? posted.includes(value) : posted[0] === value) {
        setAttr(control, 'checked', '')
      }
    } else if (posted[0] !== undefined && posted[0] !== '') {
      setAttr(control, 'value', posted[0])
    } else removeAttr(control, 'value')
  }
}

/** Attributes that hold an address, made absolute to the site. */
const addressAttributes = new Set(['href', 'src', 'action', 'formaction', 'poster', 'cite'])

/**
 * Makes an address absolute to the site. A fragment alone (`#content`) stays: it points into this page.
 * @returns null when it is not a valid address (the attribute is then dropped)
 */
function absolute(value: string, siteUrl: string): string | null {
  if (value.trim().startsWith('#')) return value
  try {
    return new URL(value, siteUrl).href
  } catch {
    return null
  }
}

/** `srcset`: each candidate's address made absolute, its descriptor kept. */
function absoluteSrcset(value: string, siteUrl: string): string {
  return value
    .split(',')
    .map((candidate) => {
      const [address = '', ...descriptor] = candidate.trim().split(/\s+/)
      const resolved = absolute(address, siteUrl)
      return resolved === null ? '' : [resolved, ...descriptor].join(' ')
    })
    .filter((candidate) => candidate !== '')
    .join(', ')
}

/**
 * Makes the page safe and whole when served by the CMS: no script of any kind (elements, preloads, event
 * handler attributes), no `<meta>` policy or refresh of its own, no referrer policy other than the answer's
 * header, and every address absolute to the site.
 */
function detachFromSite(document: ParentNode, siteUrl: string): void {
  for (const element of [...elementsOf(document)]) {
    const tag = element.tagName
    const rel = (attr(element, 'rel') ?? '').toLowerCase().split(/\s+/)
    if (
      tag === 'script' ||
      tag === 'noscript' ||
      (tag === 'meta' &&
        (attr(element, 'http-equiv') !== undefined || attr(element, 'name') === 'referrer')) ||
      (tag === 'link' && (rel.includes('modulepreload') || attr(element, 'as') === 'script')) ||
      tag === 'base'
    ) {
      remove(element)
      continue
    }
    element.attrs = element.attrs.filter((attribute) => !attribute.name.startsWith('on'))
    for (const attribute of [...element.attrs]) {
      if (addressAttributes.has(attribute.name)) {
        const resolved = absolute(attribute.value, siteUrl)
        if (resolved === null) removeAttr(element, attribute.name)
        else attribute.value = resolved
      } else if (attribute.name === 'srcset' || attribute.name === 'imagesrcset') {
        attribute.value = absoluteSrcset(attribute.value, siteUrl)
      }
    }
  }
}

/** The error messages a form's page embeds (`data-messages`); null unless they are a JSON object of texts. */
function messagesOf(host: Element): Record<string, string> | null {
  try {
    const parsed: unknown = JSON.parse(attr(host, 'data-messages') ?? '')
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return null
    const messages = Object.create(null) as Record<string, string>
    for (const [key, text] of Object.entries(parsed)) {
      if (typeof text !== 'string') return null
      messages[key] = text
    }
    return messages
  } catch {
    return null
  }
}

/**
 * Fills a page of the site in again for a refused form post.
 * @param template the page's HTML as built (never changed: it is parsed anew for every answer)
 * @param post what was posted and why it was refused
 * @param siteUrl the site's address, which the page's own addresses are made absolute to
 * @returns the page to answer with, or null when the page does not hold exactly one form posting to
 *   `post.action`, with its messages, error paragraphs and error summary
 */
export function fillRefusedForm(
  template: string,
  post: RefusedFormPost,
  siteUrl: string,
): FilledPage | null {
  const document = parse(template)
  const all = [...elementsOf(document)]
  const forms = all.filter(
    (element) =>
      element.tagName === 'form' &&
      (attr(element, 'method') ?? '').toLowerCase() === 'post' &&
      absolute(attr(element, 'action') ?? '', siteUrl) === post.action,
  )
  const [form] = forms
  if (!form || forms.length > 1) return null
  let host: ParentNode | null = form.parentNode
  while (host && !(tree.isElementNode(host) && attr(host, 'data-messages') !== undefined)) {
    host = tree.isElementNode(host) ? host.parentNode : null
  }
  if (!host || !tree.isElementNode(host)) return null
  const messages = messagesOf(host)
  const inHost = [...elementsOf(host)]
  const summary = inHost.find((element) => attr(element, 'data-summary') !== undefined)
  const list =
    summary && [...elementsOf(summary)].find((e) => attr(e, 'data-summary-list') !== undefined)
  if (!messages || !summary || !list) return null

  const fields = new Set(post.fields)
  const controlsByName = new Map<string, Element[]>()
  for (const control of elementsOf(form)) {
    const name = attr(control, 'name')
    if (!['input', 'select', 'textarea'].includes(control.tagName) || !name || !fields.has(name))
      continue
    if (
      control.tagName === 'input' &&
      untouchedInputTypes.has((attr(control, 'type') ?? '').toLowerCase())
    )
      continue
    refill(control, post.values, name)
    controlsByName.set(name, [...(controlsByName.get(name) ?? []), control])
  }

  const separator = attr(summary, 'data-separator') ?? ': '
  const items: Element[] = []
  const say = (keys: string[]) => keys.map((key) => messages[key] ?? key).join(' ')
  for (const [name, keys] of Object.entries(post.errors)) {
    if (!keys || keys.length === 0) continue
    const message = say(keys)
    const controls = controlsByName.get(name) ?? []
    const output = inHost.find((element) => attr(element, 'data-error-for') === name)
    const targetId = controls[0] && attr(controls[0], 'id')
    const item = newElement('li')
    if (output && targetId) {
      setText(output, message)
      removeAttr(output, 'hidden')
      for (const control of controls) setAttr(control, 'aria-invalid', 'true')
      const label = attr(output, 'data-label')
      const link = newElement('a', { href: `#${targetId}` })
      tree.insertText(link, label ? `${label}${separator}${message}` : message)
      tree.appendChild(item, link)
    } else tree.insertText(item, message)
    items.push(item)
  }
  if (items.length === 0) return null
  setText(list, '')
  for (const item of items) tree.appendChild(list, item)
  removeAttr(summary, 'hidden')
  // Without JavaScript nothing moves the focus to the summary: it goes to the top of the page's <main>, where
  // GOV.UK puts it, the first thing read after the header; the title says there is an error too.
  const main = all.find((element) => element.tagName === 'main')
  const first = main?.childNodes[0]
  if (main && summary.parentNode !== main) {
    remove(summary)
    if (first) tree.insertBefore(main, summary, first)
    else tree.appendChild(main, summary)
  }
  const title = all.find((element) => element.tagName === 'title')
  const prefix = attr(summary, 'data-title-prefix')
  if (title && prefix) setText(title, `${prefix}${textOf(title)}`)

  detachFromSite(document, siteUrl)
  const styleHashes = new Set(
    [...elementsOf(document)]
      .filter((element) => element.tagName === 'style')
      .map((style) => `'sha256-${createHash('sha256').update(textOf(style)).digest('base64')}'`),
  )
  return { html: serialize(document), styleHashes: [...styleHashes] }
}

/**
 * The Content-Security-Policy of a refilled page: nothing runs; styles from the site (and the page's own inline
 * `<style>` elements, by hash), images from the site, the CMS (media) and `data:`, no `<base>`, no framing. The
 * form posts to the CMS, whose answer redirects to the site's thank-you page: `form-action` names the site too,
 * as Chromium applies it to the redirects of a form's submission (CSP Level 3 leaves that to browsers).
 * @param siteOrigin e.g. `https://mist.example`
 * @param cmsOrigin e.g. `https://cms.mist.example`
 */
export function refusedFormPolicy(
  siteOrigin: string,
  cmsOrigin: string,
  styleHashes: readonly string[],
): string {
  return [
    "default-src 'none'",
    ['style-src', siteOrigin, ...styleHashes].join(' '),
    `img-src ${siteOrigin} ${cmsOrigin} data:`,
    `form-action ${cmsOrigin} ${siteOrigin}`,
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join('; ')
}
