import type { LexicalNode } from '@mist/schema'
import { describe, expect, it } from 'vitest'

import { findReferences, findTextProblems, normaliseLinkText } from './textChecks.ts'

const text = (value: string): LexicalNode => ({ type: 'text', text: value })
const heading = (tag: string, value: string): LexicalNode => ({
  type: 'heading',
  tag,
  children: [text(value)],
})
const paragraph = (...children: LexicalNode[]): LexicalNode => ({ type: 'paragraph', children })
const link = (value: string, fields: Record<string, unknown> = { url: '/fr/formations/' }) => ({
  type: 'link',
  fields,
  children: value === '' ? [] : [text(value)],
})
const root = (...children: LexicalNode[]): LexicalNode => ({ type: 'root', children })

describe('checks of a text before it is published', () => {
  it('accepts headings that go down one level at a time and back up', () => {
    const value = root(
      heading('h2', 'Vos droits'),
      heading('h3', 'L’asile'),
      heading('h4', 'La demande'),
      heading('h2', 'Être accompagné·e'),
      heading('h3', 'Un rendez-vous'),
    )
    expect(findTextProblems(value)).toEqual([])
  })

  it('names a heading that skips a level, and the level to use instead', () => {
    const value = root(heading('h2', 'Vos droits'), heading('h4', 'La demande d’asile'))
    const [problem, ...others] = findTextProblems(value)
    expect(others).toEqual([])
    expect(problem?.fr).toContain('« La demande d’asile »')
    expect(problem?.fr).toContain('niveau 3')
    expect(problem?.en).toContain('“La demande d’asile”')
  })

  it('counts the page title as level 1: a text may open on H2 (or H1, shown as H2) but not on H3', () => {
    expect(findTextProblems(root(heading('h1', 'Vos droits'), heading('h3', 'Asile')))).toEqual([])
    expect(findTextProblems(root(heading('h3', 'Asile')))).toHaveLength(1)
  })

  it('refuses links that say nothing of where they lead, whatever their case or punctuation', () => {
    for (const vague of [
      'ici',
      'Cliquez ici !',
      ' lien ',
      'Here.',
      'CLICK HERE',
      'link',
      '…ici…',
    ]) {
      const problems = findTextProblems(root(paragraph(text('Le guide est '), link(vague))))
      expect(problems, vague).toHaveLength(1)
      expect(problems[0]?.fr, vague).toContain('ne dit pas où il mène')
    }
  })

  it('refuses a link without text, and accepts a link that names its destination', () => {
    expect(findTextProblems(root(paragraph(link(''))))[0]?.en).toBe(
      'A link has no text: write where it leads.',
    )
    const fine = root(paragraph(text('Voir '), link('les formations pour les professionnels')))
    expect(findTextProblems(fine)).toEqual([])
    // A destination that merely contains a vague word is a real description.
    expect(findTextProblems(root(paragraph(link('Le lien entre traite et asile'))))).toEqual([])
  })

  it('finds the files and the documents a text points at, stored as ids or as populated documents', () => {
    const value = root(
      { type: 'upload', relationTo: 'media', value: 7 },
      paragraph(
        link('notre audition', {
          linkType: 'internal',
          doc: { relationTo: 'hearings', value: { id: 3, title: 'Audition' } },
        }),
        link('un site', { linkType: 'custom', url: 'https://example.org/' }),
      ),
    )
    expect(findReferences(value)).toEqual([
      { kind: 'upload', id: 7 },
      { kind: 'internal-link', collection: 'hearings', id: 3, text: 'notre audition' },
    ])
  })

  it('normalises a link text for comparison', () => {
    expect(normaliseLinkText('  « Cliquez   ICI » ')).toBe('cliquez ici')
  })
})
