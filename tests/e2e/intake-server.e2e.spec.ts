/**
 * Issue 8: the CMS's own server (apps/cms/server.ts) answers form posts itself, without Next.js
 * (apps/cms/src/server/directRoutes.ts, docs/decisions/023-intake-hot-path.md). Once the intake has refused a
 * client for its rate limit, that client's next posts are answered from the headers alone: the same status, body
 * and headers as the intake's own 429, in JSON and as a form post; another origin or content type still gets
 * the intake's own answer; nothing of a refused post is stored; the CMS keeps answering its other routes during
 * a flood. Bodies the server reads itself: one over the limit sent without a length, one cut off, one not in
 * UTF-8. Runs the production CMS on a database of its own, with a limit of 2 posts per client.
 */
import { randomBytes } from 'node:crypto'
import { connect } from 'node:net'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import {
  buildCms,
  cmsBuildIsStale,
  createTestDatabase,
  freePort,
  queryRows,
  startCms,
  type CmsProcess,
  type TestDatabase,
} from '@mist/platform'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const perClient = 2
let database: TestDatabase | undefined
let cms: CmsProcess | undefined
let mediaDir: string
let cmsUrl: string
let siteUrl: string

/** A membership request whose name tells it apart from every other. */
const membership = (name: string) =>
  JSON.stringify({ name, email: 'camille.durand@exemple.fr', locale: 'fr', consent: true })

/** One post to the membership intake from 127.0.0.1 (`from` another loopback address: another client). */
const post = (body: string, headers: Record<string, string> = {}) =>
  fetch(`${cmsUrl}/api/forms/membership-request`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: siteUrl, ...headers },
    body,
  })

/**
 * An answer's headers that carry meaning for the site's script and the browser, without those that describe the
 * connection or the moment, those Next.js adds when it answers (compression, client hints, its router's cache
 * keys) and Retry-After and Vary, compared apart.
 */
function stableHeaders(response: Response): Record<string, string> {
  const changing = new Set([
    'date',
    'connection',
    'keep-alive',
    'content-length',
    'transfer-encoding',
    'content-encoding',
    'accept-ch',
    'critical-ch',
    'vary',
    'retry-after',
  ])
  return Object.fromEntries([...response.headers].filter(([name]) => !changing.has(name)))
}

async function storedNamed(prefix: string): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    database?.url ?? '',
    'select count(*)::int as n from form_submissions where membership_request_name like $1',
    [`${prefix}%`],
  )
  return row?.n ?? NaN
}

beforeAll(async () => {
  if (cmsBuildIsStale()) await buildCms({ quiet: true })
  database = await createTestDatabase()
  mediaDir = mkdtempSync(path.join(tmpdir(), 'mist-flood-media-'))
  const port = await freePort()
  cmsUrl = `http://127.0.0.1:${port}`
  siteUrl = `http://127.0.0.1:${await freePort()}`
  cms = await startCms({
    port,
    quiet: true,
    env: {
      DATABASE_URL: database.url,
      PAYLOAD_SECRET: randomBytes(24).toString('hex'),
      CMS_URL: cmsUrl,
      SITE_URL: siteUrl,
      MEDIA_DIR: mediaDir,
      SEED_ON_EMPTY: 'false',
      SITE_BUILDER: 'off',
      FORM_RATE_LIMIT_PER_CLIENT: String(perClient),
    },
  })
}, 600_000)

afterAll(async () => {
  await cms?.stop()
  await database?.drop()
  if (mediaDir) rmSync(mediaDir, { recursive: true, force: true })
}, 60_000)

describe('a flood from a client already refused (issue 8)', () => {
  it('gets the same 429 as the endpoint gives, in JSON and as a form post, and nothing of it is stored', async () => {
    // Setup: the client's two posts of the window, then the endpoint's own refusal (counted in PostgreSQL)
    for (const n of [1, 2]) expect((await post(membership(`Crue ${n}`))).status).toBe(201)
    const first = await post(membership('Crue 3'))
    const firstBody = await first.text()

    // Action: the same client posts again, in JSON and as a browser's form post
    const again = await post(membership('Crue 4'))
    const formPost = await post(new URLSearchParams({ name: 'Crue 5', locale: 'fr' }).toString(), {
      'Content-Type': 'application/x-www-form-urlencoded',
    })

    // Assert
    expect(first.status).toBe(429)
    expect(again.status).toBe(429)
    expect(await again.text()).toBe(firstBody)
    expect(stableHeaders(again)).toEqual(stableHeaders(first))
    expect(again.headers.get('access-control-allow-origin')).toBe(siteUrl)
    expect(again.headers.get('access-control-expose-headers')).toBe('Retry-After')
    for (const answer of [first, again]) expect(answer.headers.get('vary')).toMatch(/\bOrigin\b/)
    expect(again.headers.get('x-content-type-options')).toBe('nosniff')
    const waits = [first, again].map((answer) => Number(answer.headers.get('retry-after')))
    for (const wait of waits) expect(wait).toBeGreaterThanOrEqual(1)
    expect(waits[1]).toBeLessThanOrEqual(waits[0] ?? 0)
    expect(formPost.status).toBe(429)
    expect(formPost.headers.get('content-type')).toBe('text/plain; charset=utf-8')
    expect(await formPost.text()).toContain('Too many requests')
    expect(await storedNamed('Crue ')).toBe(2)
  })

  it('still gets the endpoint’s own answer from another origin or with another content type', async () => {
    // The client is over its limit since the test above: these are not rate-limit answers.
    const otherOrigin = await post(membership('Crue ailleurs'), { Origin: 'https://evil.example' })
    const otherType = await post(membership('Crue texte'), { 'Content-Type': 'text/plain' })
    expect(otherOrigin.status).toBe(403)
    expect(otherOrigin.headers.get('access-control-allow-origin')).toBeNull()
    expect(otherType.status).toBe(415)
  })

  it('keeps answering the CMS’s other routes while 200 refused posts arrive at once', async () => {
    // Action
    const flood = Array.from({ length: 200 }, (_, n) => post(membership(`Crue déluge ${n}`)))
    const pages = await fetch(`${cmsUrl}/api/pages?limit=1&depth=0`)
    const answers = await Promise.all(flood)

    // Assert
    expect(pages.status).toBe(200)
    expect(new Set(answers.map((answer) => answer.status))).toEqual(new Set([429]))
    expect(await storedNamed('Crue déluge')).toBe(0)
  })
})

