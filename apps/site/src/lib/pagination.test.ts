import { describe, expect, it } from 'vitest'

import { itemsPerPage, pageCount, pageItems, paginationNav, type PageLink } from './pagination.ts'

const numbered = (count: number) => Array.from({ length: count }, (_, i) => i + 1)
/** The page links as a reader sees them: numbers, `…` for a gap, the current page in brackets. */
const shown = (pages: PageLink[] | undefined) =>
  (pages ?? []).map((link) =>
    'gap' in link ? '…' : link.current ? `[${link.number}]` : String(link.number),
  )

describe('how many pages a list takes', () => {
  it('gives an empty list its one page', () => {
    expect(pageCount(0)).toBe(1)
  })

  it('keeps a list of exactly one page on one page, and gives one item more a second page', () => {
    expect(pageCount(itemsPerPage)).toBe(1)
    expect(pageCount(itemsPerPage + 1)).toBe(2)
    expect(pageCount(120, 50)).toBe(3)
  })

  it('refuses a negative number of items', () => {
    expect(() => pageCount(-1)).toThrow(RangeError)
  })
})

describe('the items of a page', () => {
  it('cuts the list in order, the last page holding what is left', () => {
    const items = numbered(itemsPerPage + 1)
    expect(pageItems(items, 1)).toEqual(numbered(itemsPerPage))
    expect(pageItems(items, 2)).toEqual([itemsPerPage + 1])
  })

  it('shows an empty list as its first page, empty', () => {
    expect(pageItems([], 1)).toEqual([])
  })

  it('has no page beyond the last, nor a page 0', () => {
    expect(() => pageItems(numbered(itemsPerPage), 2)).toThrow(RangeError)
    expect(() => pageItems(numbered(3), 0)).toThrow(RangeError)
  })
})

describe('the pagination navigation', () => {
  it('is absent when everything fits on one page', () => {
    expect(paginationNav('fr', '/fr/publications/', 1, pageCount(itemsPerPage))).toBeUndefined()
  })

  it('links page 1 at the list’s own address and page 2 under page/2/, in both locales', () => {
    const fr = paginationNav('fr', '/fr/plaidoyer/annee/2023/', 1, 2)
    expect(fr?.pages).toEqual([
      { number: 1, href: '/fr/plaidoyer/annee/2023/', current: true },
      { number: 2, href: '/fr/plaidoyer/annee/2023/page/2/', current: false },
    ])
    expect(fr?.previous).toBeUndefined()
    expect(fr?.next).toBe('/fr/plaidoyer/annee/2023/page/2/')
    const en = paginationNav('en', '/en/publications/', 2, 2)
    expect(en?.previous).toBe('/en/publications/')
    expect(en?.next).toBeUndefined()
    expect(shown(en?.pages)).toEqual(['1', '[2]'])
  })

  it('links the first and last pages and those around the current one, with gaps between', () => {
    expect(shown(paginationNav('fr', '/fr/publications/', 10, 20)?.pages)).toEqual([
      '1',
      '…',
      '8',
      '9',
      '[10]',
      '11',
      '12',
      '…',
      '20',
    ])
  })

  it('links a page rather than hide it alone behind a gap', () => {
    expect(shown(paginationNav('en', '/en/publications/', 4, 7)?.pages)).toEqual([
      '1',
      '2',
      '3',
      '[4]',
      '5',
      '6',
      '7',
    ])
  })

  it('refuses a current page outside the list', () => {
    expect(() => paginationNav('fr', '/fr/publications/', 3, 2)).toThrow(RangeError)
  })
})
