/** A run of an excerpt's text; `marked` when it is a word the search matched. */
export interface ExcerptPart {
  text: string
  marked: boolean
}

/**
 * The text of a Pagefind excerpt, split where Pagefind put `<mark>` around matched words, for the search page
 * to render as text nodes and `<mark>` elements (never as HTML). Pagefind 1.x escapes `<` and `>` of the
 * page's text as `&lt;` and `&gt;` before adding its marks (and leaves `&` as it is), so the marks are the
 * only tags; they are undone here, so a page that shows `<script>` as text shows it as text in a result too.
 * @param excerpt a result's `excerpt` from Pagefind's `data()`
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = []
  let marked = false
  for (const piece of excerpt.split(/(<\/?mark>)/)) {
    if (piece === '<mark>') marked = true
    else if (piece === '</mark>') marked = false
    else if (piece !== '')
      parts.push({ text: piece.replaceAll('&lt;', '<').replaceAll('&gt;', '>'), marked })
  }
  return parts
}
