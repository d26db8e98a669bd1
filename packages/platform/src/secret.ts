import { randomBytes } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/**
 * The local installation's PAYLOAD_SECRET: read from `<dataDir>/payload-secret`, or generated once
 * (32 random bytes, hex) and written there with mode 0600. The data folder is git-ignored.
 */
export function loadOrCreateSecret(dataDir: string): string {
  const file = path.join(dataDir, 'payload-secret')
  try {
    const existing = readFileSync(file, 'utf8').trim()
    if (existing.length >= 32) return existing
  } catch {
    // first start: no secret yet
  }
  mkdirSync(dataDir, { recursive: true })
  const secret = randomBytes(32).toString('hex')
  writeFileSync(file, `${secret}\n`, { mode: 0o600 })
  return secret
}
