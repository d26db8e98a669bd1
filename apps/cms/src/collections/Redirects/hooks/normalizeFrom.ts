import { normalizeRedirectFrom } from '@mist/schema'
import type { FieldHook } from 'payload'

/**
 * Puts an old address in the site's shape before it is validated and stored: editors may paste a full URL or
 * forget a slash, and the site server compares paths exactly.
 */
export const normalizeFrom: FieldHook = ({ value }): unknown =>
  typeof value === 'string' && value.trim() !== '' ? normalizeRedirectFrom(value) : value
