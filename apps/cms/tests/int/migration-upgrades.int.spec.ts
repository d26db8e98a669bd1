import { databaseUrl, dropDatabase, ensureDatabase } from '@mist/platform'
import { drizzle, type NodePgClient } from '@payloadcms/db-postgres/drizzle/node-postgres'
import type { MigrateUpArgs } from '@payloadcms/db-postgres'
import pg from 'pg'
import { describe, expect, inject, it } from 'vitest'

import { migrations } from '../../src/migrations/index.ts'

/**
 * Every migration boundary: a database built by the migrations before it, filled with a row in every table
 * (two, French and English, in localized tables), then migrated by it, keeps every row and every value.
 * Values are unique per column, so that a renamed column is recognised by its values.
 */

interface Column {
  name: string
  type: string
  udt: string
  nullable: boolean
  /** Filled by PostgreSQL (serial, identity, generated): left out of the inserts. */
  automatic: boolean
}

interface ForeignKey {
  column: string
  table: string
  references: string
}

type Row = Record<string, unknown>
/** `schema.table` → its rows, as to_jsonb gives them. */
type Content = Map<string, Row[]>

const schemas = `n.nspname not like 'pg\\_%' and n.nspname <> 'information_schema'`

async function tablesOf(client: pg.Client): Promise<Map<string, Column[]>> {
  const result = await client.query<{
    table: string
    name: string
    type: string
    udt: string
    nullable: boolean
    automatic: boolean
  }>(
    `select n.nspname || '.' || c.relname as table, a.attname as name,
            format_type(a.atttypid, a.atttypmod) as type, t.typname as udt, not a.attnotnull as nullable,
            (a.attidentity <> '' or a.attgenerated <> ''
             or coalesce(pg_get_expr(d.adbin, d.adrelid), '') like 'nextval(%') as automatic
     from pg_class c
     join pg_namespace n on n.oid = c.relnamespace
     join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
     join pg_type t on t.oid = a.atttypid
     left join pg_attrdef d on d.adrelid = c.oid and d.adnum = a.attnum
     where c.relkind = 'r' and ${schemas}
     order by 1, a.attnum`,
  )
  const tables = new Map<string, Column[]>()
  for (const { table, ...column } of result.rows) {
    tables.set(table, [...(tables.get(table) ?? []), column])
  }
  return tables
}

async function foreignKeysOf(client: pg.Client): Promise<Map<string, ForeignKey[]>> {
  const result = await client.query<ForeignKey & { from: string; columns: number }>(
    `select n.nspname || '.' || c.relname as from, a.attname as column,
            rn.nspname || '.' || r.relname as table, ra.attname as references,
            array_length(k.conkey, 1) as columns
     from pg_constraint k
     join pg_class c on c.oid = k.conrelid join pg_namespace n on n.oid = c.relnamespace
     join pg_class r on r.oid = k.confrelid join pg_namespace rn on rn.oid = r.relnamespace
     join pg_attribute a on a.attrelid = k.conrelid and a.attnum = k.conkey[1]
     join pg_attribute ra on ra.attrelid = k.confrelid and ra.attnum = k.confkey[1]
     where k.contype = 'f' and ${schemas}`,
  )
  const keys = new Map<string, ForeignKey[]>()
  for (const { from, columns, ...key } of result.rows) {
    if (columns !== 1) throw new Error(`${from}: foreign keys on several columns are not handled`)
    keys.set(from, [...(keys.get(from) ?? []), key])
  }
  return keys
}

async function enumLabels(client: pg.Client): Promise<Map<string, string[]>> {
  const result = await client.query<{ udt: string; labels: string[] }>(
    `select t.typname as udt, array_agg(e.enumlabel::text order by e.enumsortorder) as labels
     from pg_type t join pg_enum e on e.enumtypid = t.oid group by t.typname`,
  )
  return new Map(result.rows.map((row) => [row.udt, row.labels]))
}

/** A value of `column`'s type, unique to the column and the row; null when no sensible value exists. */
function valueFor(column: Column, tag: string, enums: Map<string, string[]>): unknown {
  const labels = enums.get(column.udt)
  if (labels) return labels[0]
  if (column.type.endsWith('[]')) return '{}'
  if (/^(text|character varying)/.test(column.type)) return tag
  if (/^(integer|bigint|smallint)$/.test(column.type)) return 7
  if (/^(numeric|double precision|real)/.test(column.type)) return '7.5'
  if (column.type === 'boolean') return true
  if (column.type.startsWith('timestamp')) return '2026-03-08T09:30:00.000Z'
  if (column.type === 'date') return '2026-03-08'
  if (/^jsonb?$/.test(column.type)) return JSON.stringify({ seeded: tag })
  if (column.type === 'uuid') return '6f1c8e3a-2b4d-4c5e-9f60-7a8b9c0d1e2f'
  if (column.nullable) return null
  throw new Error(`${tag}: no test value for type ${column.type}; add one to migration-upgrades`)
}

