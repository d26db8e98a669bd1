import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { findPgTool } from './pg-tools.ts'
import { embeddedServerMajor, startDatabaseServer } from './postgres.ts'
import { freePort } from './test-database.ts'

describe('embedded PostgreSQL', () => {
  it('refuses a data folder made by another PostgreSQL major version, says what to do and leaves it as it was', async () => {
    // Setup: the folder a PostgreSQL 18 embedded server left (its PG_VERSION file and one data file)
    const dataDir = await mkdtemp(path.join(tmpdir(), 'mist-pg-version-'))
    const databaseDir = path.join(dataDir, 'postgres')
    await mkdir(databaseDir)
    await writeFile(path.join(databaseDir, 'PG_VERSION'), '18\n')
    await writeFile(path.join(databaseDir, 'postgresql.conf'), '# made by PostgreSQL 18\n')
    try {
      // Action
      const attempt = startDatabaseServer({ dataDir, port: await freePort() })
      // Assert
      await expect(attempt).rejects.toThrow(
        new RegExp(
          `created by PostgreSQL 18, and this version of Mist runs PostgreSQL ${embeddedServerMajor()}.*` +
            'Nothing was changed.*move it aside',
        ),
      )
      expect((await readdir(databaseDir)).sort()).toEqual(['PG_VERSION', 'postgresql.conf'])
      expect(await readFile(path.join(databaseDir, 'postgresql.conf'), 'utf8')).toBe(
        '# made by PostgreSQL 18\n',
      )
    } finally {
      await rm(dataDir, { recursive: true, force: true })
    }
  })

  it('runs the major version of the pg_dump installed here, so that `pnpm db:backup` can dump it', async () => {
    const pgDump = await findPgTool('pg_dump')
    expect(pgDump.major).toBe(embeddedServerMajor())
  })
})
