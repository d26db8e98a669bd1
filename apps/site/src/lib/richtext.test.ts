import { describe, expect, it } from 'vitest'

import { isSafeHref, renderRichText } from './richtext.ts'

const text = (value: string, format = 0) => ({ type: 'text', text: value, format })
const doc = (...children: object[]) =>
  ({ root: { type: 'root', children } }) as Parameters<typeof renderRichText>[0]

describe('rich text rendering', () => {
  it('shows what editors typed literally: tags, ampersands, braces and emoji', () => {
    const html = renderRichText(
      doc({ type: 'paragraph', children: [text('<script>alert(1)</script> & {x} 😀')] }),
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
})
