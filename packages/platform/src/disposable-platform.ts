import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { startPlatform, type Platform } from './platform.ts'
import { dropDatabase } from './postgres.ts'
import { freePort } from './test-database.ts'

/**
 * The platform as `pnpm start` runs it, for browser tests and benchmarks: free ports on 127.0.0.1, a temporary
 * data folder, and a database of its own (`<prefix>_<random>` on DATABASE_URL's server, else an embedded
 * PostgreSQL in the temporary folder). `dispose` stops everything and removes the database and the folder;
 * the user's `.data` is never touched.
 */
export async function startDisposablePlatform(options: {
  prefix: string
  buildQuietMs?: number
  /** See PlatformOptions.formPostsPerClient. */
  formPostsPerClient?: number
}): Promise<{ platform: Platform; dispose: () => Promise<void> }> {
  const dataDir = mkdtempSync(path.join(tmpdir(), `mist-${options.prefix}-`))
  const database = `mist_${options.prefix}_${randomBytes(5).toString('hex')}`
  try {
    const [cmsPort, sitePort, previewPort, pgPort] = [
      await freePort(),
      await freePort(),
      await freePort(),
      await freePort(),
    ]
    const platform = await startPlatform({
      dataDir,
      externalDatabaseUrl: process.env.DATABASE_URL || undefined,
      database,
      cmsPort,
      sitePort,
      previewPort,
      embeddedDatabasePort: pgPort,
      cmsUrl: `http://127.0.0.1:${cmsPort}`,
      siteUrl: `http://127.0.0.1:${sitePort}`,
      ...(options.buildQuietMs === undefined ? {} : { buildQuietMs: options.buildQuietMs }),
      ...(options.formPostsPerClient === undefined
        ? {}
        : { formPostsPerClient: options.formPostsPerClient }),
      quiet: true,
    })
    const dispose = async () => {
      if (!platform.database.embedded) {
        await platform.cms.stop()
        await dropDatabase(platform.database.url, database).catch(() => {})
      }
      await platform.stop()
      rmSync(dataDir, { recursive: true, force: true })
    }
    return { platform, dispose }
  } catch (error) {
    rmSync(dataDir, { recursive: true, force: true })
    throw error
  }
}
