/**
 * Lists that grow with the content (the advocacy timeline and its filters, the publications library, the
 * trainings catalogue and its filters) are cut into static pages of {@link itemsPerPage} items: page 1 at the
 * list's own address, page 2 and after at `…/page/2/` (`listPagePath`). Links only, so it works without
 * JavaScript. A list that fits on one page has one page and no pagination navigation.
 */
import { listPagePath, type Locale } from '@mist/schema'

/**
 * Items per page. Fifty keeps a page of the timeline (title, kind, summary, PDF link per item) light to load
 * and quick to build, while a reader scrolls through a year or two of Mist's work before turning a page.
 */
export const itemsPerPage = 50

const checkPerPage = (perPage: number) => {
  if (!Number.isInteger(perPage) || perPage < 1)
    throw new RangeError(`Items per page is a whole number from 1, not ${perPage}.`)
}

/**
 * How many pages `total` items take: at least 1, since an empty list still has its page (saying it is empty).
 * @throws RangeError when `total` is negative or not whole, or `perPage` is not a whole number from 1
 */
export function pageCount(total: number, perPage: number = itemsPerPage): number {
  checkPerPage(perPage)
  if (!Number.isInteger(total) || total < 0)
    throw new RangeError(`A number of items is a whole number from 0, not ${total}.`)
  return Math.max(1, Math.ceil(total / perPage))
}

/**
 * The items of page `number` (from 1), in the list's order.
 * @throws RangeError when `number` is not one of the list's pages (1 to `pageCount`)
 */
export function pageItems<T>(
  items: readonly T[],
  number: number,
  perPage: number = itemsPerPage,
): T[] {
  const count = pageCount(items.length, perPage)
  if (!Number.isInteger(number) || number < 1 || number > count)
    throw new RangeError(`This list has pages 1 to ${count}, not ${number}.`)
  return items.slice((number - 1) * perPage, number * perPage)
}

/** One entry of a pagination navigation: a page's link, or a gap standing for pages not linked. */
export type PageLink = { number: number; href: string; current: boolean } | { gap: true }

/** The pagination navigation of one page of a list: previous, next (absent at the ends) and page links. */
export interface PaginationNav {
  previous: string | undefined
  next: string | undefined
  pages: PageLink[]
}

/** Page links on each side of the current page, besides the first and last pages (always linked). */
const around = 2

/**
 * The navigation of page `current` of a list of `count` pages whose first page is `basePath` in `locale`; the
 * first and last pages, and the two pages each side of the current one, are linked; other pages are gaps (a
 * gap never stands for one page alone: that page is linked).
 * @returns `undefined` when the list has one page (no navigation is shown)
 * @throws RangeError when `current` is not one of the `count` pages
 */
export function paginationNav(
  locale: Locale,
  basePath: string,
  current: number,
  count: number,
): PaginationNav | undefined {
  if (!Number.isInteger(current) || current < 1 || current > count)
    throw new RangeError(`This list has pages 1 to ${count}, not ${current}.`)
  if (count === 1) return undefined
  const href = (number: number) => listPagePath(locale, basePath, number)
  const linked = (number: number) =>
    number === 1 || number === count || Math.abs(number - current) <= around
  const pages: PageLink[] = []
  for (let number = 1; number <= count; number += 1) {
    // A gap would stand for one page only: the page's own number is as short as the ellipsis.
    const lone = !linked(number) && linked(number - 1) && linked(number + 1)
    if (linked(number) || lone)
      pages.push({ number, href: href(number), current: number === current })
    else if (!linked(number - 1)) continue
    else pages.push({ gap: true })
  }
  return {
    previous: current > 1 ? href(current - 1) : undefined,
    next: current < count ? href(current + 1) : undefined,
    pages,
  }
}
