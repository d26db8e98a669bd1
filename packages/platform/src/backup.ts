import { existsSync } from 'node:fs'
import { cp, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'

import {
  connectionOf,
  findPgTool,
  requireSameMajor,
  restoreArchive,
  runPgTool,
  serverVersion,
  withClient,
} from './pg-tools.ts'

/** Identifies the folders `pnpm db:backup` writes; rotation and restore touch nothing else. */
export const backupFormat = 'mist-backup/1'
const dumpFile = 'database.dump'
const mediaFolder = 'media'
const manifestFile = 'manifest.json'

/** `manifest.json` of a backup folder. */
export interface BackupManifest {
  format: typeof backupFormat
  /** When the database snapshot was taken, ISO 8601 UTC. */
  createdAt: string
  database: {
    /** Name of the database that was dumped (no host, no credentials). */
    name: string
    serverVersion: string
    pgDumpVersion: string
    /** Rows per table (`schema.table`), counted in the same snapshot as the dump. */
    rows: Record<string, number>
  }
  media: {
    /** False when there was no media folder (nothing uploaded yet, or media on S3). */
    included: boolean
    files: number
    bytes: number
  }
}

/** Schemas of the database's own objects (PostgreSQL's are left out). */
const userSchemas = `
  select nspname as name from pg_namespace
  where nspname not like 'pg\\_%' and nspname <> 'information_schema'`

/**
 * Backs up the database at `databaseUrl` and the media folder into a new folder
 * `<backupsDir>/mist-<UTC time>/`: `database.dump` (`pg_dump -Fc`), `media/` (a copy) and `manifest.json`
 * ({@link BackupManifest}). The folder appears only once complete (it is written under a hidden name first).
 * @param mediaDir uploaded files; a missing folder is recorded as "no media" in the manifest
 * @param pgBinDir folder of pg_dump; default: PATH
 * @throws when pg_dump is missing or its major version differs from the server's (naming both), or when
 *   pg_dump fails; nothing is left behind then
 */
export async function backupDatabase(options: {
  databaseUrl: string
  mediaDir: string
  backupsDir: string
  pgBinDir?: string
  now?: Date
}): Promise<{ dir: string; manifest: BackupManifest }> {
  const pgDump = await findPgTool('pg_dump', options.pgBinDir)
  const server = await serverVersion(options.databaseUrl)
  requireSameMajor(pgDump, server)

  const createdAt = options.now ?? new Date()
  const name = `mist-${createdAt
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z')}`
  const dir = path.join(options.backupsDir, name)
  if (existsSync(dir)) throw new Error(`${dir} already exists`)
  const partial = path.join(options.backupsDir, `.${name}.partial`)
  await mkdir(options.backupsDir, { recursive: true })
  // The dump holds the requests received (personal data): readable by the owner only.
  await mkdir(partial, { mode: 0o700 })
  try {
    // pg_dump reads the snapshot exported by this open transaction, so the row counts describe the dump exactly.
    const rows = await withClient(options.databaseUrl, async (client) => {
      await client.query('begin isolation level repeatable read read only')
      const snapshot = (await client.query<{ id: string }>('select pg_export_snapshot() as id'))
        .rows[0]?.id
      if (!snapshot) throw new Error('PostgreSQL exported no snapshot')
      const counts = await countRows(client)
      const { dbname, env } = connectionOf(options.databaseUrl)
      await runPgTool(
        pgDump,
        [
          '--format=custom',
          `--snapshot=${snapshot}`,
          '--file',
          path.join(partial, dumpFile),
          '--dbname',
          dbname,
        ],
        env,
      )
      await client.query('commit')
      return counts
    })
    const media = existsSync(options.mediaDir)
      ? await copyMedia(options.mediaDir, path.join(partial, mediaFolder))
      : { included: false, files: 0, bytes: 0 }
    const manifest: BackupManifest = {
      format: backupFormat,
      createdAt: createdAt.toISOString(),
      database: {
        name: decodeURIComponent(new URL(options.databaseUrl).pathname.slice(1)),
        serverVersion: server.version,
        pgDumpVersion: pgDump.version,
        rows,
      },
      media,
    }
    await writeFile(path.join(partial, manifestFile), `${JSON.stringify(manifest, null, 2)}\n`)
    await rename(partial, dir)
    return { dir, manifest }
  } catch (error) {
    await rm(partial, { recursive: true, force: true })
    throw error
  }
}

/**
 * Restores a backup folder made by {@link backupDatabase}: the database from its dump (in one transaction)
 * and the media folder from its copy.
 * Without `replace`, refuses a database that holds any table or a media folder that holds any file.
 * With `replace`, the database's schemas and the media folder are replaced, only once the backup has been
 * read in full; on any error the database and the media folder are left as they were.
 * @param pgBinDir folder of pg_restore and psql; default: PATH
 * @throws on a folder that is not a backup, a damaged dump, client tools of another major version than the
 *   server, other sessions connected to the database (a running CMS), or a database or media folder that is
 *   not empty without `replace` (saying how to proceed)
 */
export async function restoreBackup(options: {
  backupDir: string
  databaseUrl: string
  mediaDir: string
  replace: boolean
  pgBinDir?: string
}): Promise<BackupManifest> {
  const manifest = await readManifest(options.backupDir)
  const archive = path.join(options.backupDir, dumpFile)
  const [pgRestore, psql, server] = await Promise.all([
    findPgTool('pg_restore', options.pgBinDir),
    findPgTool('psql', options.pgBinDir),
    serverVersion(options.databaseUrl),
  ])
  requireSameMajor(pgRestore, server)
  requireSameMajor(psql, server)

  const schemas = await withClient(options.databaseUrl, async (client) => {
    const found = await client.query<{ name: string; tables: string }>(
      `select s.name, (select count(*) from pg_tables t where t.schemaname = s.name) as tables
       from (${userSchemas}) s order by s.name`,
    )
    return found.rows.map((row) => ({ name: row.name, tables: Number(row.tables) }))
  })
  const sessions = await withClient(options.databaseUrl, async (client) => {
    const found = await client.query<{ count: string }>(
      `select count(*) from pg_stat_activity
       where datname = current_database() and pid <> pg_backend_pid()`,
    )
    return Number(found.rows[0]?.count ?? 0)
  })
  if (sessions > 0) {
    throw new Error(
      `Nothing was restored: ${sessions} other sessions are connected to the database. ` +
        'Stop `pnpm start` (or the CMS) first.',
    )
  }
  const tables = schemas.reduce((sum, schema) => sum + schema.tables, 0)
  const mediaFiles = existsSync(options.mediaDir) ? (await listFiles(options.mediaDir)).length : 0
  if (!options.replace && (tables > 0 || mediaFiles > 0)) {
    const what = [
      tables > 0 ? `the database holds ${tables} tables` : '',
      mediaFiles > 0 ? `${options.mediaDir} holds ${mediaFiles} files` : '',
    ]
      .filter(Boolean)
      .join(' and ')
    throw new Error(
      `Nothing was restored: ${what}. To replace them with the backup, run again with --replace ` +
        '(back them up first with `pnpm db:backup` if they may be needed).',
    )
  }

  // Media go to a staging folder first, so that a failed copy changes nothing.
  const staging = `${options.mediaDir}.restoring`
  await mkdir(path.dirname(options.mediaDir), { recursive: true })
  await rm(staging, { recursive: true, force: true })
  if (manifest.media.included) {
    await cp(path.join(options.backupDir, mediaFolder), staging, { recursive: true })
  } else {
    await mkdir(staging, { recursive: true })
  }
  try {
    const quote = (name: string) => `"${name.replaceAll('"', '""')}"`
    const prelude = options.replace
      ? [
          ...schemas.map((schema) => `drop schema ${quote(schema.name)} cascade;`),
          'create schema public;',
          '',
        ].join('\n')
      : ''
    await restoreArchive({ pgRestore, psql, archive, databaseUrl: options.databaseUrl, prelude })
  } catch (error) {
    await rm(staging, { recursive: true, force: true })
    throw error
  }
  const replaced = `${options.mediaDir}.replaced`
  if (existsSync(options.mediaDir)) await rename(options.mediaDir, replaced)
  await rename(staging, options.mediaDir)
  await rm(replaced, { recursive: true, force: true })
  return manifest
}

/**
 * Deletes the backup folders in `backupsDir` made more than `keepDays` days before `now`, so that requests
 * purged from the database (SUBMISSION_RETENTION_MONTHS) do not live on in old backups. Only folders with a
 * Mist backup manifest are considered, and the newest backup is always kept; folders left by interrupted
 * backups (`.mist-….partial`) go after the same delay.
 * @returns the names of the deleted folders
 */
export async function rotateBackups(options: {
  backupsDir: string
  keepDays: number
  now?: Date
}): Promise<string[]> {
  const cutoff = (options.now ?? new Date()).getTime() - options.keepDays * 24 * 60 * 60 * 1000
  const backups: Array<{ name: string; time: number }> = []
  const leftovers: string[] = []
  for (const entry of await readdir(options.backupsDir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue
    if (/^\.mist-.*\.partial$/.test(entry.name)) {
      // What an interrupted backup left (it may hold a part of the dump): gone after the same delay.
      const { mtimeMs } = await stat(path.join(options.backupsDir, entry.name))
      if (mtimeMs < cutoff) leftovers.push(entry.name)
      continue
    }
    if (entry.name.startsWith('.')) continue
    try {
      const manifest = await readManifest(path.join(options.backupsDir, entry.name))
      backups.push({ name: entry.name, time: Date.parse(manifest.createdAt) })
    } catch {
      // Not a backup of ours: left alone.
    }
  }
  backups.sort((a, b) => b.time - a.time)
  const expired = backups.slice(1).filter((backup) => backup.time < cutoff)
  const deleted = [...expired.map((backup) => backup.name), ...leftovers]
  for (const name of deleted) {
    await rm(path.join(options.backupsDir, name), { recursive: true, force: true })
  }
  return deleted
}

/**
 * Reads and checks a backup folder's manifest and dump.
 * @throws naming the folder when it is not a complete Mist backup
 */
export async function readManifest(backupDir: string): Promise<BackupManifest> {
  const file = path.join(backupDir, manifestFile)
  let manifest: unknown
  try {
    manifest = JSON.parse(await readFile(file, 'utf8'))
  } catch {
    throw new Error(
      `${backupDir} is not a backup made by \`pnpm db:backup\` (no readable ${manifestFile})`,
    )
  }
  if (
    typeof manifest !== 'object' ||
    manifest === null ||
    !('format' in manifest) ||
    manifest.format !== backupFormat
  ) {
    throw new Error(`${file}: unknown backup format (expected ${backupFormat})`)
  }
  if (!existsSync(path.join(backupDir, dumpFile)))
    throw new Error(`${backupDir} has no ${dumpFile}: the backup is incomplete`)
  return manifest as BackupManifest
}

async function countRows(client: {
  query: <R extends object>(text: string) => Promise<{ rows: R[] }>
}): Promise<Record<string, number>> {
  const tables = await client.query<{ schema: string; table: string }>(
    `select schemaname as schema, tablename as table from pg_tables
     where schemaname in (${userSchemas}) order by 1, 2`,
  )
  const rows: Record<string, number> = {}
  for (const { schema, table } of tables.rows) {
    const quoted = `"${schema.replaceAll('"', '""')}"."${table.replaceAll('"', '""')}"`
    const result = await client.query<{ count: string }>(`select count(*) from ${quoted}`)
    rows[`${schema}.${table}`] = Number(result.rows[0]?.count ?? 0)
  }
  return rows
}

async function copyMedia(from: string, to: string): Promise<BackupManifest['media']> {
  await cp(from, to, { recursive: true, preserveTimestamps: true })
  const files = await listFiles(to)
  let bytes = 0
  for (const file of files) bytes += (await stat(file)).size
  return { included: true, files: files.length, bytes }
}

/** Every file under `dir`, as paths. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
}
