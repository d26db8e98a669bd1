import { describe, expect, it } from 'vitest'

import type { MediaDoc } from '@mist/schema'

import { mediaLookup } from './media.ts'
import { isSafeHref, renderRichText, type RichTextContext } from './richtext.ts'

const text = (value: string, format = 0) => ({ type: 'text', text: value, format })
const doc = (...children: object[]) =>
  ({ root: { type: 'root', children } }) as Parameters<typeof renderRichText>[0]

const cms = 'https://cms.mist.test'
const poster: MediaDoc = {
  id: 7,
  url: '/api/media/file/affiche.png',
  filename: 'affiche.png',
  mimeType: 'image/png',
  filesize: 120_000,
  width: 1200,
  height: 800,
  alt: 'Affiche de la journée contre la traite',
  sizes: {
    small: { url: '/api/media/file/affiche-480x320.webp', width: 480, height: 320 },
    medium: { url: '/api/media/file/affiche-960x640.webp', width: 960, height: 640 },
    large: { url: null, width: null, height: null },
  },
}
const report: MediaDoc = {
  id: 8,
  url: '/api/media/file/rapport.pdf',
  filename: 'rapport.pdf',
  mimeType: 'application/pdf',
  filesize: 1_572_864,
  alt: null,
}
/** Published pages: 1 in French and English, 2 in French only; media readable by the public: 7 and 8. */
const paths: Record<string, string> = {
  'pages:1:fr': '/fr/droits/',
  'pages:1:en': '/en/rights/',
  'pages:2:fr': '/fr/seulement-en-francais/',
}
const context = (locale: 'fr' | 'en' = 'fr', englishAlt = true): RichTextContext => ({
  locale,
  pathOf: (collection, id, inLocale) => paths[`${collection}:${id}:${inLocale}`],
  mediaOf: mediaLookup(
    {
      fr: [poster, report],
      en: [
        { ...poster, alt: englishAlt ? 'Poster for the day against trafficking' : null },
        report,
      ],
    },
    cms,
  ),
})
const internalLink = (relationTo: string, value: unknown, label: string) => ({
  type: 'paragraph',
  children: [
    {
      type: 'link',
      fields: { linkType: 'internal', doc: { relationTo, value } },
      children: [text(label)],
    },
  ],
})

describe('rich text rendering', () => {
  it('shows what editors typed literally: tags, ampersands, braces and emoji', () => {
    const html = renderRichText(
      doc({ type: 'paragraph', children: [text('<script>alert(1)</script> & {x} 😀')] }),
      context(),
    )
    expect(html).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; {x} 😀</p>')
  })

  it('renders headings, nested lists and bold text', () => {
    const html = renderRichText(
      doc(
        { type: 'heading', tag: 'h2', children: [text('Droits')] },
        {
          type: 'list',
          listType: 'bullet',
          children: [{ type: 'listitem', children: [text('asile', 1)] }],
        },
      ),
      context(),
    )
    expect(html).toBe('<h2>Droits</h2><ul><li><strong>asile</strong></li></ul>')
  })

  it('turns a javascript: link into plain text and keeps safe links', () => {
    const bad = renderRichText(
      doc({
        type: 'paragraph',
        children: [
          { type: 'link', fields: { url: 'javascript:alert(1)' }, children: [text('clic')] },
        ],
      }),
      context(),
    )
    expect(bad).toBe('<p>clic</p>')
    const good = renderRichText(
      doc({
        type: 'paragraph',
        children: [
          {
            type: 'link',
            fields: { url: 'https://example.org/a?b=1&c=2', newTab: true },
            children: [text('lien')],
          },
        ],
      }),
      context(),
    )
    expect(good).toBe(
      '<p><a href="https://example.org/a?b=1&amp;c=2" target="_blank" rel="noopener noreferrer">lien</a></p>',
    )
    const sameTab = renderRichText(
      doc({
        type: 'paragraph',
        children: [
          { type: 'link', fields: { url: '/fr/formations/' }, children: [text('interne')] },
        ],
      }),
      context(),
    )
    expect(sameTab).toBe('<p><a href="/fr/formations/">interne</a></p>')
  })

  it('accepts only http, https, mailto, tel and relative URLs', () => {
    expect(
      ['https://a.fr', 'mailto:a@b.fr', 'tel:+33100000000', '/fr/', '../x', '#top'].every(
        isSafeHref,
      ),
    ).toBe(true)
    expect(
      ['javascript:x', 'data:text/html,x', 'vbscript:x', '//evil.example'].some(isSafeHref),
    ).toBe(false)
  })

  it('leads an internal link to the linked page in the page’s language, else to its French page', () => {
    const link = internalLink('pages', 1, 'nos droits')
    expect(renderRichText(doc(link), context('fr'))).toBe(
      '<p><a href="/fr/droits/">nos droits</a></p>',
    )
    expect(renderRichText(doc(link), context('en'))).toBe(
      '<p><a href="/en/rights/">nos droits</a></p>',
    )
    expect(renderRichText(doc(internalLink('pages', 2, 'only French')), context('en'))).toBe(
      '<p><a href="/fr/seulement-en-francais/" hreflang="fr">only French</a></p>',
    )
    // A populated link (depth ≥ 1) leads to the same page as an id.
    expect(renderRichText(doc(internalLink('pages', { id: 1 }, 'x')), context('en'))).toBe(
      '<p><a href="/en/rights/">x</a></p>',
    )
  })

  it('renders an internal link to an unpublished document or a collection without pages as text', () => {
    expect(renderRichText(doc(internalLink('pages', 99, 'brouillon')), context())).toBe(
      '<p>brouillon</p>',
    )
    expect(renderRichText(doc(internalLink('users', 1, 'compte')), context())).toBe('<p>compte</p>')
  })

  it('shows a placed image with its sizes, the editor’s alt text, width and height', () => {
    const html = renderRichText(doc({ type: 'upload', relationTo: 'media', value: 7 }), context())
    expect(html).toBe(
      '<figure><img src="https://cms.mist.test/api/media/file/affiche-480x320.webp"' +
        ' srcset="https://cms.mist.test/api/media/file/affiche-480x320.webp 480w,' +
        ' https://cms.mist.test/api/media/file/affiche-960x640.webp 960w,' +
        ' https://cms.mist.test/api/media/file/affiche.png 1200w"' +
        ' sizes="(min-width: 48rem) 42rem, 100vw" width="1200" height="800"' +
        ' alt="Affiche de la journée contre la traite" loading="lazy" decoding="async"></figure>',
    )
    expect(
      renderRichText(doc({ type: 'upload', relationTo: 'media', value: 7 }), context('en')),
    ).toContain('alt="Poster for the day against trafficking" loading')
  })

  it('uses the French alt text, marked as French, when the English one is not written', () => {
    const html = renderRichText(
      doc({ type: 'upload', relationTo: 'media', value: 7 }),
      context('en', false),
    )
    expect(html).toContain('alt="Affiche de la journée contre la traite" lang="fr"')
  })

  it('links a placed PDF with its size, and shows nothing for a file the public cannot read', () => {
    expect(
      renderRichText(doc({ type: 'upload', relationTo: 'media', value: 8 }), context('fr')),
    ).toMatch(
      /^<p><a href="https:\/\/cms\.mist\.test\/api\/media\/file\/rapport\.pdf" type="application\/pdf">rapport\.pdf<\/a> \(1,5\sMo\)<\/p>$/,
    )
    expect(
      renderRichText(doc({ type: 'upload', relationTo: 'media', value: 9 }), context('fr')),
    ).toBe('')
  })
})
