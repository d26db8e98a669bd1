import type { Access } from 'payload'

import { roleOf } from './roles.ts'

/** Editors and admins: they write content and read form submissions. */
export const isStaff: Access = ({ req }) => roleOf(req) !== null
