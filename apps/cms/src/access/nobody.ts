import type { Access } from 'payload'

/** No one through the API; the server itself still acts with `overrideAccess` (e.g. the form intake). */
export const nobody: Access = () => false
