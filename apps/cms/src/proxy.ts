import { NextResponse, type NextRequest } from 'next/server'

import { env } from './env.ts'

/** Payload's language cookie (`<cookiePrefix>-lng`), set when an editor picks a language in their account. */
const languageCookie = 'payload-lng'

/** The path as the router resolves it: `/admin/%63reate-first-user` and `/Admin/…` reach the same screen. */
function normalised(pathname: string): string {
  try {
    return decodeURIComponent(pathname).toLowerCase()
  } catch {
    return pathname.toLowerCase()
  }
}

/**
 * Next's request proxy (Next 16's name for middleware), for the admin only:
 * - French by default: without a language chosen in the account, Payload would follow the browser's
 *   Accept-Language; removing the header makes it use `i18n.fallbackLanguage` (fr). English stays one click away.
 * - With FIRST_USER_SCREEN=off (production), the "create first user" screen and its API are closed: the first
 *   visitor of a fresh deployment must not become admin. The screen is replaced by how to create one.
 */
export function proxy(request: NextRequest): NextResponse {
  const pathname = normalised(request.nextUrl.pathname)
  if (env.FIRST_USER_SCREEN === 'off') {
    if (pathname.replace(/\/+$/, '') === '/api/users/first-register') {
      return NextResponse.json(
        { errors: [{ message: 'The first admin is created with `pnpm cms:create-admin`.' }] },
        { status: 403 },
      )
    }
    if (pathname.startsWith('/admin/create-first-user')) {
      return NextResponse.rewrite(new URL('/first-admin', request.url))
    }
  }
  if (!request.cookies.has(languageCookie)) {
    const headers = new Headers(request.headers)
    headers.delete('accept-language')
    return NextResponse.next({ request: { headers } })
  }
  return NextResponse.next()
}

export const config = { matcher: ['/admin/:path*', '/api/users/first-register'] }
