import type { Access, FieldAccess } from 'payload'

import { roleOf } from './roles.ts'

/** Admins only: they manage users and delete form submissions. */
export const isAdmin: Access = ({ req }) => roleOf(req) === 'admin'

/** Admins only, for a single field (e.g. a user's role). */
export const isAdminField: FieldAccess = ({ req }) => roleOf(req) === 'admin'
