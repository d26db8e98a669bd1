import { describe, expect, it } from 'vitest'

import { excerptParts } from './search-excerpt.ts'

describe('excerpts of search results', () => {
  it('keeps the matched words apart, to be shown highlighted', () => {
    expect(excerptParts('des formations et des <mark>ateliers,</mark> l’association')).toEqual([
      { text: 'des formations et des ', marked: false },
      { text: 'ateliers,', marked: true },
      { text: ' l’association', marked: false },
    ])
  })

  it('gives back markup written as text in a page as text, never as an element', () => {
    expect(excerptParts('write &lt;script&gt;alert(1)&lt;/script&gt; & <mark>more</mark>')).toEqual(
      [
        { text: 'write <script>alert(1)</script> & ', marked: false },
        { text: 'more', marked: true },
      ],
    )
  })
})
