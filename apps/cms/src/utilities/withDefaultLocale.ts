import { defaultLocale, isLocale } from '@mist/schema'

type RouteHandler<A> = (request: Request, args: A) => Promise<Response>

/**
 * Gives REST requests that name no locale (or an unknown one) the default locale, French.
 * Payload 3.90 only does this when `localization.fallback` is on (sanitizeLocales); with fallback off, as the
 * translation rule requires, such a request would read no localized field at all and write a document
 * without its title. The explicit `locale=all` is kept.
 */
export function withDefaultLocale<A>(handler: RouteHandler<A>): RouteHandler<A> {
  return (request, args) => {
    const url = new URL(request.url)
    const locale = url.searchParams.get('locale')
    if (locale === 'all' || locale === '*' || isLocale(locale)) return handler(request, args)
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
