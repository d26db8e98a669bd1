import { execFileSync } from 'node:child_process'
import {
  chmod,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rm,
  symlink,
  utimes,
  writeFile,
} from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { backupDatabase, backupFormat, restoreBackup, rotateBackups } from './backup.ts'
import { databaseUrl, dropDatabase, ensureDatabase } from './postgres.ts'
import { createTestDatabase, type TestDatabase } from './test-database.ts'

let source: TestDatabase
let work: string
let serverUrl: string
let targetCount = 0

/** A new empty database on the test server, dropped after the run. */
async function emptyDatabase(): Promise<string> {
  targetCount += 1
  const name = `${new URL(source.url).pathname.slice(1)}_target_${targetCount}`
  await ensureDatabase(serverUrl, name)
  targets.push(name)
  return databaseUrl(serverUrl, name)
}
const targets: string[] = []

async function query<R extends object>(url: string, text: string): Promise<R[]> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return (await client.query<R>(text)).rows
  } finally {
    await client.end()
  }
}

async function mediaWith(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(work, 'media-'))
  for (const [name, content] of Object.entries(files))
    await writeFile(path.join(dir, name), content)
  return dir
}

beforeAll(async () => {
  source = await createTestDatabase()
  serverUrl = databaseUrl(source.url, 'postgres')
  work = await mkdtemp(path.join(tmpdir(), 'mist-backup-test-'))
  // A request received in the intake's own schema and one in `public`, as the CMS stores them.
  await query(
    source.url,
    `create schema form_intake;
     create table form_intake.fingerprints (fingerprint text primary key);
     insert into form_intake.fingerprints values ('f1');
     create table public.form_submissions (id serial primary key, form text, data jsonb);
     insert into public.form_submissions (form, data) values ('quote-request', '{"name": "Camille"}');`,
  )
}, 90_000)

afterAll(async () => {
  for (const name of targets) await dropDatabase(serverUrl, name)
  await source?.drop()
  await rm(work, { recursive: true, force: true })
})

