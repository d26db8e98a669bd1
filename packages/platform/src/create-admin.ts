/**
 * `pnpm cms:create-admin --email <address>`: creates an admin account, the only way to get the first one in
 * production (the CMS's first-user screen is closed there). Uses DATABASE_URL when set; otherwise the embedded
 * PostgreSQL of `pnpm start` (in `.data/`, port PG_PORT, default 54329), started for the occasion when
 * `pnpm start` is not running. PAYLOAD_SECRET defaults to `.data/payload-secret`, like `pnpm start`.
 * The password comes from ADMIN_PASSWORD or is typed in the terminal (apps/cms/scripts/create-admin.ts).
 */
import path from 'node:path'

import { cmsDir, repoRoot } from './paths.ts'
import {
  databaseUrl,
  embeddedServerUrl,
  ensureDatabase,
  isReachable,
  startDatabaseServer,
  type DatabaseServer,
} from './postgres.ts'
import { run } from './processes.ts'
import { loadOrCreateSecret } from './secret.ts'

const dataDir = path.join(repoRoot, '.data')
const port = Number(process.env.PG_PORT ?? 54329)

let started: DatabaseServer | undefined
let url = process.env.DATABASE_URL || undefined
if (!url) {
  let server = embeddedServerUrl(port)
  if (!(await isReachable(server))) {
    started = await startDatabaseServer({ dataDir, port })
    server = started.url
  }
  await ensureDatabase(server, 'mist')
  url = databaseUrl(server, 'mist')
}

try {
  await run(
    process.execPath,
    ['--import', 'tsx', 'scripts/create-admin.ts', ...process.argv.slice(2)],
    {
      cwd: cmsDir,
      env: {
        ...process.env,
        DATABASE_URL: url,
        PAYLOAD_SECRET: process.env.PAYLOAD_SECRET || loadOrCreateSecret(dataDir),
      },
    },
  )
} catch {
  // The script has already said why.
  process.exitCode = 1
} finally {
  await started?.stop()
}
