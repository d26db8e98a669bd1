/**
 * The CMS's production server, used instead of `next start` by `pnpm start` and Docker:
 * `node server.ts --port 3000 --hostname 0.0.0.0` (Node runs TypeScript by type stripping).
 * It is Next.js's own request handler behind one step: the TCP peer's address is written into a private header
 * (src/server/stampPeer.ts) for the form intake's rate limit (docs/decisions/017-form-abuse.md), form posts are
 * answered by the intake without Next.js once Payload has opened it (src/server/directRoutes.ts,
 * docs/decisions/023-intake-hot-path.md), and every answer gets the security headers of
 * src/server/securityHeaders.ts (HSTS when CMS_URL is https).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { parseArgs } from 'node:util'

import next from 'next'

import { parseEnv, type Env } from './src/env-schema.ts'
import { directRoute, type ReadyAnswer } from './src/server/directRoutes.ts'
import { cmsSecurityHeaders } from './src/server/securityHeaders.ts'
import { stampPeer } from './src/server/stampPeer.ts'

// A missing PAYLOAD_SECRET, DATABASE_URL … stops the server before it listens, naming the variable (Next.js
// would otherwise load the config on the first request and answer 500s).
let env: Env
try {
  env = parseEnv(process.env)
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
}

const { values } = parseArgs({
  options: { port: { type: 'string', default: '3000' }, hostname: { type: 'string' } },
})
const port = Number(values.port)
const hostname = values.hostname ?? '0.0.0.0'
const app = next({ dev: false, dir: import.meta.dirname, hostname, port })
const handle = app.getRequestHandler()
await app.prepare()

const cmsUrl = env.CMS_URL
/** Payload's REST prefix (payload.config.ts keeps the default `routes.api`). */
const apiPrefix = '/api'

/**
 * Sends a direct route's answer. A body read in part (over the intake's limit) closes the connection: its rest
 * must not be read as the next request. A body not read at all (a known refusal) is discarded by Node, which
 * keeps the connection.
 */
function writeAnswer(req: IncomingMessage, res: ServerResponse, answer: ReadyAnswer): void {
  if (res.headersSent || res.destroyed) return
  const body = answer.body === null ? undefined : Buffer.from(answer.body)
  res.writeHead(answer.status, {
    ...answer.headers,
    'Content-Length': String(body?.byteLength ?? 0),
    ...(req.readableDidRead && !req.complete ? { Connection: 'close' } : {}),
  })
  res.end(body)
}
const server = createServer((req, res) => {
  stampPeer(req)
  const pathname = (req.url ?? '/').split('?', 1)[0] ?? '/'
  for (const [name, value] of Object.entries(cmsSecurityHeaders(pathname, cmsUrl))) {
    res.setHeader(name, value)
  }
  const route =
    req.method === 'POST' && pathname.startsWith(`${apiPrefix}/`)
      ? directRoute(pathname.slice(apiPrefix.length))
      : undefined
  if (route !== undefined) {
    const headers = new Headers()
    for (const [name, value] of Object.entries(req.headers)) {
      if (typeof value === 'string') headers.set(name, value)
    }
    const refusal = route.knownRefusal(headers)
    if (refusal !== null) return writeAnswer(req, res, refusal)
    if (route.answer !== undefined) {
      route.answer(headers, req).then(
        (answer) => writeAnswer(req, res, answer),
        (error: unknown) => {
          // The route answers its own errors; this is a bug in it. Nothing of the request is logged.
          console.error(`${pathname}: ${error instanceof Error ? error.name : 'unknown error'}`)
          writeAnswer(req, res, { status: 500, headers: {}, body: null })
        },
      )
      return
    }
  }
  void handle(req, res)
})
server.listen(port, hostname, () => {
  console.log(`Mist CMS listening on http://${hostname}:${port}`)
})
const stop = () => {
  server.close(() => process.exit(0))
  // A keep-alive connection in use must not hold the process past a stop.
  setTimeout(() => process.exit(0), 5000).unref()
}
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
