import { sql } from '@payloadcms/db-postgres'
import type { Endpoint } from 'payload'

import { roleOf } from '../access/roles.ts'
import { env } from '../env.ts'
import { readSiteBuildStatus } from '../siteBuild/status.ts'

/**
 * `GET /api/health`: for monitoring without a third party. 200 when the database answers, 503 when it does not.
 * Anonymous callers get states only; staff also get the last build error (shown in the admin's Site panel).
 */
export const healthEndpoint: Endpoint = {
  path: '/health',
  method: 'get',
  handler: async (req) => {
    const headers = { 'Cache-Control': 'no-store' }
    let site: Awaited<ReturnType<typeof readSiteBuildStatus>>
    try {
      await req.payload.db.drizzle.execute(sql`select 1`)
      site = await readSiteBuildStatus(req.payload)
    } catch {
      return Response.json(
        { status: 'unavailable', database: 'unreachable' },
        { status: 503, headers },
      )
    }
    const isStaff = roleOf(req) !== null
    return Response.json(
      {
        status: site.lastError ? 'degraded' : 'ok',
        database: 'ok',
        site: isStaff
          ? { ...site, siteUrl: env.SITE_URL }
          : { ...site, lastError: site.lastError ? 'failed' : null },
      },
      { headers },
    )
  },
}
