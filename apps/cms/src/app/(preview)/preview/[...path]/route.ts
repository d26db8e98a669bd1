/* `/preview/…`: drafts shown with the site's templates, for signed-in staff only (src/endpoints/previewProxy.ts). */
import config from '@payload-config'
import { getPayload } from 'payload'

import { proxyPreview } from '../../../../endpoints/previewProxy.ts'
import { env } from '../../../../env.ts'

export const dynamic = 'force-dynamic'

export async function GET(request: Request): Promise<Response> {
  return proxyPreview(request, await getPayload({ config }), env.PREVIEW_SERVER_URL)
}
