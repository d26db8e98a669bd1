import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { dropDatabase, freePort, startPlatform } from '@mist/platform'
import type { TestProject } from 'vitest/node'

/**
 * Starts the platform once for the browser tests, as `pnpm start` does, on a database of its own (on
 * DATABASE_URL's server or an embedded one in a temporary folder), with a short build quiet period.
 * A failure is handed to the tests, which then fail with it (vitest exits 0 when a global setup throws).
 */
export default async function setup(project: TestProject) {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'mist-e2e-'))
  const database = `mist_e2e_${randomBytes(5).toString('hex')}`
  try {
    const [cmsPort, sitePort, pgPort] = [await freePort(), await freePort(), await freePort()]
    const platform = await startPlatform({
      dataDir,
      externalDatabaseUrl: process.env.DATABASE_URL || undefined,
      database,
      cmsPort,
      sitePort,
      embeddedDatabasePort: pgPort,
      cmsUrl: `http://127.0.0.1:${cmsPort}`,
      siteUrl: `http://127.0.0.1:${sitePort}`,
      buildQuietMs: 300,
      quiet: true,
    })
    project.provide('platform', { cmsUrl: platform.cmsUrl, siteUrl: platform.siteUrl })
    return async () => {
      if (!platform.database.embedded) {
        await platform.cms.stop()
        await dropDatabase(platform.database.url, database).catch(() => {})
      }
      await platform.stop()
      rmSync(dataDir, { recursive: true, force: true })
    }
  } catch (error) {
    rmSync(dataDir, { recursive: true, force: true })
    project.provide('platform', { error: error instanceof Error ? error.message : String(error) })
    return undefined
  }
}

declare module 'vitest' {
  export interface ProvidedContext {
    platform: { cmsUrl: string; siteUrl: string } | { error: string }
  }
}
