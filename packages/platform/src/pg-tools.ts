import { execFile } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import pg from 'pg'

const execFileAsync = promisify(execFile)

/** A PostgreSQL client program (pg_dump, pg_restore, psql) and its version. */
export interface PgTool {
  /** What to run: a bare name looked up in PATH, or a path. */
  command: string
  /** As the program prints it, e.g. `15.20`. */
  version: string
  major: number
}

/** PostgreSQL's own client tools, which the backup scripts use instead of dumping code of their own. */
export type PgToolName = 'pg_dump' | 'pg_restore' | 'psql'

/**
 * Finds `name` (in `binDir` when given, else in PATH) and reads its version from `--version`
 * (`pg_dump (PostgreSQL) 15.20 (Debian 15.20-0+deb12u1)`).
 * @throws when the program is missing or prints no PostgreSQL version, saying how to install it
 */
export async function findPgTool(name: PgToolName, binDir?: string): Promise<PgTool> {
  const command = binDir ? `${binDir}/${name}` : name
  let output: string
  try {
    output = (await execFileAsync(command, ['--version'])).stdout
  } catch {
    throw new Error(
      `${name} was not found${binDir ? ` in ${binDir}` : ''}: install PostgreSQL's client tools of the ` +
        'same major version as the server (Debian: apt-get install postgresql-client).',
    )
  }
  const match = /\(PostgreSQL\) (\d+)(?:\.(\d+))?/.exec(output)
  if (!match?.[1]) throw new Error(`${command} --version printed no PostgreSQL version: ${output}`)
  return { command, version: `${match[1]}.${match[2] ?? '0'}`, major: Number(match[1]) }
}

/**
 * Refuses a client tool whose major version differs from the server's: pg_dump refuses newer servers, and a
 * newer pg_dump writes archives that older pg_restore programs cannot read.
 * @throws naming the tool, both versions and what to install
 */
export function requireSameMajor(tool: PgTool, server: { version: string; major: number }): void {
  if (tool.major === server.major) return
  throw new Error(
    `${tool.command} is PostgreSQL ${tool.version} but the database server is PostgreSQL ${server.version}: ` +
      `the major versions must match. Install PostgreSQL ${server.major}'s client tools ` +
      `(Debian: apt-get install postgresql-client-${server.major}) or put them first in PATH.`,
  )
}

/** The server's version, e.g. `{ version: '15.18', major: 15 }`. */
export async function serverVersion(
  databaseUrl: string,
): Promise<{ version: string; major: number }> {
  return withClient(databaseUrl, async (client) => {
    const result = await client.query<{ server_version: string }>('show server_version')
    const version = result.rows[0]?.server_version.split(' ')[0] ?? ''
    return { version, major: Number.parseInt(version, 10) }
  })
}

/**
 * Arguments and environment that point a client tool at `databaseUrl`. The password goes through PGPASSWORD,
 * never on the command line, where any local user could read it.
 */
export function connectionOf(databaseUrl: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const url = new URL(databaseUrl)
  const password = decodeURIComponent(url.password)
  url.password = ''
  return {
    dbname: url.href,
    env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) },
  }
}

/**
 * Runs a client tool to completion, its output captured.
 * @throws naming the tool and its exit code, with the end of what it printed on stderr
 */
export async function runPgTool(
  tool: PgTool,
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<string> {
  try {
    const { stdout } = await execFileAsync(tool.command, args, {
      env,
      maxBuffer: 64 * 1024 * 1024,
    })
    return stdout
  } catch (error) {
    const stderr =
      typeof error === 'object' && error !== null && 'stderr' in error
        ? String(error.stderr)
        : String(error)
    throw new Error(`${tool.command} failed: ${stderr.slice(-2000)}`, { cause: error })
  }
}

/**
 * Restores a `pg_dump -Fc` archive: pg_restore first writes it out as SQL in full (a damaged archive fails
 * there, before the database is touched), then psql runs `prelude` and that SQL in one transaction, so that an
 * error anywhere rolls everything back and leaves the database as it was.
 * @throws with the end of pg_restore's or psql's error output
 */
export async function restoreArchive(options: {
  pgRestore: PgTool
  psql: PgTool
  archive: string
  databaseUrl: string
  prelude: string
}): Promise<void> {
  const { dbname, env } = connectionOf(options.databaseUrl)
  const work = await mkdtemp(path.join(tmpdir(), 'mist-restore-'))
  try {
    const prelude = path.join(work, 'prelude.sql')
    const script = path.join(work, 'restore.sql')
    await writeFile(prelude, options.prelude)
    await runPgTool(
      options.pgRestore,
      ['--no-owner', '--no-privileges', '--file', script, options.archive],
      env,
    )
    await runPgTool(
      options.psql,
      [
        '--no-psqlrc',
        '--quiet',
        '--single-transaction',
        '--set',
        'ON_ERROR_STOP=1',
        '--dbname',
        dbname,
        '--file',
        prelude,
        '--file',
        script,
      ],
      env,
    )
  } finally {
    await rm(work, { recursive: true, force: true })
  }
}

/** Opens one connection to `databaseUrl` for `work`, closed afterwards. */
export async function withClient<T>(
  databaseUrl: string,
  work: (client: pg.Client) => Promise<T>,
): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}
