import { NavigationSchema } from '@mist/schema'
import { describe, expect, it } from 'vitest'

import { bootPayload } from '../helpers/payload.ts'
import { authHeader, rest } from '../helpers/rest.ts'

describe('menus', () => {
  it('keeps no hidden address beside a page link, so the menu never stops the site build', async () => {
    // Setup: a published page, and an editor who chose it after typing something that is not a web address
    const { payload } = await bootPayload()
    const page = await payload.create({
      collection: 'pages',
      locale: 'fr',
      data: { title: 'Lien du menu', slug: 'lien-du-menu', _status: 'published' },
    })
    const editor = { ...(await authHeader('editor')), 'Content-Type': 'application/json' }
    // Action
    const saved = await rest('POST', 'globals/navigation?locale=fr', {
      headers: editor,
      body: JSON.stringify({
        header: [{ label: 'Menu', page: page.id, url: 'javascript:alert(document.cookie)' }],
      }),
    })
    const onlyAddress = await rest('POST', 'globals/navigation?locale=fr', {
      headers: editor,
      body: JSON.stringify({ footer: [{ label: 'Menu', url: 'javascript:alert(1)' }] }),
    })
    // Assert: the page link is kept without the address, and the site accepts the menu as stored
    expect(saved.status).toBe(200)
    expect(onlyAddress.status).toBe(400)
    const stored = await payload.findGlobal({ slug: 'navigation', locale: 'fr', depth: 0 })
    expect(stored.header?.map((link) => [link.page, link.url ?? null])).toEqual([[page.id, null]])
    expect(NavigationSchema.safeParse(stored).success).toBe(true)
  })
})
