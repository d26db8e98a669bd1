import type { SanitizedConfig } from 'payload'

type RouteHandler = (
  request: Request,
  args: { params: Promise<{ slug: string[] }> },
) => Promise<Response>

/**
 * Answers 404 to `/api/<collection>/versions[/…]` for a collection without versions. Payload 3.90 runs the
 * versions operation anyway and fails with a TypeError (a 500 for any signed-in user), which the monitoring
 * would count as an outage and which says nothing to the caller.
 * @param config the sanitized config (the app's `@payload-config` promise)
 */
export function withoutMissingVersions(
  config: Promise<SanitizedConfig>,
  handler: RouteHandler,
): RouteHandler {
  let versionless: Promise<Set<string>> | undefined
  return async (request, args) => {
    const [collection, second] = (await args.params).slug
    if (second === 'versions' && collection !== undefined) {
      versionless ??= config.then(
        (sanitized) =>
          new Set(
            sanitized.collections.filter((entry) => !entry.versions).map((entry) => entry.slug),
          ),
      )
      if ((await versionless).has(collection)) {
        return Response.json(
          { errors: [{ message: `The collection "${collection}" keeps no versions.` }] },
          { status: 404 },
        )
      }
    }
    return handler(request, args)
  }
}
