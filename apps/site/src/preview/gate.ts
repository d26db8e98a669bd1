/**
 * The session token in an `Authorization: JWT <token>` (or `Bearer <token>`) header, as the CMS's preview
 * route forwards it; `null` when absent or malformed.
 */
export function tokenFromAuthorization(header: string | null): string | null {
  const match = /^(?:JWT|Bearer) ([A-Za-z0-9._~+/=-]+)$/.exec(header?.trim() ?? '')
  return match?.[1] ?? null
}

/**
 * Points the site's own links (`href="/fr/…"`) at the public site: in the preview, served from the CMS's
 * origin, they would otherwise lead to the CMS. Links of the preview itself (`/preview/…`) stay.
 * @param siteUrl the public site's origin, e.g. `https://mist.example`
 */
export function linksToPublicSite(
  html: string,
  siteUrl: string,
  locales: readonly string[],
): string {
  const origin = siteUrl.replace(/\/+$/, '')
  const pattern = new RegExp(`href="/(${locales.join('|')})/`, 'g')
  return html.replace(pattern, (_match, locale: string) => `href="${origin}/${locale}/`)
}
