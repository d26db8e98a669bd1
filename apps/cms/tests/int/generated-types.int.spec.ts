import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { generateTypes } from 'payload/node'
import { describe, expect, it } from 'vitest'

import { bootPayload } from '../helpers/payload.ts'

describe('generated types', () => {
  it('payload-types.ts matches the collections (regenerate with `pnpm --filter @mist/cms generate:types`)', async () => {
    const { config } = await bootPayload()
    const dir = mkdtempSync(path.join(tmpdir(), 'mist-types-'))
    const output = path.join(dir, 'payload-types.ts')
    process.env.PAYLOAD_TS_OUTPUT_PATH = output
    try {
      await generateTypes(config, { log: false })
      const committed = readFileSync(new URL('../../src/payload-types.ts', import.meta.url), 'utf8')
      expect(
        readFileSync(output, 'utf8') === committed,
        'apps/cms/src/payload-types.ts is stale',
      ).toBe(true)
    } finally {
      delete process.env.PAYLOAD_TS_OUTPUT_PATH
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
