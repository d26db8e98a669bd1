import type { Locale } from '@mist/schema'

/**
 * Synthetic content for the build-scale benchmark (issue 8, part 1): documents shaped like Mist's, in French
 * and English, with rich text holding headings, paragraphs, an internal link to another document and an image.
 * The words are placeholder text marked as such: this content only ever lives in a benchmark's throwaway
 * database, never on a site.
 */

/** The routed collections the benchmark fills, in turn (a quarter each). */
export const syntheticCollections = ['pages', 'publications', 'hearings', 'trainings'] as const
export type SyntheticCollection = (typeof syntheticCollections)[number]

interface LexicalNode {
  type: string
  version: number
  [key: string]: unknown
}

const element = { direction: 'ltr', format: '', indent: 0, version: 1 } as const
const text = (value: string): LexicalNode => ({
  type: 'text',
  text: value,
  detail: 0,
  format: 0,
  mode: 'normal',
  style: '',
  version: 1,
})
const paragraph = (children: LexicalNode[]): LexicalNode => ({
  type: 'paragraph',
  children,
  textFormat: 0,
  textStyle: '',
  ...element,
})

const filler: Record<Locale, string[]> = {
  fr: [
    'Texte de remplissage du banc d’essai, sans valeur d’information.',
    'Ce paragraphe a la longueur d’un paragraphe réel du site, pour mesurer la construction des pages.',
    'Il est répété avec un numéro pour que chaque document soit différent des autres.',
  ],
  en: [
    'Benchmark filler text, carrying no information.',
    'This paragraph is as long as a real paragraph of the site, to measure how pages are built.',
    'It is repeated with a number so that every document differs from the others.',
  ],
}

/**
 * A rich text value: a heading, three paragraphs, one with an internal link to `linkTo`, and the image
 * `imageId` (Lexical's upload node), as the admin's editor stores them.
 */
export function richText(
  locale: Locale,
  n: number,
  linkTo: { relationTo: SyntheticCollection; value: number } | null,
  imageId: number | null,
): { root: LexicalNode } {
  const lines = filler[locale]
  const children: LexicalNode[] = [
    { type: 'heading', tag: 'h2', children: [text(`${lines[0]} ${n}`)], ...element },
    paragraph([text(`${lines[1]} ${n}`)]),
  ]
  if (linkTo) {
    children.push(
      paragraph([
        text(`${lines[2]} `),
        {
          type: 'link',
          fields: { linkType: 'internal', doc: linkTo, newTab: false },
          children: [text(locale === 'fr' ? 'Document lié' : 'Linked document')],
          ...element,
          version: 3,
        },
      ]),
    )
  }
  if (imageId !== null) {
    children.push({
      type: 'upload',
      relationTo: 'media',
      value: imageId,
      fields: null,
      format: '',
      version: 3,
    })
  }
  return { root: { type: 'root', children, ...element } }
}

const titles: Record<SyntheticCollection, Record<Locale, string>> = {
  pages: { fr: 'Page d’essai', en: 'Test page' },
  publications: { fr: 'Publication d’essai', en: 'Test publication' },
  hearings: { fr: 'Audition d’essai', en: 'Test hearing' },
  trainings: { fr: 'Formation d’essai', en: 'Test training' },
}

/**
 * The localized fields of synthetic document number `n` in `locale` (title, slug, text), plus, for French (the
 * first write), the unlocalized required fields.
 */
export function syntheticDocument(
  collection: SyntheticCollection,
  locale: Locale,
  n: number,
  linkTo: { relationTo: SyntheticCollection; value: number } | null,
  imageId: number | null,
): Record<string, unknown> {
  const title = `${titles[collection][locale]} ${n}`
  const slug = `${locale === 'fr' ? 'essai' : 'test'}-${collection}-${n}`
  const date = `20${String(10 + (n % 16)).padStart(2, '0')}-${String(1 + (n % 12)).padStart(2, '0')}-01`
  const summary = `${filler[locale][1]} ${n}`
  const common = { title, slug, _status: 'published' }
  const first = locale === 'fr'
  switch (collection) {
    case 'pages':
      return { ...common, summary, body: richText(locale, n, linkTo, imageId) }
    case 'publications':
      return {
        ...common,
        summary,
        body: richText(locale, n, linkTo, imageId),
        ...(first ? { kind: 'report', origin: 'mist', date, datePrecision: 'month' } : {}),
      }
    case 'hearings':
      return {
        ...common,
        summary,
        ...(first ? { kind: 'hearing', institution: 'greta', date, datePrecision: 'day' } : {}),
      }
    case 'trainings':
      return {
        ...common,
        description: summary,
        ...(first ? { audience: 'adults', format: 'initial', onRequest: true } : {}),
      }
  }
}
