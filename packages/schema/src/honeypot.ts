/**
 * The honeypot: a form field hidden from people (off-screen, `aria-hidden`, out of the tab order, no
 * autocomplete) that simple bots fill in. A request with it filled gets the same answer as a success, so the
 * bot learns nothing, and nothing is stored or sent. Its name looks like a field worth filling.
 */
export const honeypotField = 'website'

/** True when `body` (decoded form or JSON object) has the honeypot filled. */
export function isHoneypotFilled(body: unknown): boolean {
  if (typeof body !== 'object' || body === null) return false
  const value = (body as Record<string, unknown>)[honeypotField]
  return value !== undefined && value !== null && value !== ''
}
