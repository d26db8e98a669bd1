import type { Block } from 'payload'

import { validatePublishedText } from '../fields/publishChecks/validatePublishedText.ts'
import { richTextEditor } from '../fields/richTextEditor.ts'

/**
 * Text between other blocks, with the editor of every text of the site (fields/richTextEditor.ts) and the same
 * rendering rules on the site (links, images, ADR 005).
 */
export const RichTextBlock: Block = {
  slug: 'rich-text',
  interfaceName: 'RichTextBlock',
  // Editors tell blocks apart by their type and content: a name of their own would read “Sans titre” in every row.
  admin: { disableBlockName: true },
  labels: {
    singular: { fr: 'Texte', en: 'Text' },
    plural: { fr: 'Textes', en: 'Texts' },
  },
  fields: [
    {
      name: 'content',
      type: 'richText',
      required: true,
      editor: richTextEditor,
      validate: validatePublishedText,
      label: { fr: 'Texte', en: 'Text' },
      admin: {
        description: {
          fr: 'Intertitres, listes, citations et liens. Commencez par un intertitre pour que la section se repère.',
          en: 'Headings, lists, quotes and links. Start with a heading so that the section can be found.',
        },
      },
    },
  ],
}
