import { beforeAll, describe, expect, it } from 'vitest'

import { eventually, platformUrls, staffToken } from './helpers.ts'

/**
 * Issue 4, end to end: an editor changes the address of a published hearing; once the site is rebuilt, the
 * old address answers with a permanent redirect to the new one and the sitemap lists only the new one.
 */
let platform: { cmsUrl: string; siteUrl: string }
let token: string

beforeAll(async () => {
  platform = platformUrls()
  token = await staffToken(platform.cmsUrl)
})

describe('changing a published address', () => {
  it('keeps the old link working with a 301, and the sitemap lists the new address only', async () => {
    // Setup: a seeded hearing, served at its French address
    const oldSlug = 'participation-aux-groupes-de-travail-interministeriels'
    const newSlug = 'groupes-de-travail-interministeriels-2023'
    const oldPath = `/fr/auditions/${oldSlug}/`
    const newPath = `/fr/auditions/${newSlug}/`
    const found = (await (
      await fetch(`${platform.cmsUrl}/api/hearings?locale=fr&where[slug][equals]=${oldSlug}`)
    ).json()) as { docs: Array<{ id: number }> }
    const id = found.docs[0]?.id
    expect(id).toBeDefined()
    expect((await fetch(`${platform.siteUrl}${oldPath}`)).status).toBe(200)

    // Action: the editor types a new address and publishes
    const patch = await fetch(`${platform.cmsUrl}/api/hearings/${id}?locale=fr`, {
      method: 'PATCH',
      headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ slug: newSlug, _status: 'published' }),
    })
    expect(patch.status).toBe(200)

    // Assert
    const response = await eventually(
      async () => {
        const answer = await fetch(`${platform.siteUrl}${oldPath}`, { redirect: 'manual' })
        return answer.status === 301 ? answer : undefined
      },
      60_000,
      `a redirect at ${oldPath}`,
    )
    expect(response.headers.get('location')).toBe(newPath)
    expect((await fetch(`${platform.siteUrl}${newPath}`)).status).toBe(200)
    const sitemap = await (await fetch(`${platform.siteUrl}/sitemap-0.xml`)).text()
    expect(sitemap).toContain(`${newPath}</loc>`)
    expect(sitemap).not.toContain(oldPath)
  })
})
