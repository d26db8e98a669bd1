import { routedCollections } from '@mist/schema'
import { redirectsPlugin } from '@payloadcms/plugin-redirects'
import type { Plugin } from 'payload'

import { redirectsOverrides } from '../collections/Redirects/index.ts'
import { redirectOldPaths, rememberPublicPaths } from '../hooks/redirectOldPaths.ts'

/**
 * The `redirects` collection (@payloadcms/plugin-redirects): an old path of the site and the content or
 * address it leads to now. The site emits each redirect as a stub page and in `redirects.json`, which the
 * site server answers with a 301. The collections with pages get the hooks that write redirects by
 * themselves when a published address changes (hooks/redirectOldPaths.ts).
 */
export function redirects(): Plugin {
  const upstream = redirectsPlugin({
    collections: [...routedCollections],
    overrides: redirectsOverrides,
  })
  return (config) => {
    const withRedirects = upstream(config)
    return {
      ...withRedirects,
      collections: withRedirects.collections?.map((collection) =>
        (routedCollections as readonly string[]).includes(collection.slug)
          ? {
              ...collection,
              hooks: {
                ...collection.hooks,
                beforeChange: [...(collection.hooks?.beforeChange ?? []), rememberPublicPaths],
                afterChange: [...(collection.hooks?.afterChange ?? []), redirectOldPaths],
              },
            }
          : collection,
      ),
    }
  }
}
