import { getPayload, type SanitizedConfig } from 'payload'

type RouteHandler = (
  request: Request,
  args: { params: Promise<{ slug: string[] }> },
) => Promise<Response>

const preferences = 'payload-preferences'

/**
 * `DELETE /api/payload-preferences/<key>`: deletes the caller's own preference with that key (401 when signed
 * out, 404 when they have none). Payload 3.90's own handler builds SQL that PostgreSQL refuses (a polymorphic
 * `user` condition in `deleteOne`: "missing FROM-clause entry"), a 500 whenever an editor resets a preference;
 * finding the row first and deleting it by id goes through queries that work.
 * @param config the sanitized config (the app's `@payload-config` promise)
 */
export function withPreferenceDelete(
  config: Promise<SanitizedConfig>,
  handler: RouteHandler,
): RouteHandler {
  return async (request, args) => {
    const [collection, key, ...rest] = (await args.params).slug
    if (collection !== preferences || key === undefined || rest.length > 0) {
      return handler(request, args)
    }
    const payload = await getPayload({ config })
    // The same strategies as Payload's own routes, cookie CSRF check included.
    const { user } = await payload.auth({ headers: request.headers })
    if (!user) {
      return Response.json({ errors: [{ message: 'Unauthorized' }] }, { status: 401 })
    }
    const found = await payload.find({
      collection: preferences,
      where: {
        and: [
          { key: { equals: key } },
          { 'user.value': { equals: user.id } },
          { 'user.relationTo': { equals: user.collection } },
        ],
      },
      limit: 1,
      depth: 0,
    })
    const own = found.docs[0]
    if (!own) return Response.json({ errors: [{ message: 'Not Found' }] }, { status: 404 })
    await payload.delete({ collection: preferences, id: own.id })
    return Response.json({ message: 'Deleted', doc: { id: own.id, key: own.key } })
  }
}
