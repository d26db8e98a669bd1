import type { CollectionBeforeChangeHook } from 'payload'

/**
 * The first account, made through the admin's "create first user" screen, becomes an admin: otherwise
 * nobody could ever manage users. Every later account keeps the role an admin gives it.
 */
export const makeFirstUserAdmin: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const existing = await req.payload.count({ collection: 'users', overrideAccess: true, req })
  return existing.totalDocs === 0 ? { ...data, role: 'admin' } : data
}
