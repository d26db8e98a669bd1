import { createServer, type Server } from 'node:http'

/**
 * A stand-in for the CMS's REST API, for tests that build the site: `GET /api/<collection>?locale=…` answers one
 * page of `docsFor(collection, locale)`, `GET /api/globals/<slug>` an empty global (no urgent contacts).
 * Listens on 127.0.0.1 at a free port; `close` stops it.
 */
export async function startFakeCms(
  docsFor: (collection: string, locale: string) => unknown[],
): Promise<{ url: string; close: () => void }> {
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://cms.test')
    const locale = url.searchParams.get('locale') ?? 'fr'
    const [, , first, second] = url.pathname.split('/')
    const body =
      first === 'globals'
        ? second === 'urgent-contacts'
          ? { contacts: [] }
          : {}
        : { docs: docsFor(first ?? '', locale), hasNextPage: false, totalDocs: 1 }
    res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(body))
  })
  const port = await new Promise<number>((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      resolve(typeof address === 'object' && address ? address.port : 0)
    }),
  )
  return { url: `http://127.0.0.1:${port}`, close: () => server.close() }
}
