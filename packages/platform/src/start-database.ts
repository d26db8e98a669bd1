import { existsSync } from 'node:fs'
import path from 'node:path'

import { repoRoot } from './paths.ts'
import {
  databaseUrl,
  embeddedServerUrl,
  ensureDatabase,
  isReachable,
  startDatabaseServer,
  type DatabaseServer,
} from './postgres.ts'

/** The data folder of `pnpm start` (git-ignored): embedded database, secret, media, site builds, backups. */
export const startDataDir = path.join(repoRoot, '.data')

/**
 * The database `pnpm start` uses, for the command-line tools beside it: DATABASE_URL when set, otherwise the
 * `mist` database of the embedded PostgreSQL in `.data/` (port PG_PORT, default 54329), started for the
 * occasion when `pnpm start` is not running.
 * @param mustExist refuse to create the embedded database when `pnpm start` has never made one (a backup of
 *   a database created for the occasion would be empty)
 * @returns its URL and `stop`, which stops the embedded server only when this call started it
 * @throws when PG_PORT is not a port, the embedded server cannot start (e.g. a data folder of another
 *   PostgreSQL major version), or `mustExist` and there is no embedded database
 */
export async function openStartDatabase(
  options: { mustExist?: boolean } = {},
): Promise<{ url: string; stop: () => Promise<void> }> {
  const external = process.env.DATABASE_URL || undefined
  if (external) return { url: external, stop: async () => {} }
  const versionFile = path.join(startDataDir, 'postgres', 'PG_VERSION')
  if (options.mustExist && !existsSync(versionFile)) {
    throw new Error(
      `There is no embedded database in ${path.dirname(versionFile)} (\`pnpm start\` makes it); ` +
        'set DATABASE_URL to back up another database.',
    )
  }
  const port = Number(process.env.PG_PORT ?? 54329)
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new Error('PG_PORT must be a TCP port')
  let started: DatabaseServer | undefined
  let server = embeddedServerUrl(port)
  if (!(await isReachable(server))) {
    started = await startDatabaseServer({ dataDir: startDataDir, port })
    server = started.url
  }
  try {
    await ensureDatabase(server, 'mist')
  } catch (error) {
    await started?.stop()
    throw error
  }
  return { url: databaseUrl(server, 'mist'), stop: async () => started?.stop() }
}