/** Inserts rows in every table, parents before children, and returns what it inserted. */
async function fillEveryTable(client: pg.Client): Promise<void> {
  const tables = await tablesOf(client)
  const keys = await foreignKeysOf(client)
  const enums = await enumLabels(client)
  const inserted = new Map<string, Row[]>()
  const remaining = new Set(tables.keys())
  const parentsReady = (table: string, allowNullable: boolean) =>
    (keys.get(table) ?? []).every((key) => {
      const column = tables.get(table)?.find((candidate) => candidate.name === key.column)
      return key.table === table || inserted.has(key.table) || (allowNullable && column?.nullable)
    })
  while (remaining.size > 0) {
    const table =
      [...remaining].find((candidate) => parentsReady(candidate, false)) ??
      [...remaining].find((candidate) => parentsReady(candidate, true))
    if (!table) throw new Error(`no insert order for ${[...remaining].join(', ')}`)
    remaining.delete(table)
    const columns = (tables.get(table) ?? []).filter((column) => !column.automatic)
    const localeColumn = columns.find((column) => column.name === '_locale')
    const rowLocales = localeColumn ? (enums.get(localeColumn.udt) ?? []) : [undefined]
    const rows: Row[] = []
    for (const [index, locale] of rowLocales.entries()) {
      const values = columns.map((column) => {
        if (column === localeColumn) return locale
        const key = keys.get(table)?.find((candidate) => candidate.column === column.name)
        if (key) return inserted.get(key.table)?.[0]?.[key.references] ?? null
        return valueFor(column, `${table}.${column.name}#${index}`, enums)
      })
      const [schema, name] = table.split('.')
      const result = await client.query<Row>(
        `insert into "${schema}"."${name}" (${columns.map((column) => `"${column.name}"`).join(', ')})
         values (${columns.map((_, i) => `$${i + 1}`).join(', ')}) returning *`,
        values,
      )
      rows.push(...result.rows)
    }
    inserted.set(table, rows)
  }
}

async function contentOf(client: pg.Client): Promise<Content> {
  const content: Content = new Map()
  for (const table of (await tablesOf(client)).keys()) {
    const [schema, name] = table.split('.')
    const result = await client.query<{ row: Row }>(
      `select to_jsonb(t) as row from "${schema}"."${name}" t`,
    )
    content.set(
      table,
      result.rows.map((row) => row.row),
    )
  }
  return content
}

/**
 * What the migration lost: rows of `before` with no row in `after` holding the same values in the columns
 * both have, and whose values in dropped columns reappear in the new columns (a rename).
 */
function lostRows(before: Content, after: Content): string[] {
  const lost: string[] = []
  for (const [table, rows] of before) {
    const afterRows = after.get(table)
    if (!afterRows) {
      if (rows.length > 0) lost.push(`${table}: table dropped with ${rows.length} rows`)
      continue
    }
    for (const row of rows) {
      const found = afterRows.some((candidate) =>
        Object.entries(row).every(([column, value]) =>
          column in candidate
            ? JSON.stringify(candidate[column]) === JSON.stringify(value)
            : value === null ||
              Object.entries(candidate).some(
                ([newColumn, newValue]) =>
                  !(newColumn in row) && JSON.stringify(newValue) === JSON.stringify(value),
              ),
        ),
      )
      if (!found) lost.push(`${table}: ${JSON.stringify(row)}`)
    }
  }
  return lost
}

type Migration = (typeof migrations)[number]

/** Runs a migration's `up` in a transaction, as Payload does, on a database of its own. */
async function apply(client: pg.Client, migration: Migration): Promise<void> {
  // The test's databases are not Payload's: a migration that uses the Local API must say so here.
  const noLocalApi = new Proxy(
    {},
    {
      get: (_target, property) => {
        throw new Error(
          `${migration.name} uses payload/req.${String(property)}: seed its data in migration-upgrades`,
        )
      },
    },
  )
  const args = {
    // drizzle is typed against its own copy of @types/pg: the same Client, another declaration.
    db: drizzle(client as unknown as NodePgClient),
    payload: noLocalApi,
    req: noLocalApi,
  } as unknown as MigrateUpArgs
  await client.query('begin')
  try {
    await migration.up(args)
    await client.query('commit')
  } catch (error) {
    await client.query('rollback')
    throw error
  }
}

describe('migration upgrades', () => {
  const database = inject('testDatabase')
  const serverUrl = 'url' in database ? databaseUrl(database.url, 'postgres') : ''
  const runName = 'url' in database ? new URL(database.url).pathname.slice(1) : ''

  it.each(migrations.slice(1).map((migration, index) => [migration.name, index + 1] as const))(
    'migrating a filled database to %s loses no row and no value',
    async (_name, index) => {
      if ('error' in database) throw new Error(`No test database: ${database.error}`)
      // Setup: a database at the previous migration, a row in every table (French and English when localized)
      const name = `${runName}_upgrade_${index}`
      await ensureDatabase(serverUrl, name)
      const client = new pg.Client({ connectionString: databaseUrl(serverUrl, name) })
      await client.connect()
      try {
        for (const migration of migrations.slice(0, index)) await apply(client, migration)
        await fillEveryTable(client)
        const before = await contentOf(client)
        const migration = migrations[index]
        if (!migration) throw new Error(`no migration ${index}`)
        // Action
        await apply(client, migration)
        // Assert
        const after = await contentOf(client)
        expect(before.get('public.form_submissions')?.length).toBe(1)
        expect(before.get('public.pages_locales')?.length).toBe(2)
        expect(lostRows(before, after)).toEqual([])
      } finally {
        await client.end()
        await dropDatabase(serverUrl, name)
      }
    },
  )
})
