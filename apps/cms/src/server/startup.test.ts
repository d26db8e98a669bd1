import { spawnSync } from 'node:child_process'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

const cmsDir = path.resolve(import.meta.dirname, '../..')

/** Runs the production server (server.ts) with `env` only, as `pnpm start` and Docker run it. */
function startServer(env: Record<string, string>) {
  return spawnSync(process.execPath, ['server.ts', '--port', '0', '--hostname', '127.0.0.1'], {
    cwd: cmsDir,
    env: { PATH: process.env.PATH ?? '', NODE_ENV: 'production', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  })
}

describe('CMS start-up', () => {
  it('refuses to start without PAYLOAD_SECRET, naming it, before it serves anything', () => {
    const result = startServer({ DATABASE_URL: 'postgres://127.0.0.1:1/none' })
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('PAYLOAD_SECRET')
    expect(result.stdout).not.toContain('listening')
  })

  it('refuses a PAYLOAD_SECRET too short to sign sessions safely', () => {
    const result = startServer({
      DATABASE_URL: 'postgres://127.0.0.1:1/none',
      PAYLOAD_SECRET: 'secret',
    })
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('PAYLOAD_SECRET must be set to 32 characters or more')
  })
})
