/**
 * The CMS's production server, used instead of `next start` by `pnpm start` and Docker:
 * `node server.ts --port 3000 --hostname 0.0.0.0` (Node runs TypeScript by type stripping).
 * It is Next.js's own request handler behind one step: the TCP peer's address is written into a private header
 * (src/server/stampPeer.ts) for the form intake's rate limit (docs/decisions/017-form-abuse.md), a form post
 * from a client the intake already refuses is answered 429 here without Next.js (src/server/knownRefusals.ts),
 * and every answer gets the security headers of src/server/securityHeaders.ts (HSTS when CMS_URL is https).
 */
import { createServer } from 'node:http'
import { parseArgs } from 'node:util'

import next from 'next'

import { parseEnv, type Env } from './src/env-schema.ts'
import { knownRefusal, refusalHeaderNames } from './src/server/knownRefusals.ts'
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
/** Payload's REST prefix (payload.config.ts keeps the default `routes.api`) and the forms' routes under it. */
const apiPrefix = '/api'
const formsPrefix = `${apiPrefix}/forms/`
const server = createServer((req, res) => {
  stampPeer(req)
  const pathname = (req.url ?? '/').split('?', 1)[0] ?? '/'
  for (const [name, value] of Object.entries(cmsSecurityHeaders(pathname, cmsUrl))) {
    res.setHeader(name, value)
  }
  if (req.method === 'POST' && pathname.startsWith(formsPrefix)) {
    const headers = new Headers()
    for (const name of refusalHeaderNames) {
      const value = req.headers[name]
      if (typeof value === 'string') headers.set(name, value)
    }
    const refusal = knownRefusal(pathname.slice(apiPrefix.length), headers)
    if (refusal !== null) {
      // The body is not read: Node discards it and keeps the connection.
      res.writeHead(refusal.status, refusal.headers)
      res.end(refusal.body ?? undefined)
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
