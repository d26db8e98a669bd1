import { readdirSync, readFileSync } from 'node:fs'

import { describe, expect, it } from 'vitest'

import { bootPayload } from '../helpers/payload.ts'

interface DrizzleKit {
  generateDrizzleJson: (schema: unknown) => Promise<unknown>
  generateMigration: (before: unknown, after: unknown) => Promise<string[]>
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
})
