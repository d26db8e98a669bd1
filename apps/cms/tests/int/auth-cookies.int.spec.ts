import { describe, expect, it } from 'vitest'

import { bootPayload, testCmsUrl, testSiteUrl } from '../helpers/payload.ts'
import { authHeader, rest } from '../helpers/rest.ts'

/** Signs the editor in as the admin's login form does; returns the session cookie (`name=value`). */
async function signInCookie(): Promise<{ cookie: string; setCookie: string }> {
  await authHeader('editor') // creates the account on first use
  const response = await rest('POST', 'users/login', {
    headers: { 'Content-Type': 'application/json', Origin: testCmsUrl },
    body: JSON.stringify({
      email: 'editor@tests.mist.invalid',
      password: 'pw-editor-for-tests-only',
    }),
  })
  expect(response.status).toBe(200)
  const setCookie = response.headers.get('set-cookie') ?? ''
  const cookie = /payload-token=[^;]+/.exec(setCookie)?.[0]
  if (!cookie) throw new Error(`no session cookie in: ${setCookie}`)
  return { cookie, setCookie }
}

const pageBody = (slug: string) =>
  JSON.stringify({ title: 'Page créée par une autre origine', slug, _status: 'draft' })

describe('admin session cookie and cross-site requests', () => {
  it('sets the session cookie HttpOnly and SameSite=Lax (Secure only behind https, not this http test CMS)', async () => {
    const { setCookie } = await signInCookie()
    expect(setCookie).toMatch(/HttpOnly/i)
    expect(setCookie).toMatch(/SameSite=Lax/i)
    expect(setCookie).not.toMatch(/Secure/i)
  })

  it('ignores the session cookie on requests from another origin, the public site included', async () => {
    const { cookie } = await signInCookie()
    const who = async (origin: string) => {
      const response = await rest('GET', 'users/me', {
        headers: { Cookie: cookie, Origin: origin },
      })
      return ((await response.json()) as { user: { email: string } | null }).user?.email ?? null
    }
    expect(await who(testCmsUrl)).toBe('editor@tests.mist.invalid')
    expect(await who('https://evil.example')).toBeNull()
    expect(await who(testSiteUrl)).toBeNull()
  })

  it('refuses a write carried by the session cookie from another origin, and stores nothing', async () => {
    const { payload } = await bootPayload()
    const { cookie } = await signInCookie()
    const post = (origin: string, slug: string) =>
      rest('POST', 'pages', {
        headers: { Cookie: cookie, Origin: origin, 'Content-Type': 'application/json' },
        body: pageBody(slug),
      })
    const forged = await post('https://evil.example', 'page-csrf-refusee')
    const fromSite = await post(testSiteUrl, 'page-csrf-site')
    const own = await post(testCmsUrl, 'page-csrf-admin')
    expect([forged.status, fromSite.status, own.status]).toEqual([403, 403, 201])
    const stored = await payload.find({
      collection: 'pages',
      where: { slug: { in: ['page-csrf-refusee', 'page-csrf-site', 'page-csrf-admin'] } },
      draft: true,
    })
    expect(stored.docs.map((doc) => doc.slug)).toEqual(['page-csrf-admin'])
  })
})