/**
 * Sends `head` and `chunks` over a raw connection from `localAddress` and returns what came back before the
 * server closed it or `waitMs` passed (`destroy`: vanish mid-body instead).
 */
function rawExchange(
  localAddress: string,
  head: string,
  chunks: Buffer[],
  then: 'destroy' | 'wait',
  waitMs = 3000,
): Promise<{ text: string; closedByServer: boolean }> {
  const { port } = new URL(cmsUrl)
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port: Number(port), localAddress })
    let text = ''
    let settled = false
    const finish = (closedByServer: boolean) => {
      if (settled) return
      settled = true
      socket.destroy()
      resolve({ text, closedByServer })
    }
    socket.on('data', (data) => (text += data.toString('utf8')))
    socket.on('end', () => finish(true))
    socket.on('error', (error) => (settled ? undefined : reject(error)))
    socket.on('connect', () => {
      socket.write(head)
      for (const chunk of chunks) socket.write(chunk)
      if (then === 'destroy') finish(false)
    })
    setTimeout(() => finish(false), waitMs)
  })
}

describe('bodies the CMS’s server reads itself (issue 8)', () => {
  const headOf = (extra: string) =>
    `POST /api/forms/membership-request HTTP/1.1\r\nHost: 127.0.0.1\r\nOrigin: ${siteUrl}\r\n` +
    `Content-Type: application/json\r\n${extra}\r\n`

  it('answers 413 to a body over 32 KB sent without a length, closes that connection, and keeps serving', async () => {
    // Setup: clients of their own (other loopback addresses: the rate limit sees the TCP peer), chunks of 8 KB
    const from = '127.0.0.21'
    const chunk = Buffer.alloc(8 * 1024, 'a')
    const chunked = (data: Buffer) =>
      Buffer.concat([Buffer.from(`${data.byteLength.toString(16)}\r\n`), data, Buffer.from('\r\n')])
    // Action
    const answer = await rawExchange(
      from,
      headOf('Transfer-Encoding: chunked\r\n'),
      Array.from({ length: 6 }, () => chunked(chunk)),
      'wait',
    )
    const next = Buffer.from(membership('Crue après 413'))
    const after = await rawExchange(
      '127.0.0.24',
      headOf(`Content-Length: ${next.byteLength}\r\n`),
      [next],
      'wait',
      1500,
    )
    // Assert
    expect(answer.text).toMatch(/^HTTP\/1\.1 413 /)
    expect(answer.text).toContain('form.errors.tooLarge')
    expect(answer.text.toLowerCase()).toContain('connection: close')
    expect(answer.closedByServer).toBe(true)
    expect(after.text).toMatch(/^HTTP\/1\.1 201 /)
    expect(await storedNamed('Crue après 413')).toBe(1)
  })

  it('stores nothing of a body its sender cut off, and keeps serving', async () => {
    const from = '127.0.0.22'
    const body = Buffer.from(membership('Crue coupée'))
    await rawExchange(
      from,
      headOf(`Content-Length: ${body.byteLength}\r\n`),
      [body.subarray(0, 20)],
      'destroy',
    )
    await new Promise((resolve) => setTimeout(resolve, 500))
    const pages = await fetch(`${cmsUrl}/api/pages?limit=1&depth=0`)
    expect(pages.status).toBe(200)
    expect(await storedNamed('Crue coupée')).toBe(0)
  })

  it('refuses a body that is not UTF-8 with the encoding error, storing nothing', async () => {
    const from = '127.0.0.23'
    const body = Buffer.concat([
      Buffer.from('{"name":"Crue '),
      Buffer.from([0xff, 0xfe]),
      Buffer.from('","email":"camille.durand@exemple.fr","locale":"fr","consent":true}'),
    ])
    const answer = await rawExchange(
      from,
      headOf(`Content-Length: ${body.byteLength}\r\n`),
      [body],
      'wait',
      1500,
    )
    expect(answer.text).toMatch(/^HTTP\/1\.1 400 /)
    expect(answer.text).toContain('form.errors.encoding')
    expect(await storedNamed('Crue \uFFFD')).toBe(0)
  })
})
