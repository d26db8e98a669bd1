import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { serveSite } from './site.ts'

let dir: string
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'mist-headers-'))
  mkdirSync(path.join(dir, 'fr'))
  writeFileSync(path.join(dir, 'fr', 'index.html'), '<!doctype html><title>Accueil</title>')
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** The headers of the home page served for the public address `publicUrl`. */
async function homeHeaders(publicUrl: string): Promise<Headers> {
  const site = await serveSite(dir, 0, '127.0.0.1', publicUrl)
  try {
    const address = site.server.address()
    const port = typeof address === 'object' && address ? address.port : 0
    const response = await fetch(`http://127.0.0.1:${port}/fr/`)
    expect(response.status).toBe(200)
    return response.headers
  } finally {
    await site.stop()
  }
}

describe('site server headers', () => {
  it('sends HSTS when the public address is https, and never over plain http', async () => {
    expect((await homeHeaders('https://mist.example')).get('strict-transport-security')).toBe(
      'max-age=31536000',
    )
    expect((await homeHeaders('http://localhost:4321')).get('strict-transport-security')).toBeNull()
  })

  it('forbids sniffing, framing and powerful features, sets no cookie and names no server software', async () => {
    const headers = await homeHeaders('https://mist.example')
    expect(headers.get('x-content-type-options')).toBe('nosniff')
    expect(headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
    expect(headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
    expect(headers.get('permissions-policy')).toContain('geolocation=()')
    expect(headers.get('x-powered-by')).toBeNull()
    expect(headers.get('set-cookie')).toBeNull()
  })
})
