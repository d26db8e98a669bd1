/**
 * `/redirects.json`: the redirects this build emitted as stub pages, for servers that answer them with a real
 * HTTP redirect (the site server of packages/platform) and for the sitemap, which leaves them out.
 */
import type { SiteRedirectsFile } from '@mist/schema'
import type { APIRoute } from 'astro'

import { getSiteData } from '../lib/site-data.ts'

export const GET: APIRoute = async () => {
  const { redirects } = await getSiteData()
  const file: SiteRedirectsFile = { redirects }
  return new Response(JSON.stringify(file, null, 2), {
    headers: { 'Content-Type': 'application/json' },
  })
}
