import type { UserRole } from '@mist/schema'
import type { PayloadRequest } from 'payload'

/** The signed-in user's role, or `null` for an anonymous request. */
export function roleOf(req: PayloadRequest): UserRole | null {
  const role: unknown = req.user?.role
  return role === 'admin' || role === 'editor' ? role : null
}
