import type { Access } from 'payload'

import { roleOf } from './roles.ts'

/** Admins read and edit every user; others only their own account. */
export const adminOrSelf: Access = ({ req }) => {
  if (roleOf(req) === 'admin') return true
  if (req.user) return { id: { equals: req.user.id } }
  return false
}