describe('db:backup and db:restore', () => {
  it('restores a backup into an empty database and media folder: same rows, same files', async () => {
    // Setup
    const media = await mediaWith({ 'leaflet.pdf': '%PDF-1.7 mist' })
    const { dir, manifest } = await backupDatabase({
      databaseUrl: source.url,
      mediaDir: media,
      backupsDir: path.join(work, 'backups-a'),
    })
    const target = await emptyDatabase()
    const restoredMedia = path.join(work, 'restored-media-a')
    // Action
    await restoreBackup({
      backupDir: dir,
      databaseUrl: target,
      mediaDir: restoredMedia,
      replace: false,
    })
    // Assert
    expect(manifest.database.rows).toEqual({
      'form_intake.fingerprints': 1,
      'public.form_submissions': 1,
    })
    expect(await query(target, 'select form, data from public.form_submissions')).toEqual([
      { form: 'quote-request', data: { name: 'Camille' } },
    ])
    expect(await query(target, 'select fingerprint from form_intake.fingerprints')).toEqual([
      { fingerprint: 'f1' },
    ])
    expect(await readFile(path.join(restoredMedia, 'leaflet.pdf'), 'utf8')).toBe('%PDF-1.7 mist')
  })

  it('refuses a pg_dump of another major version than the server, naming both, and writes no backup', async () => {
    // Setup: a pg_dump that says it is PostgreSQL 14
    const bin = path.join(work, 'old-bin')
    await mkdir(bin)
    await writeFile(path.join(bin, 'pg_dump'), '#!/bin/sh\necho "pg_dump (PostgreSQL) 14.9"\n')
    await chmod(path.join(bin, 'pg_dump'), 0o755)
    const backupsDir = path.join(work, 'backups-b')
    const [{ server_version: server = '' } = {}] = await query<{ server_version: string }>(
      source.url,
      'show server_version',
    )
    // Action
    const attempt = backupDatabase({
      databaseUrl: source.url,
      mediaDir: path.join(work, 'no-media'),
      backupsDir,
      pgBinDir: bin,
    })
    // Assert
    await expect(attempt).rejects.toThrow(
      new RegExp(`PostgreSQL 14\\.9 but the database server is PostgreSQL ${server.split(' ')[0]}`),
    )
    await expect(readdir(backupsDir)).rejects.toThrow(/ENOENT/)
  })

  it('refuses to restore over a database that holds data unless --replace is given, and changes nothing', async () => {
    // Setup
    const { dir } = await backupDatabase({
      databaseUrl: source.url,
      mediaDir: await mediaWith({}),
      backupsDir: path.join(work, 'backups-c'),
    })
    const target = await emptyDatabase()
    await query(target, `create table notes (text text); insert into notes values ('keep me')`)
    // Action
    const attempt = restoreBackup({
      backupDir: dir,
      databaseUrl: target,
      mediaDir: path.join(work, 'media-c'),
      replace: false,
    })
    // Assert
    await expect(attempt).rejects.toThrow(/the database holds 1 tables.*--replace/)
    expect(await query(target, 'select text from notes')).toEqual([{ text: 'keep me' }])
  })

  it('refuses to restore while another session (a running CMS) is connected to the database', async () => {
    // Setup
    const { dir } = await backupDatabase({
      databaseUrl: source.url,
      mediaDir: await mediaWith({}),
      backupsDir: path.join(work, 'backups-g'),
    })
    const target = await emptyDatabase()
    const cms = new pg.Client({ connectionString: target })
    await cms.connect()
    try {
      // Action
      const attempt = restoreBackup({
        backupDir: dir,
        databaseUrl: target,
        mediaDir: path.join(work, 'media-g'),
        replace: true,
      })
      // Assert
      await expect(attempt).rejects.toThrow(/1 other sessions are connected.*Stop `pnpm start`/)
      expect(
        await query(
          target,
          'select count(*)::int as tables from pg_tables where schemaname = $$public$$',
        ),
      ).toEqual([{ tables: 0 }])
    } finally {
      await cms.end()
    }
  })

  it('with --replace, a damaged backup leaves the database and the media folder as they were', async () => {
    // Setup
    const { dir } = await backupDatabase({
      databaseUrl: source.url,
      mediaDir: await mediaWith({}),
      backupsDir: path.join(work, 'backups-d'),
    })
    const dump = path.join(dir, 'database.dump')
    const bytes = await readFile(dump)
    await writeFile(dump, bytes.subarray(0, Math.floor(bytes.length / 2)))
    const target = await emptyDatabase()
    await query(target, `create table notes (text text); insert into notes values ('keep me')`)
    const media = await mediaWith({ 'photo.jpg': 'current photo' })
    // Action
    const attempt = restoreBackup({
      backupDir: dir,
      databaseUrl: target,
      mediaDir: media,
      replace: true,
    })
    // Assert
    await expect(attempt).rejects.toThrow(/pg_restore/)
    expect(await query(target, 'select text from notes')).toEqual([{ text: 'keep me' }])
    expect(await readFile(path.join(media, 'photo.jpg'), 'utf8')).toBe('current photo')
  })

  it('with --replace, a restore failing after the old tables were dropped rolls everything back', async () => {
    // Setup: a psql that runs the restore, then a statement that fails, as a restore failing at its end would
    const { dir } = await backupDatabase({
      databaseUrl: source.url,
      mediaDir: await mediaWith({}),
      backupsDir: path.join(work, 'backups-h'),
    })
    const bin = path.join(work, 'failing-bin')
    await mkdir(bin)
    const real = (tool: string) =>
      execFileSync('sh', ['-c', `command -v ${tool}`])
        .toString()
        .trim()
    await symlink(real('pg_restore'), path.join(bin, 'pg_restore'))
    await writeFile(
      path.join(bin, 'psql'),
      `#!/bin/sh\nexec ${real('psql')} "$@" --command 'select 1/0'\n`,
    )
    await chmod(path.join(bin, 'psql'), 0o755)
    const target = await emptyDatabase()
    await query(target, `create table notes (text text); insert into notes values ('keep me')`)
    const media = await mediaWith({ 'photo.jpg': 'current photo' })
    // Action
    const attempt = restoreBackup({
      backupDir: dir,
      databaseUrl: target,
      mediaDir: media,
      replace: true,
      pgBinDir: bin,
    })
    // Assert
    await expect(attempt).rejects.toThrow(/division by zero/)
    expect(await query(target, 'select text from notes')).toEqual([{ text: 'keep me' }])
    const tables = await query<{ name: string }>(
      target,
      `select schemaname || '.' || tablename as name from pg_tables
       where schemaname in ('public', 'form_intake')`,
    )
    expect(tables.map((table) => table.name)).toEqual(['public.notes'])
    expect(await readdir(media)).toEqual(['photo.jpg'])
  })

  it('with --replace, the database and media become exactly the backup’s (tables it lacks are gone)', async () => {
    // Setup
    const { dir } = await backupDatabase({
      databaseUrl: source.url,
      mediaDir: await mediaWith({ 'leaflet.pdf': 'from the backup' }),
      backupsDir: path.join(work, 'backups-e'),
    })
    const target = await emptyDatabase()
    await query(target, `create table notes (text text); insert into notes values ('old')`)
    const media = await mediaWith({ 'photo.jpg': 'current photo' })
    // Action
    await restoreBackup({ backupDir: dir, databaseUrl: target, mediaDir: media, replace: true })
    // Assert
    const tables = await query<{ name: string }>(
      target,
      `select schemaname || '.' || tablename as name from pg_tables
       where schemaname in ('public', 'form_intake') order by 1`,
    )
    expect(tables.map((table) => table.name)).toEqual([
      'form_intake.fingerprints',
      'public.form_submissions',
    ])
    expect(await readdir(media)).toEqual(['leaflet.pdf'])
  })

  it('rotation deletes backups (and interrupted ones) older than the kept days but never the newest, nor other folders', async () => {
    // Setup: backups made 90, 40 and 2 days before `now`, and a folder that is not a backup
    const backupsDir = path.join(work, 'backups-f')
    const now = new Date('2026-11-29T12:00:00Z')
    const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000).toISOString()
    for (const [name, createdAt] of [
      ['mist-old', daysAgo(90)],
      ['mist-month', daysAgo(40)],
      ['mist-recent', daysAgo(2)],
    ] as const) {
      await mkdir(path.join(backupsDir, name), { recursive: true })
      await writeFile(path.join(backupsDir, name, 'database.dump'), '')
      await writeFile(
        path.join(backupsDir, name, 'manifest.json'),
        JSON.stringify({ format: backupFormat, createdAt }),
      )
    }
    await mkdir(path.join(backupsDir, 'notes'))
    const interrupted = path.join(backupsDir, '.mist-20260801T000000Z.partial')
    await mkdir(interrupted)
    await utimes(interrupted, new Date(daysAgo(40)), new Date(daysAgo(40)))
    // Action
    const deleted = await rotateBackups({ backupsDir, keepDays: 30, now })
    // Assert
    expect(deleted.sort()).toEqual(['.mist-20260801T000000Z.partial', 'mist-month', 'mist-old'])
    expect((await readdir(backupsDir)).sort()).toEqual(['mist-recent', 'notes'])
    // Only old backups left: the newest is still kept.
    expect(await rotateBackups({ backupsDir, keepDays: 1, now: new Date('2027-06-01') })).toEqual(
      [],
    )
  })
})
