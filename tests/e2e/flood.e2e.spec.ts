/**
 * Issue 8 "hard to flood": once the intake has refused a client for its rate limit, the CMS's own server
 * (apps/cms/server.ts) answers that client's next posts itself (apps/cms/src/server/knownRefusals.ts), without
 * Next.js or the database. People must not see the difference: the same status, body and headers as the
 * endpoint's own 429, in JSON and as a form post; another origin or content type still gets the endpoint's own
 * answer; nothing of a refused post is stored; and the CMS keeps answering its other routes during a flood.
 * Runs the production CMS on a database of its own, with a limit of 2 posts per client.
 */
import { randomBytes } from 'node:crypto'
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

/** One post to the membership intake from 127.0.0.1. */
const post = (body: string, headers: Record<string, string> = {}) =>
  fetch(`${cmsUrl}/api/forms/membership-request`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: siteUrl, ...headers },
    body,
  })

/**
 * An answer's headers that carry meaning for the site's script and the browser, without those that describe the
 * connection or the moment, Next.js's own (compression of the body, client hints, its router's cache keys: a
 * 429 of a few bytes needs none) and Retry-After and Vary, compared apart.
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
