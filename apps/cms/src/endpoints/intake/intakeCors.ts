import type { Endpoint } from 'payload'

import { siteOrigin } from '../../env.ts'

/** Request header of the site script's idempotency key (docs/decisions/017-form-abuse.md). */
export const idempotencyKeyHeader = 'Idempotency-Key'

/**
 * CORS headers for an answer to the site's origin. Set on every intake answer (errors included, so the site's
 * script can read them). Payload's `headersWithCors` only fills headers an endpoint left unset, so these are
 * the ones sent; in particular no `Access-Control-Allow-Credentials`: the site's script sends no cookies.
 */
export function siteCorsHeaders(): Record<string, string> {
  return {
    'Access-Control-Allow-Origin': siteOrigin,
    'Access-Control-Allow-Methods': 'POST, OPTIONS',
    'Access-Control-Allow-Headers': `Content-Type, Accept, ${idempotencyKeyHeader}`,
    'Access-Control-Expose-Headers': 'Retry-After',
    'Access-Control-Max-Age': '600',
    Vary: 'Origin',
  }
}

/** True when the request comes from the site's own pages (a missing or `null` Origin is not). */
export function isFromSite(headers: Headers): boolean {
  return headers.get('origin') === siteOrigin
}

/**
 * `OPTIONS /api/forms/:form`: the CORS preflight of every form. 204 with the CORS headers for the site's
 * origin, 403 without them for any other (Payload's default preflight answers 200 to everyone).
 */
export const formsPreflightEndpoint: Endpoint = {
  path: '/forms/:form',
  method: 'options',
  handler: (req) =>
    Promise.resolve(
      isFromSite(req.headers)
        ? new Response(null, { status: 204, headers: siteCorsHeaders() })
        : new Response(null, { status: 403, headers: { Vary: 'Origin' } }),
    ),
}
