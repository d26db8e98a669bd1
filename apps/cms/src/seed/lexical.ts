import type { SeedBlock } from './types.ts'

/**
 * Builds Lexical editor state (the JSON `@payloadcms/richtext-lexical` stores) from plain seed blocks.
 * Shapes follow Lexical's serialized nodes (root, paragraph, heading, list, listitem, text), version 1.
 */
interface SerializedNode {
  type: string
  version: 1
  [key: string]: unknown
}

const elementDefaults = { direction: 'ltr', format: '', indent: 0, version: 1 } as const

function text(value: string): SerializedNode {
  return { type: 'text', text: value, detail: 0, format: 0, mode: 'normal', style: '', version: 1 }
}

function block(item: SeedBlock): SerializedNode {
  switch (item.kind) {
    case 'heading':
      return {
        type: 'heading',
        tag: `h${item.level}`,
        children: [text(item.text)],
        ...elementDefaults,
      }
    case 'paragraph':
      return {
        type: 'paragraph',
        children: [text(item.text)],
        textFormat: 0,
        textStyle: '',
        ...elementDefaults,
      }
    case 'list':
      return {
        type: 'list',
        listType: 'bullet',
        tag: 'ul',
        start: 1,
        children: item.items.map((entry, index) => ({
          type: 'listitem',
          value: index + 1,
          children: [text(entry)],
          ...elementDefaults,
        })),
        ...elementDefaults,
      }
  }
}

/** @returns a Lexical value `{ root }` holding `blocks` in order */
export function toLexical(blocks: SeedBlock[]): {
  root: SerializedNode & { children: SerializedNode[] }
} {
  return { root: { type: 'root', children: blocks.map(block), ...elementDefaults } }
}
