import { defaultLocale, isLocale } from '@mist/schema'

type RouteHandler<A> = (request: Request, args: A) => Promise<Response>

/** True for the admin's "GET as POST" (a list query in a form body): relationship fields send these. */
function isQueryInBody(request: Request): boolean {
  const override =
    request.headers.get('X-Payload-HTTP-Method-Override') ??
    request.headers.get('X-HTTP-Method-Override')
  return (
    request.method === 'POST' &&
    override === 'GET' &&
    request.headers.get('Content-Type') === 'application/x-www-form-urlencoded'
  )
}

const isKnownLocale = (locale: string | null) =>
  locale === 'all' || locale === '*' || isLocale(locale)

/**
 * Gives REST requests that name no locale (or an unknown one) the default locale, French.
 * Payload 3.90 only does this when `localization.fallback` is on (sanitizeLocales); with fallback off, as the
 * translation rule requires, such a request would read no localized field at all and write a document
 * without its title. The explicit `locale=all` is kept.
 *
 * A query sent in a form body (the admin's relationship fields, as `X-Payload-HTTP-Method-Override: GET`) keeps
 * its locale in the body, where it is checked: Payload appends the body to the URL after a `?`, so a locale
 * added to the URL as well made `…?locale=fr?depth=0&…`, the query's first parameter was lost and the
 * admin named every chosen page or training "Sans titre".
 */
export function withDefaultLocale<A>(handler: RouteHandler<A>): RouteHandler<A> {
  return async (request, args) => {
    const url = new URL(request.url)
    if (isQueryInBody(request)) {
      const query = new URLSearchParams(await request.text())
      if (!isKnownLocale(query.get('locale'))) query.set('locale', defaultLocale)
      const init = { method: request.method, headers: request.headers, body: query.toString() }
      return handler(new Request(url, init), args)
    }
    const locale = url.searchParams.get('locale')
    if (isKnownLocale(locale)) return handler(request, args)
    url.searchParams.set('locale', defaultLocale)
    const init: RequestInit & { duplex?: 'half' } = {
      method: request.method,
      headers: request.headers,
    }
    if (request.body) {
      init.body = request.body
      init.duplex = 'half'
    }
    return handler(new Request(url, init), args)
  }
}
