import type { Endpoint } from 'payload'

import { roleOf } from '../access/roles.ts'
import { siteBuildRequestsSlug } from '../collections/SiteBuildRequests.ts'
import { rebuildTrigger } from '../siteBuild/triggers.ts'

/** `POST /api/site-build/rebuild`: the Site panel's "Rebuild now" button. Staff only; answers 202. */
export const rebuildSiteEndpoint: Endpoint = {
  path: '/site-build/rebuild',
  method: 'post',
  handler: async (req) => {
    if (roleOf(req) === null)
      return Response.json({ errors: [{ message: 'Forbidden' }] }, { status: 403 })
    await req.payload.create({
      collection: siteBuildRequestsSlug,
      data: { trigger: rebuildTrigger },
      overrideAccess: true,
    })
    return Response.json({ queued: true }, { status: 202 })
  },
}
