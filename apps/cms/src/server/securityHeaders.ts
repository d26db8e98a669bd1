/**
 * Headers of every answer of the CMS's production server (server.ts), by path. A route that sets its own
 * header of the same name (the draft preview's policy, a file's type) keeps its own: Next.js writes the route's
 * headers after these.
 *
 * - The admin (Next.js + Payload's React UI) needs inline scripts (the RSC payload) and inline styles:
 *   `'unsafe-inline'` there, everything else from this origin only, no plugin, no framing, forms and links to
 *   this origin. Nothing loads from a third party (no fonts, no avatars: see payload.config.ts).
 * - The REST API, its files (`/api/media/file/…`) and the form intake answer data, never pages: a policy that
 *   runs nothing, so an uploaded file opened in a tab cannot run script on this origin.
 * - HSTS only when the public address is https (RFC 6797 § 7.2: not over plain http), one year, without
 *   `includeSubDomains`, which would bind the association's other sites.
 * Sources: OWASP Secure Headers Project; MDN for `Permissions-Policy` and `Cross-Origin-Opener-Policy`.
 * @param pathname the request's path, e.g. `/admin/collections/pages`
 * @param cmsUrl the CMS's public origin (CMS_URL), e.g. `https://cms.mist.example`
 * @returns header name → value
 */
export function cmsSecurityHeaders(pathname: string, cmsUrl: string): Record<string, string> {
  const isApi = pathname === '/api' || pathname.startsWith('/api/')
  const headers: Record<string, string> = {
    'Content-Security-Policy': isApi ? apiPolicy : adminPolicy,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'same-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
  }
  if (new URL(cmsUrl).protocol === 'https:') {
    headers['Strict-Transport-Security'] = 'max-age=31536000'
  }
  return headers
}

const adminPolicy = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ')

const apiPolicy = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
