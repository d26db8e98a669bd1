import { s3Storage } from '@payloadcms/storage-s3'
import type { Plugin } from 'payload'

import { mediaSlug } from '../collections/Media/index.ts'
import type { Env } from '../env-schema.ts'

/** Where and how to reach an S3-compatible bucket, read from the S3_* variables. */
export interface S3Settings {
  bucket: string
  region: string
  /** Unset for AWS itself; the service's URL for MinIO, Garage, Scaleway, OVH, Cloudflare R2… */
  endpoint: string | undefined
  accessKeyId: string
  secretAccessKey: string
  /** Address buckets as `endpoint/bucket` instead of `bucket.endpoint`. */
  forcePathStyle: boolean
}

/**
 * The S3 settings, or `null` when no S3 variable is set (media then stay on local disk). A partial set never
 * reaches here: `parseEnv` refuses it, naming the missing variables.
 */
export function s3SettingsFrom(env: Env): S3Settings | null {
  const { S3_BUCKET, S3_REGION, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY } = env
  if (!S3_BUCKET || !S3_REGION || !S3_ACCESS_KEY_ID || !S3_SECRET_ACCESS_KEY) return null
  return {
    bucket: S3_BUCKET,
    region: S3_REGION,
    endpoint: env.S3_ENDPOINT,
    accessKeyId: S3_ACCESS_KEY_ID,
    secretAccessKey: S3_SECRET_ACCESS_KEY,
    forcePathStyle: env.S3_FORCE_PATH_STYLE === 'true',
  }
}

/**
 * Media storage: S3-compatible when the S3_* variables are set, local disk (MEDIA_DIR) otherwise.
 * The plugin is always installed, disabled without S3, with `alwaysInsertFields`: it adds a `prefix` column to
 * media, and the committed migrations must fit both set-ups. Files are still served through the CMS
 * (`/api/media/file/…`), so media access rules hold on S3 too: keep the bucket private.
 */
export function storagePlugin(env: Env): Plugin {
  const s3 = s3SettingsFrom(env)
  return s3Storage({
    enabled: s3 !== null,
    alwaysInsertFields: true,
    // An explicit (empty) prefix: the enabled plugin adds its `prefix` field only when one is given, and the
    // disabled one always does with `alwaysInsertFields`; files sit at the bucket's root either way.
    collections: { [mediaSlug]: { prefix: '' } },
    bucket: s3?.bucket ?? '',
    config: s3
      ? {
          region: s3.region,
          endpoint: s3.endpoint,
          forcePathStyle: s3.forcePathStyle,
          credentials: { accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey },
        }
      : {},
  })
}
