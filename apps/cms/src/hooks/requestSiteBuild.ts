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

/** Payload types hook documents as `any`; these hooks only read the id and the status. */
interface DocView {
  id: number | string
  _status?: unknown
}

async function readMainRow(
  req: PayloadRequest,
  collection: CollectionSlug,
  id: number | string,
): Promise<MainRowState | null> {
  const row = await req.payload.db.findOne<{ id: number; _status?: unknown; updatedAt?: unknown }>({
    collection,
    where: { id: { equals: id } },
    req,
  })
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
export const rememberMainRow: CollectionBeforeChangeHook = async ({
  collection,
  context,
  data,
  operation,
  originalDoc,
  req,
}) => {
  const original = originalDoc as DocView | undefined
  if (operation === 'update' && !suppressed(context) && original?.id !== undefined) {
    context[stateKey(collection.slug, original.id)] = await readMainRow(
      req,
      collection.slug,
      original.id,
    )
  }
  return data as unknown
}

/** afterChange: requests a build when the public version of the document changed. */
export const requestSiteBuildOnChange: CollectionAfterChangeHook = async ({
  collection,
  context,
  doc,
  operation,
  req,
}) => {
  const view = doc as DocView
  if (suppressed(context)) return view
  const before =
    operation === 'create'
      ? null
      : ((context[stateKey(collection.slug, view.id)] as MainRowState | null | undefined) ?? null)
  const after = await readMainRow(req, collection.slug, view.id)
  const mainRowChanged = before?.updatedAt !== after?.updatedAt
  const wasPublic = before?.status === 'published'
  const isPublic = after?.status === 'published'
  if (!mainRowChanged || !(wasPublic || isPublic)) return view
  const what = !wasPublic ? 'published' : isPublic ? 'changed' : 'unpublished'
  await enqueueSiteBuild(req, `${collection.slug} ${view.id} ${what}`)
  return view
}

/** afterDelete: a published document leaving the site needs a build; a draft does not. */
export const requestSiteBuildOnDelete: CollectionAfterDeleteHook = async ({
  collection,
  context,
  doc,
  req,
}) => {
  const view = doc as DocView
  if (suppressed(context) || view._status !== 'published') return view
  await enqueueSiteBuild(req, `${collection.slug} ${view.id} deleted`)
  return view
}

/** afterChange of a public global (no drafts): every saved change is public. */
export const requestSiteBuildOnGlobalChange: GlobalAfterChangeHook = async ({
  context,
  doc,
  global,
  req,
}) => {
  if (!suppressed(context)) await enqueueSiteBuild(req, `${global.slug} changed`)
  return doc as unknown
}

/** The hooks a public collection with drafts adds to its config. */
export const siteBuildHooks = {
  beforeChange: [rememberMainRow],
  afterChange: [requestSiteBuildOnChange],
  afterDelete: [requestSiteBuildOnDelete],
}
