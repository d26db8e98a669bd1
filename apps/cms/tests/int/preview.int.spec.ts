import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { proxyPreview } from '../../src/endpoints/previewProxy.ts'
import { bootPayload, testCmsUrl } from '../helpers/payload.ts'
import { authHeader } from '../helpers/rest.ts'

/**
 * `/preview/…` on the CMS: only signed-in staff reach the preview server, with their token; everyone else gets
 * no content. A stand-in preview server records what it receives.
 */
let previewServer: Server
let previewUrl: string
const received: IncomingHttpHeaders[] = []
const draftText = 'Audition au Sénat sur la traite (brouillon)'

beforeAll(async () => {
  previewServer = createServer((req, res) => {
    received.push(req.headers)
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Set-Cookie': 'x=1' })
    res.end(`<h1>${draftText}</h1>`)
  })
  await new Promise<void>((resolve) => previewServer.listen(0, '127.0.0.1', resolve))
  previewUrl = `http://127.0.0.1:${(previewServer.address() as AddressInfo).port}`
})

afterAll(async () => {
  await new Promise((resolve) => previewServer.close(resolve))
})

const get = (path: string, headers: Record<string, string> = {}) =>
  new Request(new URL(path, testCmsUrl), { headers })

describe('draft preview route', () => {
  it('sends an anonymous visitor to the admin login, with no draft and nothing cached', async () => {
    // Setup
    const { payload } = await bootPayload()
    const before = received.length
    // Action
    const response = await proxyPreview(get('/preview/fr/hearings/12'), payload, previewUrl)
    // Assert
    expect(response.status).toBe(302)
    expect(response.headers.get('Location')).toBe(
      '/admin/login?redirect=%2Fpreview%2Ffr%2Fhearings%2F12',
    )
    expect(await response.text()).not.toContain(draftText)
    expect(response.headers.get('Cache-Control')).toBe('no-store, private')
    expect(response.headers.get('X-Robots-Tag')).toBe('noindex, nofollow')
    expect(received.length).toBe(before)
  })

  it('refuses a forged session token without asking the preview server', async () => {
    const { payload } = await bootPayload()
    const before = received.length
    const response = await proxyPreview(
      get('/preview/fr/hearings/12', { Authorization: 'JWT not.a.token' }),
      payload,
      previewUrl,
    )
    expect(response.status).toBe(302)
    expect(received.length).toBe(before)
  })

  it('forwards a signed-in editor to the preview server with their token, and marks the answer private', async () => {
    const { payload } = await bootPayload()
    const editor = await authHeader('editor')
    const response = await proxyPreview(get('/preview/en/trainings/3', editor), payload, previewUrl)
    expect(response.status).toBe(200)
    expect(await response.text()).toContain(draftText)
    expect(received.at(-1)?.authorization).toBe(editor.Authorization)
    expect(response.headers.get('Cache-Control')).toBe('no-store, private')
    expect(response.headers.get('X-Robots-Tag')).toBe('noindex, nofollow')
    expect(response.headers.get('Referrer-Policy')).toBe('no-referrer')
    // The preview server's own cookies never reach the CMS's origin.
    expect(response.headers.get('Set-Cookie')).toBeNull()
  })

  it('says so when the preview server is not running', async () => {
    const { payload } = await bootPayload()
    const response = await proxyPreview(
      get('/preview/fr/pages/1', await authHeader('admin')),
      payload,
      'http://127.0.0.1:9',
    )
    expect(response.status).toBe(502)
    expect(await response.text()).toMatch(/preview server/)
  })
})
