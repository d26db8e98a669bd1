import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import {
  backupDatabase,
  databaseUrl,
  dropDatabase,
  ensureDatabase,
  listFiles,
  restoreBackup,
  withClient,
} from '@mist/platform'
import { afterAll, describe, expect, inject, it } from 'vitest'

import { pdfDocument, pngImage } from '../helpers/files.ts'
import { bootPayload } from '../helpers/payload.ts'

interface TableContent {
  table: string
  /** Every row as JSON text, sorted, so that two databases compare row by row whatever their physical order. */
  rows: string[]
}

/** Every row of every table of the database's own schemas (`public`, `form_intake`), table by table. */
async function contentOf(url: string): Promise<TableContent[]> {
  return withClient(url, async (client) => {
    const tables = await client.query<{ schema: string; table: string }>(
      `select schemaname as schema, tablename as table from pg_tables
       where schemaname not like 'pg\\_%' and schemaname <> 'information_schema' order by 1, 2`,
    )
    const content: TableContent[] = []
    for (const { schema, table } of tables.rows) {
      const result = await client.query<{ row: string }>(
        `select to_jsonb(t)::text as row from "${schema}"."${table}" t order by 1`,
      )
      content.push({ table: `${schema}.${table}`, rows: result.rows.map((row) => row.row) })
    }
    return content
  })
}

/** Where each sequence stands, so that documents created after a restore get fresh ids. */
async function sequencesOf(url: string): Promise<Record<string, string>> {
  return withClient(url, async (client) => {
    const result = await client.query<{ name: string; last_value: string | null }>(
      `select schemaname || '.' || sequencename as name, last_value::text from pg_sequences
       where schemaname not like 'pg\\_%' order by 1`,
    )
    return Object.fromEntries(result.rows.map((row) => [row.name, row.last_value ?? 'unused']))
  })
}

const cleanups: Array<() => Promise<unknown>> = []
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup()
})

describe('backup round trip', () => {
  it('a backup restored into an empty database gives back every document, request received and media file', async () => {
    // Setup: Mist's content in French and English, uploaded media and requests received
    const { payload } = await bootPayload()
    // Imported after the boot: the Media collection reads MEDIA_DIR when its module loads, and the seed's
    // imports would load it before bootPayload has pointed MEDIA_DIR at the run's folder.
    const { seed } = await import('../../src/seed/index.ts')
    await seed(payload)
    await payload.create({
      collection: 'media',
      data: { alt: 'Affiche de la journée contre la traite, texte blanc sur fond bleu' },
      file: { data: await pngImage(640, 480), name: 'affiche.png', mimetype: 'image/png', size: 0 },
    })
    await payload.create({
      collection: 'media',
      data: { alt: 'Rapport annuel de Mist' },
      file: {
        data: pdfDocument(),
        name: 'rapport.pdf',
        mimetype: 'application/pdf',
        size: 0,
      },
    })
    for (const [name, email] of [
      ['Lina Sauvegardée', 'lina@exemple.fr'],
      ['Omar Restauré', 'omar@exemple.fr'],
    ] as const) {
      await payload.create({
        collection: 'form-submissions',
        data: { formType: 'quote-request', locale: 'fr', quoteRequest: { name, email } },
      })
    }
    const sourceUrl = process.env.DATABASE_URL ?? ''
    const serverUrl = databaseUrl(sourceUrl, 'postgres')
    const targetName = `${new URL(sourceUrl).pathname.slice(1)}_restored`
    await ensureDatabase(serverUrl, targetName)
    cleanups.push(() => dropDatabase(serverUrl, targetName))
    const targetUrl = databaseUrl(serverUrl, targetName)
    const work = await mkdtemp(path.join(tmpdir(), 'mist-round-trip-'))
    cleanups.push(() => rm(work, { recursive: true, force: true }))
    const mediaDir = inject('mediaDir')
    const restoredMedia = path.join(work, 'media')

    // Action
    const { dir, manifest } = await backupDatabase({
      databaseUrl: sourceUrl,
      mediaDir,
      backupsDir: path.join(work, 'backups'),
    })
    await restoreBackup({
      backupDir: dir,
      databaseUrl: targetUrl,
      mediaDir: restoredMedia,
      replace: false,
    })

    // Assert: table by table, row by row
    const [source, restored] = await Promise.all([contentOf(sourceUrl), contentOf(targetUrl)])
    // Other test files of the run may have stored requests too: these two must be among the compared rows.
    const submissions = source.find((table) => table.table === 'public.form_submissions')?.rows
    expect(submissions?.join('\n')).toContain('Lina Sauvegardée')
    expect(submissions?.join('\n')).toContain('Omar Restauré')
    expect(
      source.find((table) => table.table === 'public.pages_locales')?.rows.length,
    ).toBeGreaterThan(0)
    expect(restored.map((table) => table.table)).toEqual(source.map((table) => table.table))
    for (const [index, table] of source.entries()) {
      expect(restored[index]?.rows, table.table).toEqual(table.rows)
      expect(manifest.database.rows[table.table], table.table).toBe(table.rows.length)
    }
    expect(await sequencesOf(targetUrl)).toEqual(await sequencesOf(sourceUrl))
    // Media: the same files, byte for byte
    const sourceFiles = (await listFiles(mediaDir)).map((file) => path.relative(mediaDir, file))
    const restoredFiles = (await listFiles(restoredMedia)).map((file) =>
      path.relative(restoredMedia, file),
    )
    expect(sourceFiles.length).toBeGreaterThanOrEqual(2)
    expect(restoredFiles.sort()).toEqual(sourceFiles.sort())
    for (const file of sourceFiles) {
      const [original, copy] = await Promise.all([
        readFile(path.join(mediaDir, file)),
        readFile(path.join(restoredMedia, file)),
      ])
      expect(copy.equals(original), file).toBe(true)
    }
  })
})
