import type { Access, FieldAccess } from 'payload'

/** No one through the API; the server itself still acts with `overrideAccess` (e.g. the form intake). */
export const nobody: Access = () => false

/** No one through the API, for a single field: the stored value stays as it is. */
export const nobodyField: FieldAccess = () => false
