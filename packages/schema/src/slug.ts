/**
 * Slug policy (docs/decisions/002-slugs.md): ASCII-folded from the title of the same locale, lowercase,
 * words joined by `-`, at most 80 characters, cut on a word boundary. Editors may change it.
 * Folding: Unicode NFKD then combining marks dropped (é → e), plus the ligatures and letters NFKD keeps
 * (œ → oe, æ → ae, ß → ss, ø → o, ł → l); apostrophes (' ’) join words without a dash (l’enfance → lenfance).
 */
const extraFolds: Record<string, string> = {
  œ: 'oe',
  æ: 'ae',
  ß: 'ss',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  þ: 'th',
}
export const slugMaxLength = 80

/** @returns the slug for `title`, or `''` when the title has no letter or digit */
export function slugify(title: string): string {
  const folded = title
    .toLowerCase()
    .replace(/[œæßøłđþ]/g, (char) => extraFolds[char] ?? char)
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/['’ʼ]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  if (folded.length <= slugMaxLength) return folded
  const cut = folded.slice(0, slugMaxLength + 1)
  const lastDash = cut.lastIndexOf('-')
  return (lastDash > 0 ? cut.slice(0, lastDash) : cut.slice(0, slugMaxLength)).replace(/-+$/, '')
}

/** True when `value` is a slug the site can route: lowercase ASCII words joined by single dashes. */
export function isValidSlug(value: string): boolean {
  return value.length <= slugMaxLength && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(value)
}
