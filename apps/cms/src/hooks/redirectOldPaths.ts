import {
  documentPath,
  hasLocaleVersion,
  isRoutedCollection,
  locales,
  type Locale,
  type RoutedCollection,
} from '@mist/schema'
import type {
  CollectionAfterChangeHook,
  CollectionBeforeChangeHook,
  PayloadRequest,
  RequestContext,
} from 'payload'

import { redirectsSlug } from '../collections/Redirects/index.ts'
import { skipSiteBuild } from './requestSiteBuild.ts'

/**
 * Old links keep working when an editor changes a published document's address (issue 4): when the public
 * version of a document moves from one path to another in a locale, a redirect from the old path to the
 * document is written in the same transaction; the site resolves it to the document's current path. A
 * redirect whose old path is live again (the slug changed back, or another document took it) is removed, so
 * a redirect never hides a page nor loops.
 *
 * Public paths are read from the collection's main row, which holds the published version (draft saves and
 * autosaves only write versions, see requestSiteBuild.ts), in every locale at once. Paths come from
 * `documentPath` of @mist/schema, the function the site builds its routes with.
 */
type PublicPaths = Partial<Record<Locale, string>>

const stateKey = (collection: string, id: number | string) => `redirects:before:${collection}:${id}`

/** A localized field read with `locale: 'all'`: `{ fr: …, en: … }`, or a plain value for a shared field. */
function inLocale(value: unknown, locale: Locale): string | null {
  if (typeof value === 'string') return value
  if (typeof value !== 'object' || value === null) return null
  const localized = (value as Record<string, unknown>)[locale]
  return typeof localized === 'string' ? localized : null
}

/** The paths the document's published version has on the site, per locale; none when it is not published. */
async function publicPaths(
  req: PayloadRequest,
  collection: RoutedCollection,
  id: number | string,
): Promise<PublicPaths> {
  // The database adapter, not the Local API: Local API calls given `req` switch `req.locale` for the rest
  // of the editor's request, and this read needs every locale.
  const doc = await req.payload.db.findOne<{ id: number } & Record<string, unknown>>({
    collection,
    where: { id: { equals: id } },
    locale: 'all',
    req,
  })
  const paths: PublicPaths = {}
  if (doc?._status !== 'published') return paths
  for (const locale of locales) {
    const routed = {
      title: inLocale(doc.title, locale),
      slug: inLocale(doc.slug, locale),
      purpose: inLocale(doc.purpose, locale),
    }
    if (hasLocaleVersion(routed)) paths[locale] = documentPath(collection, locale, routed)
  }
  return paths
}

/** Points `from` at the document, replacing an older redirect from that path if there is one. */
async function redirectTo(
  req: PayloadRequest,
  context: RequestContext,
  from: string,
  target: { relationTo: RoutedCollection; value: number },
): Promise<void> {
  const data = { from, to: { type: 'reference' as const, reference: target } }
  const existing = await req.payload.find({
    collection: redirectsSlug,
    where: { from: { equals: from } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const current = existing.docs[0]
  if (current) {
    await req.payload.update({
      collection: redirectsSlug,
      id: current.id,
      data,
      overrideAccess: true,
      req,
      context,
    })
  } else {
    await req.payload.create({
      collection: redirectsSlug,
      data,
      overrideAccess: true,
      req,
      context,
    })
  }
}

/** beforeChange: remembers where the published version is served now. Draft saves cannot move it. */
export const rememberPublicPaths: CollectionBeforeChangeHook = async ({
  collection,
  context,
  data,
  operation,
  originalDoc,
  req,
}) => {
  const id = (originalDoc as { id?: number | string } | undefined)?.id
  const isDraftSave = (data as { _status?: unknown })._status === 'draft'
  if (
    operation === 'update' &&
    !isDraftSave &&
    id !== undefined &&
    isRoutedCollection(collection.slug)
  ) {
    context[stateKey(collection.slug, id)] = await publicPaths(req, collection.slug, id)
  }
  return data as unknown
}

/** afterChange: redirects each old path that moved, and drops redirects from paths that are live again. */
export const redirectOldPaths: CollectionAfterChangeHook = async ({
  collection,
  context,
  doc,
  operation,
  req,
}) => {
  const view = doc as { id: number; _status?: unknown }
  if (view._status !== 'published' || !isRoutedCollection(collection.slug)) return view
  const before: PublicPaths =
    operation === 'create'
      ? {}
      : ((context[stateKey(collection.slug, view.id)] as PublicPaths | undefined) ?? {})
  const after = await publicPaths(req, collection.slug, view.id)
  // The document's change already asked for a site build. Local API calls merge their context into
  // `req.context`, which the rest of the editor's request still uses: it is put back afterwards.
  const quiet: RequestContext = { [skipSiteBuild]: true }
  const editorContext = req.context
  try {
    await writeRedirects(req, quiet, collection.slug, view.id, before, after)
  } finally {
    req.context = editorContext
  }
  return view
}

async function writeRedirects(
  req: PayloadRequest,
  quiet: RequestContext,
  collection: RoutedCollection,
  id: number,
  before: PublicPaths,
  after: PublicPaths,
): Promise<void> {
  const live = Object.values(after)
  if (live.length > 0) {
    await req.payload.delete({
      collection: redirectsSlug,
      where: { from: { in: live } },
      overrideAccess: true,
      req,
      context: quiet,
    })
  }
  for (const locale of locales) {
    const old = before[locale]
    const now = after[locale]
    // A locale the document left has nowhere to send readers in that language.
    if (old === undefined || now === undefined || old === now) continue
    await redirectTo(req, quiet, old, { relationTo: collection, value: id })
  }
}
