import type { CollectionConfig, Config, Field } from 'payload'
import { describe, expect, it } from 'vitest'

import { storagePlugin } from './storage.ts'

import { Media, mediaSlug } from '../collections/Media/index.ts'
import { parseEnv } from '../env-schema.ts'

const base = { PAYLOAD_SECRET: 'a'.repeat(64), DATABASE_URL: 'postgres://mist@127.0.0.1/mist' }
const s3 = {
  S3_BUCKET: 'mist-media',
  S3_REGION: 'fr-par',
  S3_ACCESS_KEY_ID: 'key-id',
  S3_SECRET_ACCESS_KEY: 'secret-key',
}

/** Every stored field path of a collection: what the database schema is made from. */
function fieldPaths(fields: Field[], prefix = ''): string[] {
  return fields.flatMap((field) => {
    if (!('name' in field)) return 'fields' in field ? fieldPaths(field.fields, prefix) : []
    const path = `${prefix}${field.name}`
    return 'fields' in field ? [path, ...fieldPaths(field.fields, `${path}.`)] : [path]
  })
}

async function mediaWith(variables: Record<string, string>): Promise<CollectionConfig> {
  // Only the parts of a config the storage plugin reads; the plugin runs no I/O when applied.
  const config = { collections: [Media] } as Config
  const result = await storagePlugin(parseEnv({ ...base, ...variables }))(config)
  const media = result.collections?.find((collection) => collection.slug === mediaSlug)
  if (!media) throw new Error('media collection missing after the storage plugin')
  return media
}

describe('media storage', () => {
  it('keeps files on local disk without S3 settings, and sends them to the bucket with them', async () => {
    const local = await mediaWith({})
    const bucket = await mediaWith(s3)
    const uploadOf = (collection: CollectionConfig) =>
      typeof collection.upload === 'object' ? collection.upload : {}
    expect(uploadOf(local).disableLocalStorage).toBeFalsy()
    expect(uploadOf(bucket).disableLocalStorage).toBe(true)
    // Files still go through the CMS (and its access rules) rather than straight from the bucket.
    expect(uploadOf(bucket).handlers).toHaveLength(1)
  })

  it('gives media the same database columns with and without S3, so one set of migrations fits both', async () => {
    const local = await mediaWith({})
    const bucket = await mediaWith(s3)
    expect(fieldPaths(bucket.fields).sort()).toEqual(fieldPaths(local.fields).sort())
    expect(fieldPaths(local.fields)).toContain('prefix')
  })
})
