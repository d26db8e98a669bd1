/**
 * The CMS's production server, used instead of `next start` by `pnpm start` and Docker:
 * `node server.ts --port 3000 --hostname 0.0.0.0` (Node runs TypeScript by type stripping).
 * It is Next.js's own request handler behind one step: the TCP peer's address is written into a private header
 * (src/server/stampPeer.ts) for the form intake's rate limit (docs/decisions/017-form-abuse.md).
 */
import { createServer } from 'node:http'
import { parseArgs } from 'node:util'

import next from 'next'

import { stampPeer } from './src/server/stampPeer.ts'

const { values } = parseArgs({
  options: { port: { type: 'string', default: '3000' }, hostname: { type: 'string' } },
})
const port = Number(values.port)
const hostname = values.hostname ?? '0.0.0.0'
const app = next({ dev: false, dir: import.meta.dirname, hostname, port })
const handle = app.getRequestHandler()
await app.prepare()

const server = createServer((req, res) => {
  stampPeer(req)
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
