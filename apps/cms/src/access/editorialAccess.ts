import type { CollectionConfig } from 'payload'

import { isStaff } from './isStaff.ts'
import { publishedOrStaff } from './publishedOrStaff.ts'

/** Access of every content collection with drafts: the public reads what is published, staff do the rest. */
export const editorialAccess: NonNullable<CollectionConfig['access']> = {
  read: publishedOrStaff,
  readVersions: isStaff,
  create: isStaff,
  update: isStaff,
  delete: isStaff,
}
