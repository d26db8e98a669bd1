import { sql } from '@payloadcms/db-postgres'
import type { Access, CollectionConfig, Payload } from 'payload'

import { roleOf } from '../../../access/roles.ts'
import { sqlName } from '../../../utilities/sqlName.ts'

/**
 * Where published content refers to media: top-level upload fields pointing at `mediaSlug` (a publication's
 * PDF), top-level rich-text fields (an image or file placed in the text), and the rich-text fields of the
 * blocks of a top-level blocks field (a page's text blocks), of collections with drafts. Other nested fields
 * (groups, arrays, blocks in blocks) are not searched: media used only there stays private, which is the safe
 * way to be wrong.
 */
export interface MediaReference {
  collection: string
  field: string
  kind: 'upload' | 'richText'
  localized: boolean
  /** The block's slug (or its dbName) when `field` belongs to a block of a top-level blocks field. */
  block?: string
}

/** The media references of a config's collections (see {@link MediaReference}). */
export function mediaReferences(
  collections: readonly CollectionConfig[],
  mediaSlug: string,
): MediaReference[] {
  const references: MediaReference[] = []
  for (const collection of collections) {
    if (!collection.versions || typeof collection.versions !== 'object') continue
    if (!collection.versions.drafts) continue
    for (const field of collection.fields) {
      if (!('name' in field)) continue
      const localized = 'localized' in field && field.localized === true
      if (field.type === 'upload' && field.relationTo === mediaSlug && !field.hasMany) {
        references.push({
          collection: collection.slug,
          field: field.name,
          kind: 'upload',
          localized,
        })
      } else if (field.type === 'richText') {
        references.push({
          collection: collection.slug,
          field: field.name,
          kind: 'richText',
          localized,
        })
      } else if (field.type === 'blocks') {
        for (const block of field.blocks) {
          for (const inner of block.fields) {
            if (inner.type !== 'richText') continue
            references.push({
              collection: collection.slug,
              field: inner.name,
              kind: 'richText',
              // A block's table holds its locale in a column of its own: no `_locales` table to join.
              localized: false,
              block: typeof block.dbName === 'string' ? block.dbName : block.slug,
            })
          }
        }
      }
    }
  }
  return references
}

/**
 * Ids of the media that published documents use, in any locale. Reads the published row of each document
 * (Payload keeps drafts saved after publishing in the versions tables only, so the main tables hold what the
 * public sees) with one SQL query; rich text is searched with a JSON path for Lexical `upload` nodes.
 * @returns media ids, each once, in no particular order
 */
export async function publishedMediaIds(payload: Payload, mediaSlug: string): Promise<number[]> {
  const references = mediaReferences(payload.config.collections, mediaSlug)
  if (references.length === 0) return []
  const tableOf = (slug: string) => payload.db.tableNameMap.get(sqlName(slug)) ?? sqlName(slug)
  const selects = references.map((reference) => {
    const main = sql.identifier(tableOf(reference.collection))
    const blockTable = reference.block
      ? `${tableOf(reference.collection)}_blocks_${sqlName(reference.block)}`
      : undefined
    const from = blockTable
      ? sql`${main} d join ${sql.identifier(payload.db.tableNameMap.get(blockTable) ?? blockTable)} f on f._parent_id = d.id`
      : reference.localized
        ? sql`${main} d join ${sql.identifier(`${tableOf(reference.collection)}_locales`)} f on f._parent_id = d.id`
        : sql`${main} d join ${main} f on f.id = d.id`
    if (reference.kind === 'upload') {
      const column = sql.identifier(`${sqlName(reference.field)}_id`)
      return sql`select f.${column}::text as media_id from ${from} where d._status = 'published'`
    }
    const column = sql.identifier(sqlName(reference.field))
    // An upload node's value is the media id (as stored), or the populated document when a client saved one.
    return sql`select case jsonb_typeof(v) when 'object' then v->>'id' else v #>> '{}' end as media_id
      from ${from}, jsonb_path_query(f.${column}, ${`$.** ? (@.type == "upload" && @.relationTo == "${mediaSlug}").value`}::jsonpath) v
      where d._status = 'published'`
  })
  const union = sql.join(selects, sql` union `)
  const result = await payload.db.drizzle.execute<{ media_id: string | null }>(
    sql`select distinct media_id from (${union}) used where media_id ~ '^[0-9]+$'`,
  )
  return result.rows.map((row) => Number(row.media_id))
}

/**
 * Read access to media: staff read every file; anyone else only files that published content uses (a PDF
 * attached to a draft, or an image in an unpublished text, stays private). Returning a `Where` lets Payload
 * apply the rule to lists, single reads and the files themselves (`/api/media/file/…`, image sizes included).
 */
export function usedByPublishedOrStaff(mediaSlug: string): Access {
  return async ({ req }) => {
    if (roleOf(req) !== null) return true
    const ids = await publishedMediaIds(req.payload, mediaSlug)
    return { id: { in: ids } }
  }
}
