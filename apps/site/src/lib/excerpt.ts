/**
 * The first words of a text, for a card's few lines of summary: whole words up to `maxChars` characters
 * (Unicode code points), then an ellipsis; a text that fits is returned whole. Line breaks become spaces.
 * @param maxChars the longest excerpt, ellipsis included (at least 2)
 */
export function excerpt(text: string | null | undefined, maxChars = 180): string {
  const flat = (text ?? '').replace(/\s+/g, ' ').trim()
  const chars = [...flat]
  if (chars.length <= maxChars) return flat
  const cut = chars.slice(0, maxChars - 1).join('')
  const lastSpace = cut.lastIndexOf(' ')
  const words = lastSpace > maxChars / 2 ? cut.slice(0, lastSpace) : cut
  return `${words.replace(/[\s,;:.–—-]+$/u, '')}…`
}
