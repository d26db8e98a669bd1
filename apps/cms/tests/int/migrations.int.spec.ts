import { readdirSync, readFileSync } from 'node:fs'

import { describe, expect, it } from 'vitest'

import { bootPayload } from '../helpers/payload.ts'

interface DrizzleKit {
  generateDrizzleJson: (schema: unknown) => Promise<unknown>
  generateMigration: (before: unknown, after: unknown) => Promise<string[]>
  pushSchema: (
    schema: unknown,
    drizzle: unknown,
    schemaFilters?: string[],
  ) => Promise<{ statementsToExecute: string[] }>
}

describe('migrations', () => {
  it('the committed migrations match the collections (create one with `payload migrate:create`)', async () => {
    const { payload } = await bootPayload()
    const db = payload.db as unknown as { requireDrizzleKit: () => DrizzleKit; schema: unknown }
    const dir = new URL('../../src/migrations/', import.meta.url)
    const latest = readdirSync(dir)
      .filter((file) => file.endsWith('.json'))
      .sort()
      .at(-1)
    if (!latest) throw new Error('no migration snapshot')
    const before: unknown = JSON.parse(readFileSync(new URL(latest, dir), 'utf8'))
    const kit = db.requireDrizzleKit()
    // The same diff `payload migrate:create` makes between the last snapshot and the current config.
    const statements = await kit.generateMigration(before, await kit.generateDrizzleJson(db.schema))
    expect(statements, 'apps/cms/src/migrations is stale').toEqual([])
  })

  it('a database built by the committed migrations has exactly the schema the collections need', async () => {
    // Setup: bootPayload migrated this run's fresh database with the committed SQL (hand-merged SQL included)
    const { payload } = await bootPayload()
    const db = payload.db as unknown as {
      requireDrizzleKit: () => DrizzleKit
      schema: unknown
      drizzle: unknown
    }
    // Action: what `push` would still change in that database to match the config
    const { statementsToExecute } = await db
      .requireDrizzleKit()
      .pushSchema(db.schema, db.drizzle, ['public'])
    // Assert. drizzle-kit's push reports `SET DEFAULT <n>` for numeric columns whose default is already n
    // (seen right after migrating, on columns Payload's own generated SQL creates: `login_attempts` 0, a
    // latest-advocacy block's `count` 3): not a difference.
    const differences = statementsToExecute.filter(
      (statement) => !/^ALTER TABLE "\w+" ALTER COLUMN "\w+" SET DEFAULT \d+;$/.test(statement),
    )
    expect(differences, 'the SQL of apps/cms/src/migrations does not build the config').toEqual([])
  })
})
