/* Payload's REST API (and the custom endpoints) under /api. */
import config from '@payload-config'
import {
  REST_DELETE,
  REST_GET,
  REST_OPTIONS,
  REST_PATCH,
  REST_POST,
  REST_PUT,
} from '@payloadcms/next/routes'

import { withDefaultLocale } from '../../../../utilities/withDefaultLocale.ts'
import { withoutMissingVersions } from '../../../../utilities/withoutMissingVersions.ts'
import { withPreferenceDelete } from '../../../../utilities/withPreferenceDelete.ts'

export const GET = withoutMissingVersions(config, withDefaultLocale(REST_GET(config)))
export const POST = withDefaultLocale(REST_POST(config))
export const DELETE = withPreferenceDelete(config, withDefaultLocale(REST_DELETE(config)))
export const PATCH = withDefaultLocale(REST_PATCH(config))
export const PUT = withDefaultLocale(REST_PUT(config))
export const OPTIONS = REST_OPTIONS(config)
