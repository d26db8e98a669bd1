import { createHmac, hkdfSync } from 'node:crypto'

/**
 * A key for the intake's hashes, derived from PAYLOAD_SECRET (HKDF-SHA256) so that it differs from the session
 * signing key and changes when the secret does.
 */
export function intakeHashKey(payloadSecret: string): Buffer {
  return Buffer.from(hkdfSync('sha256', payloadSecret, '', 'mist/form-intake', 32))
}

/**
 * HMAC-SHA256 of the given parts (joined by a NUL, which no part can contain unescaped after JSON encoding),
 * hex-encoded. Used for the rate-limit keys (form + client address: no address is stored in clear), the
 * duplicate fingerprints and the idempotency keys.
 */
export function intakeHash(key: Buffer, ...parts: string[]): string {
  return createHmac('sha256', key)
    .update(parts.map((part) => JSON.stringify(part)).join('\0'))
    .digest('hex')
}

/**
 * The submission's canonical form: its fields sorted by name, absent and `undefined` fields left out, as JSON.
 * Two posts with the same decoded fields (JSON or form post, in any order) give the same text.
 */
export function canonicalFields(fields: Record<string, unknown>): string {
  const sorted = Object.keys(fields)
    .filter((name) => fields[name] !== undefined)
    .sort()
    .map((name) => [name, fields[name]] as const)
  return JSON.stringify(sorted)
}
