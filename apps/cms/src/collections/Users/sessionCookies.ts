/**
 * The admin session cookie's attributes (Payload's `auth.cookies`): `Secure` when the CMS's public address is
 * https, so the session never travels in clear; `SameSite=Lax`, so other sites' pages cannot make the browser
 * send it with their requests (a link from an email to the admin still signs in). Payload always sets
 * `HttpOnly`. Cross-site requests that do carry it are refused by the CSRF check (`csrf` in payload.config.ts).
 * Source: OWASP Session Management Cheat Sheet, "Cookies".
 * @param cmsUrl the CMS's public origin (CMS_URL)
 */
export function sessionCookies(cmsUrl: string): { secure: boolean; sameSite: 'Lax' } {
  return { secure: new URL(cmsUrl).protocol === 'https:', sameSite: 'Lax' }
}
