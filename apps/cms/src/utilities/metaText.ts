/**
 * Suggested search-engine texts, for the SEO plugin's "auto-generate" buttons. Search engines cut
 * descriptions at about 150–160 characters (the plugin's own length tip says 100–150).
 */
export const metaDescriptionMaxLength = 155

/** Whitespace collapsed to single spaces, trimmed; `''` for anything that is not text. */
function plain(value: unknown): string {
  return typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : ''
}

/** The title as the document shows it: the site adds " · Mist" itself. */
export function metaTitleFrom(title: unknown): string {
  return plain(title)
}

/**
 * The first of `candidates` that has text (the summary, else the description), cut on a word boundary to at
 * most {@link metaDescriptionMaxLength} characters, an ellipsis marking the cut.
 */
export function metaDescriptionFrom(...candidates: unknown[]): string {
  const text = candidates.map(plain).find((candidate) => candidate !== '') ?? ''
  if (text.length <= metaDescriptionMaxLength) return text
  const cut = text.slice(0, metaDescriptionMaxLength - 1)
  const lastSpace = cut.lastIndexOf(' ')
  return `${(lastSpace > 40 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.–—-]+$/, '')}…`
}
