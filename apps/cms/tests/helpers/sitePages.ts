import { readFileSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'

import type { Locale } from '@mist/schema'
import { defaultTreeAdapter as tree, parse, type DefaultTreeAdapterTypes } from 'parse5'
import { inject } from 'vitest'

/*
 * Pages of the site as it builds them, for the intake's answer to a refused form post
 * (docs/decisions/028-refused-form-without-javascript.md). The markup mirrors the built pages of
 * apps/site/src/components (RequestFormFrame.astro, QuoteForm.astro, TextField.astro, ErrorSummary.astro), with
 * the site's own UI texts; the browser tests (tests/e2e/quote-request.e2e.spec.ts,
 * membership-appointment.e2e.spec.ts) check the real pages.
 */

interface UiTexts {
  form: Record<string, unknown> & { errors: Record<string, string> }
}

const texts = (locale: Locale): UiTexts =>
  JSON.parse(
    readFileSync(
      path.resolve(import.meta.dirname, `../../../site/src/i18n/${locale}.json`),
      'utf8',
    ),
  ) as UiTexts

const escape = (value: string) =>
  value
    .replaceAll('&', '&amp;')
    .replaceAll('"', '&quot;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')

/** The inline style every fixture page holds (built pages may hold some: Astro inlines small stylesheets). */
export const fixtureStyle = '.fixture{color:inherit}'

/** One field of a fixture form. */
export type FixtureField =
  | { name: string; label: string; kind: 'text' | 'textarea' | 'checkbox' }
  | { name: string; label: string; kind: 'select' | 'radio'; options: Array<[string, string]> }

function fieldHtml(prefix: string, field: FixtureField): string {
  const id = `${prefix}-${field.name}`
  const error = `<p class="field-error" id="${id}-error" data-error-for="${field.name}" data-label="${escape(field.label)}" hidden></p>`
  const described = `aria-describedby="${id}-error"`
  switch (field.kind) {
    case 'text':
      return `<div data-field="${field.name}"><label for="${id}">${escape(field.label)} *</label><input id="${id}" name="${field.name}" type="text" ${described}>${error}</div>`
    case 'textarea':
      return `<div data-field="${field.name}"><label for="${id}">${escape(field.label)}</label><textarea id="${id}" name="${field.name}" rows="5" ${described}></textarea>${error}</div>`
    case 'checkbox':
      return `<div class="consent"><input id="${id}" name="${field.name}" type="checkbox" required ${described}><label for="${id}">${escape(field.label)} *</label>${error}</div>`
    case 'select':
      return `<div data-field="${field.name}"><label for="${id}">${escape(field.label)} *</label><select id="${id}" name="${field.name}" ${described}>${field.options
        .map(
          ([value, label], index) =>
            `<option value="${escape(value)}"${index === 0 ? ' selected' : ''}>${escape(label)}</option>`,
        )
        .join('')}</select>${error}</div>`
    case 'radio':
      return `<fieldset aria-describedby="${id}-error"><legend>${escape(field.label)} *</legend>${field.options
        .map(
          ([value, label]) =>
            `<div class="choice"><input id="${id}-${value}" name="${field.name}" type="radio" value="${escape(value)}" required><label for="${id}-${value}">${escape(label)}</label></div>`,
        )
        .join('')}${error}</fieldset>`
  }
}

/**
 * A built page holding one request form, with what every built page has around it: the page's own policy in a
 * `<meta>`, a stylesheet and an image by relative address, an inline style, scripts, links.
 * @param form the intake's name (`membership-request`), the fields' id prefix, and the fields
 */
export function formPage(options: {
  locale: Locale
  path: string
  cmsUrl: string
  intake: string
  prefix: string
  title: string
  fields: FixtureField[]
}): string {
  const t = texts(options.locale)
  const messages = Object.fromEntries(
    Object.entries(t.form.errors).map(([name, text]) => [`form.errors.${name}`, text]),
  )
  const { prefix, locale } = options
  return `<!DOCTYPE html><html lang="${locale}" dir="ltr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="referrer" content="strict-origin-when-cross-origin"><link rel="icon" href="data:,"><title>${escape(options.title)} · Mist</title><meta name="robots" content="noindex"><link rel="stylesheet" href="/_astro/index.Test1234.css"><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-abc'"><style>${fixtureStyle}</style><link rel="modulepreload" href="/_astro/form.Test1234.js"></head><body><a class="skip-link" href="#content">Aller au contenu</a><header class="site-header"><a href="/${locale}/">Mist</a><img src="/_astro/logo.svg" srcset="/_astro/logo.svg 1x, /_astro/logo@2x.png 2x" alt=""><a href="/${locale}/securite/" onclick="leave()">Sortie rapide</a></header><div class="wrapper"><main id="content" class="site-main"><article class="stack"><h1 id="form-heading">${escape(options.title)}</h1><mist-${prefix}-form data-messages="${escape(JSON.stringify(messages))}" data-sending="…"><div class="error-summary" data-summary tabindex="-1" aria-labelledby="${prefix}-summary-title" data-separator="${escape(String(t.form.errorSummarySeparator))}" data-title-prefix="${escape(String(t.form.errorTitlePrefix))}" hidden><div role="alert"><h2 class="error-summary-title" id="${prefix}-summary-title">${escape(String(t.form.errorSummaryTitle))}</h2><ul data-summary-list></ul></div></div><form class="request" method="post" action="${options.cmsUrl}/api/forms/${options.intake}" aria-labelledby="form-heading" novalidate><input type="hidden" name="locale" value="${locale}"><input type="hidden" name="page" value="${options.path}"><div class="hp" aria-hidden="true"><label for="${prefix}-website">…</label><input id="${prefix}-website" name="website" type="text" tabindex="-1" autocomplete="off"></div>${options.fields.map((field) => fieldHtml(prefix, field)).join('')}<div><button type="submit">Envoyer</button></div></form></mist-${prefix}-form><script type="module" src="/_astro/form.Test1234.js"></script><script>document.title = 'inline'</script></article></main></div><footer><a href="/${locale}/accessibilite/">Accessibilité</a></footer></body></html>`
}

/** The membership form's page in `locale`, at `path`, posting to `cmsUrl`. */
export function membershipPage(locale: Locale, pagePath: string, cmsUrl: string): string {
  const t = texts(locale).form as Record<string, string>
  return formPage({
    locale,
    path: pagePath,
    cmsUrl,
    intake: 'membership-request',
    prefix: 'membership',
    title: locale === 'fr' ? 'Devenir membre' : 'Become a member',
    fields: [
      { name: 'name', label: String(t.name), kind: 'text' },
      { name: 'email', label: String(t.email), kind: 'text' },
      { name: 'phone', label: String(t.phone), kind: 'text' },
      { name: 'organisation', label: String(t.optionalOrganisation), kind: 'text' },
      { name: 'message', label: String(t.optionalMessage), kind: 'textarea' },
      { name: 'consent', label: String(t.consentShort), kind: 'checkbox' },
    ],
  })
}

/** The appointment form's page in French, at `path`, posting to `cmsUrl`. */
export function appointmentPage(pagePath: string, cmsUrl: string): string {
  return formPage({
    locale: 'fr',
    path: pagePath,
    cmsUrl,
    intake: 'appointment-request',
    prefix: 'appointment',
    title: 'Prendre rendez-vous',
    fields: [
      { name: 'name', label: 'Prénom ou pseudonyme', kind: 'text' },
      {
        name: 'contactBy',
        label: 'Moyen de contact',
        kind: 'radio',
        options: [
          ['phone', 'Par téléphone'],
          ['email', 'Par courriel'],
        ],
      },
      { name: 'phone', label: 'Numéro de téléphone', kind: 'text' },
      { name: 'safeTimes', label: 'Quand pouvons-nous vous appeler sans risque ?', kind: 'text' },
      { name: 'email', label: 'Adresse électronique', kind: 'text' },
      { name: 'message', label: 'Message (facultatif)', kind: 'textarea' },
      { name: 'consent', label: 'Consentement', kind: 'checkbox' },
    ],
  })
}

/** A training's page with the quote form in `locale`, the trainings offered as `[id, title]`. */
export function quotePage(
  locale: Locale,
  pagePath: string,
  cmsUrl: string,
  trainings: Array<[string, string]>,
): string {
  const t = texts(locale).form as Record<string, string>
  return formPage({
    locale,
    path: pagePath,
    cmsUrl,
    intake: 'quote-request',
    prefix: 'quote',
    title: trainings[0]?.[1] ?? 'Formation',
    fields: [
      { name: 'name', label: String(t.name), kind: 'text' },
      { name: 'organisation', label: String(t.organisation), kind: 'text' },
      { name: 'email', label: String(t.email), kind: 'text' },
      { name: 'phone', label: String(t.phone), kind: 'text' },
      {
        name: 'training',
        label: String(t.training),
        kind: 'select',
        options: [...trainings, ['other', String(t.trainingOtherOption)]],
      },
      { name: 'trainingOther', label: String(t.trainingOther), kind: 'text' },
      { name: 'participants', label: String(t.participants), kind: 'text' },
      { name: 'message', label: String(t.message), kind: 'textarea' },
      { name: 'consent', label: String(t.consentShort), kind: 'checkbox' },
    ],
  })
}

/**
 * Puts a page into the run's site build (SITE_BUILDS_DIR, its `current` release), where the intake reads it.
 * Each test uses pages of its own paths: the intake keeps the pages it has read.
 */
export async function publishSitePage(pagePath: string, html: string): Promise<void> {
  const buildsDir = inject('siteBuildsDir')
  // The release the run's `current` link points to (helpers/globalSetup.ts).
  const release = path.join(buildsDir, 'releases', 'test-release')
  const folder = path.join(release, ...pagePath.split('/').filter(Boolean))
  await mkdir(folder, { recursive: true })
  await writeFile(path.join(folder, 'index.html'), html)
}

/** A page as a browser reads it: its elements in document order, with their attributes and texts. */
export function reparse(html: string) {
  type Node = DefaultTreeAdapterTypes.Node
  const elements: Array<{ tag: string; attrs: Record<string, string>; text: string }> = []
  const text = (node: Node): string =>
    tree.isTextNode(node)
      ? node.value
      : 'childNodes' in node
        ? node.childNodes.map(text).join('')
        : ''
  const walk = (node: Node) => {
    if (tree.isElementNode(node)) {
      elements.push({
        tag: node.tagName,
        attrs: Object.fromEntries(node.attrs.map((attr) => [attr.name, attr.value])),
        text: text(node),
      })
    }
    if ('childNodes' in node) node.childNodes.forEach(walk)
  }
  walk(parse(html))
  const byId = (id: string) => elements.find((element) => element.attrs.id === id)
  return { elements, byId }
}
