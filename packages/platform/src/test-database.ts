import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { databaseUrl, dropDatabase, ensureDatabase, startDatabaseServer } from './postgres.ts'

/** A database that exists only for one test run. */
export interface TestDatabase {
  url: string
  /** Drops the database, and stops and deletes the embedded server when one was started. */
  drop: () => Promise<void>
}

/** A free TCP port on 127.0.0.1, chosen by the system. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      )
    })
  })
}

/**
 * Creates a fresh database named `mist_test_<random>` on the server of `DATABASE_URL`, or, when it is unset,
 * on an embedded PostgreSQL started in a temporary folder. Never touches the database of `pnpm start`.
 */
export async function createTestDatabase(
  externalUrl = process.env.DATABASE_URL,
): Promise<TestDatabase> {
  const name = `mist_test_${randomBytes(6).toString('hex')}`
  const dataDir = externalUrl ? undefined : mkdtempSync(path.join(tmpdir(), 'mist-test-pg-'))
  const removeDataDir = () => {
    if (dataDir) rmSync(dataDir, { recursive: true, force: true })
  }
  let server: Awaited<ReturnType<typeof startDatabaseServer>>
  try {
    server = await startDatabaseServer({
      externalUrl: externalUrl || undefined,
      dataDir: dataDir ?? '',
      port: await freePort(),
    })
  } catch (error) {
    removeDataDir()
    throw error
  }
  try {
    await ensureDatabase(server.url, name)
  } catch (error) {
    await server.stop()
    removeDataDir()
    throw error
  }
  return {
    url: databaseUrl(server.url, name),
    drop: async () => {
      await dropDatabase(server.url, name)
      await server.stop()
      removeDataDir()
    },
  }
}
