import { previewHeaders } from '@mist/schema'
import type { Payload } from 'payload'
import { extractJWT } from 'payload'

/** Response headers of the preview server passed on to the browser (the rest are hop-by-hop or unused). */
const forwardedHeaders = ['content-type', 'location', 'content-language']

/**
 * `GET /preview/…`: the CMS decides who sees drafts. Signed-in staff (admin session cookie, or an
 * `Authorization: JWT` header) are forwarded to the preview server with their token, which it checks again with
 * the CMS before reading the draft with it. Anyone else gets no content: a browser without a session is sent
 * to the admin's login page, which brings it back here after signing in; a signed-in non-staff user gets 403.
 * @param previewServerUrl the preview server's origin (PREVIEW_SERVER_URL)
 * @returns the preview server's answer, or 502 when it does not answer
 */
export async function proxyPreview(
  request: Request,
  payload: Payload,
  previewServerUrl: string,
): Promise<Response> {
  const url = new URL(request.url)
  const plain = (status: number, text: string, extra: Record<string, string> = {}) =>
    new Response(text, {
      status,
      headers: { ...previewHeaders, 'Content-Type': 'text/plain; charset=utf-8', ...extra },
    })
  if (!url.pathname.startsWith('/preview/')) return plain(404, 'Not found')

  const { user } = await payload.auth({ headers: request.headers })
  const token = extractJWT({ headers: request.headers, payload })
  if (!user || !token) {
    const login = `${payload.config.routes.admin}/login?redirect=${encodeURIComponent(url.pathname + url.search)}`
    return plain(302, 'Sign in to preview drafts.', { Location: login })
  }
  if (!('role' in user) || (user.role !== 'admin' && user.role !== 'editor'))
    return plain(403, 'Only editors and administrators preview drafts.')

  let upstream: Response
  try {
    upstream = await fetch(new URL(url.pathname + url.search, previewServerUrl), {
      headers: { Authorization: `JWT ${token}`, Accept: request.headers.get('accept') ?? '*/*' },
      redirect: 'manual',
    })
  } catch {
    return plain(502, 'The preview server does not answer; drafts cannot be previewed right now.')
  }
  const headers = new Headers(previewHeaders)
  for (const name of forwardedHeaders) {
    const value = upstream.headers.get(name)
    if (value !== null) headers.set(name, value)
  }
  return new Response(upstream.body, { status: upstream.status, headers })
}
