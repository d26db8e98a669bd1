import { routedCollections } from '@mist/schema'
import { LinkFeature, UploadFeature, lexicalEditor } from '@payloadcms/richtext-lexical'

/**
 * The rich-text editor of every collection. Links to content may point only at collections that have pages on
 * the site (the site resolves them per locale); uploads only at media. Lexical's "relationship" block is left
 * out: the site has nothing to show for it, and an editor would see it vanish on the public page.
 */
export const richTextEditor = lexicalEditor({
  features: ({ defaultFeatures }) => [
    ...defaultFeatures.filter(
      (feature) => !['link', 'relationship', 'upload'].includes(feature.key),
    ),
    LinkFeature({ enabledCollections: [...routedCollections] }),
    UploadFeature({ enabledCollections: ['media'] }),
  ],
})
