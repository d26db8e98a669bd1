import type { LexicalNode } from '@mist/schema'

/** Link texts that say nothing of where the link leads, compared after {@link normaliseLinkText}. */
export const vagueLinkTexts: readonly string[] = [
  'ici',
  'cliquez ici',
  'lien',
  'here',
  'click here',
  'link',
]

/** A problem found in one rich-text value, in words an editor can act on, in French and English. */
export interface TextProblem {
  fr: string
  en: string
}

/** A file or document a rich-text value points at, to be checked against what is stored. */
export type TextReference =
  | { kind: 'upload'; id: number | string }
  | { kind: 'internal-link'; collection: string; id: number | string; text: string }

/** Lower case, spaces collapsed, punctuation around the words dropped: « Cliquez ici ! » → `cliquez ici`. */
export function normaliseLinkText(text: string): string {
  return text
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, '')
}

/** The text a node shows, its descendants' text joined, spaces collapsed. */
export function textOf(node: LexicalNode): string {
  if (node.type === 'text') return typeof node.text === 'string' ? node.text : ''
  if (node.type === 'linebreak' || node.type === 'tab') return ' '
  return (node.children ?? []).map(textOf).join('').replace(/\s+/g, ' ').trim()
}

/** `h1` → 2 (the site shows an editor's h1 as h2: the page's title is its only h1), `h3` → 3, other → 2. */
function headingLevel(node: LexicalNode): number {
  const match = typeof node.tag === 'string' ? /^h([1-6])$/.exec(node.tag) : null
  return match ? Math.max(2, Number(match[1])) : 2
}

const shorten = (text: string): string => (text.length > 60 ? `${text.slice(0, 57)}…` : text)

/**
 * The problems a reader would meet in `root` that need no database to find, in document order:
 * - a heading more than one level below the heading before it (the page's title counts as level 1), which
 *   breaks the outline screen-reader users navigate by (WCAG 2.2, 1.3.1 Info and Relationships; technique G141);
 * - a link whose text is empty or only one of {@link vagueLinkTexts}: out of context, as screen readers list
 *   links, it says nothing of where it leads (WCAG 2.2, 2.4.4 Link Purpose (In Context)).
 *
 * @param root the Lexical root node of one rich-text value, in one locale
 * @returns an empty list when the text can be published as it is
 */
export function findTextProblems(root: LexicalNode): TextProblem[] {
  const problems: TextProblem[] = []
  let previousLevel = 1
  const visit = (node: LexicalNode): void => {
    if (node.type === 'heading') {
      const level = headingLevel(node)
      if (level > previousLevel + 1) {
        const title = shorten(textOf(node))
        problems.push({
          fr: `L’intertitre « ${title} » est de niveau ${level} après un niveau ${previousLevel} : choisissez le niveau ${previousLevel + 1} (H${previousLevel + 1}) pour ne pas sauter de niveau.`,
          en: `The heading “${title}” is level ${level} after a level ${previousLevel}: choose level ${previousLevel + 1} (H${previousLevel + 1}) so that no level is skipped.`,
        })
      }
      previousLevel = level
    }
    if (node.type === 'link' || node.type === 'autolink') {
      const text = textOf(node)
      const normalised = normaliseLinkText(text)
      if (normalised === '')
        problems.push({
          fr: 'Un lien n’a pas de texte : écrivez où il mène.',
          en: 'A link has no text: write where it leads.',
        })
      else if (vagueLinkTexts.includes(normalised))
        problems.push({
          fr: `Le lien « ${text} » ne dit pas où il mène : écrivez sa destination (par exemple « nos formations » plutôt que « cliquez ici »).`,
          en: `The link “${text}” does not say where it leads: write its destination (for example “our trainings” rather than “click here”).`,
        })
    }
    for (const child of node.children ?? []) visit(child)
  }
  visit(root)
  return problems
}

const idOf = (value: unknown): number | string | undefined => {
  if (typeof value === 'number' || typeof value === 'string') return value
  if (value !== null && typeof value === 'object' && 'id' in value) {
    const id = value.id
    if (typeof id === 'number' || typeof id === 'string') return id
  }
  return undefined
}

/**
 * The files shown (`upload` nodes) and the documents linked (`link` nodes of type `internal`) in `root`, in
 * document order, whether Payload holds them as ids or as populated documents.
 */
export function findReferences(root: LexicalNode): TextReference[] {
  const references: TextReference[] = []
  const visit = (node: LexicalNode): void => {
    if (node.type === 'upload') {
      const id = idOf(node.value)
      if (id !== undefined) references.push({ kind: 'upload', id })
    }
    if (node.type === 'link') {
      const fields = (node.fields ?? {}) as { linkType?: unknown; doc?: unknown }
      const doc = fields.doc as { relationTo?: unknown; value?: unknown } | null | undefined
      const id = idOf(doc?.value)
      if (fields.linkType === 'internal' && typeof doc?.relationTo === 'string' && id !== undefined)
        references.push({
          kind: 'internal-link',
          collection: doc.relationTo,
          id,
          text: textOf(node),
        })
    }
    for (const child of node.children ?? []) visit(child)
  }
  visit(root)
  return references
}
