import type { Access } from 'payload'

import { roleOf } from './roles.ts'

/**
 * Staff read everything; anyone else reads published documents only. Returning a `Where` (not `false`) lets
 * Payload filter lists and single reads alike, so drafts never reach the public REST API.
 */
export const publishedOrStaff: Access = ({ req }) => {
  if (roleOf(req) !== null) return true
  return { _status: { equals: 'published' } }
}
