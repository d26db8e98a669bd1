/**
 * The preview server's gate (it is the middleware of astro.preview.config.mjs, whose srcDir is this folder):
 * every page answer needs a staff session that the CMS itself accepts, whoever forwarded the request, since
 * this server may be reachable without going through the CMS. Answers carry {@link previewHeaders}.
 */
import { locales, previewHeaders } from '@mist/schema'
import type { MiddlewareHandler } from 'astro'

import { CmsError, fetchStaffMember } from '../lib/cms.ts'
import { linksToPublicSite, tokenFromAuthorization } from './gate.ts'

const refuse = (status: number, text: string) =>
  new Response(text, {
    status,
    headers: { ...previewHeaders, 'Content-Type': 'text/plain; charset=utf-8' },
  })

export const onRequest: MiddlewareHandler = async (context, next) => {
  const token = tokenFromAuthorization(context.request.headers.get('authorization'))
  if (!token) return refuse(401, 'Sign in to the admin to preview drafts.')
  let staff: Awaited<ReturnType<typeof fetchStaffMember>>
  try {
    staff = await fetchStaffMember({ token })
  } catch (error) {
    return refuse(502, error instanceof CmsError ? error.message : 'The CMS did not answer.')
  }
  if (!staff) return refuse(401, 'Sign in to the admin to preview drafts.')
  context.locals.previewCredentials = { token }

  const response = await next()
  const headers = new Headers(response.headers)
  for (const [name, value] of Object.entries(previewHeaders)) headers.set(name, value)
  if (!headers.get('Content-Type')?.startsWith('text/html')) {
    return new Response(response.body, { status: response.status, headers })
  }
  const html = linksToPublicSite(
    await response.text(),
    process.env.SITE_URL ?? 'http://localhost:4321',
    locales,
  )
  headers.delete('Content-Length')
  return new Response(html, { status: response.status, headers })
}
