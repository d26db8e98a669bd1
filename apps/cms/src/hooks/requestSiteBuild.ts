import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  CollectionSlug,
  GlobalAfterChangeHook,
  PayloadRequest,
  RequestContext,
} from 'payload'

import { siteBuildRequestsSlug } from '../collections/SiteBuildRequests.ts'

/**
 * Site rebuild triggers (issue 3). A change reaches the public site when a document is published, unpublished,
 * changed while published, or deleted while published; draft saves and autosaves never do.
 *
 * Drafts are told apart by the collection's main row: Payload writes a draft save only to the versions table,
 * while publishing, unpublishing and published changes rewrite the main row. So a build is requested when the
 * main row changed (its `updatedAt`) and was or is published.
 *
 * The request is a row written with the editor's `req`, inside the same transaction: the scheduler sees it
 * only after the commit, so a build never reads content older than the change that asked for it.
 *
 * Seeds, imports and migrations pass `context: { skipSiteBuild: true }`.
 */
export const skipSiteBuild = 'skipSiteBuild'

interface MainRowState {
  status: unknown
  updatedAt: string
}

const stateKey = (collection: string, id: number | string) => `siteBuild:before:${collection}:${id}`

const suppressed = (context: RequestContext): boolean => context[skipSiteBuild] === true

async function readMainRow(req: PayloadRequest, collection: CollectionSlug, id: number | string): Promise<MainRowState | null> {
  const row = await req.payload.db.findOne<{ id: number; _status?: unknown; updatedAt?: unknown }>({ collection, where: { id: { equals: id } }, req })
  if (!row) return null
  return { status: row._status, updatedAt: new Date(String(row.updatedAt)).toISOString() }
}

/** Writes a build request in the current transaction. `trigger` names what changed, never personal data. */
export async function enqueueSiteBuild(req: PayloadRequest, trigger: string): Promise<void> {
  await req.payload.create({
    collection: siteBuildRequestsSlug,
    data: { trigger },
    req,
    overrideAccess: true,
    context: { [skipSiteBuild]: true },
  })
}

/** beforeChange: remembers the main row as it was, to compare after the write. */
export const rememberMainRow: CollectionBeforeChangeHook = async ({ collection, context, data, operation, originalDoc, req }) => {
  if (operation === 'update' && !suppressed(context) && originalDoc?.id !== undefined) {
    context[stateKey(collection.slug, originalDoc.id)] = await readMainRow(req, collection.slug, originalDoc.id)
  }
  return data
}

/** afterChange: requests a build when the public version of the document changed. */
export const requestSiteBuildOnChange: CollectionAfterChangeHook = async ({ collection, context, doc, operation, req }) => {
  if (suppressed(context)) return doc
  const before = operation === 'create' ? null : ((context[stateKey(collection.slug, doc.id)] as MainRowState | null | undefined) ?? null)
  const after = await readMainRow(req, collection.slug, doc.id)
  const mainRowChanged = before?.updatedAt !== after?.updatedAt
  const wasPublic = before?.status === 'published'
  const isPublic = after?.status === 'published'
  if (!mainRowChanged || !(wasPublic || isPublic)) return doc
  const what = !wasPublic ? 'published' : isPublic ? 'changed' : 'unpublished'
  await enqueueSiteBuild(req, `${collection.slug} ${doc.id} ${what}`)
  return doc
}

/** afterDelete: a published document leaving the site needs a build; a draft does not. */
export const requestSiteBuildOnDelete: CollectionAfterDeleteHook = async ({ collection, context, doc, req }) => {
  if (suppressed(context) || doc._status !== 'published') return doc
  await enqueueSiteBuild(req, `${collection.slug} ${doc.id} deleted`)
  return doc
}

/** afterChange of a public global (no drafts): every saved change is public. */
export const requestSiteBuildOnGlobalChange: GlobalAfterChangeHook = async ({ context, doc, global, req }) => {
  if (!suppressed(context)) await enqueueSiteBuild(req, `${global.slug} changed`)
  return doc
}

/** The hooks a public collection with drafts adds to its config. */
export const siteBuildHooks = {
  beforeChange: [rememberMainRow],
  afterChange: [requestSiteBuildOnChange],
  afterDelete: [requestSiteBuildOnDelete],
}
