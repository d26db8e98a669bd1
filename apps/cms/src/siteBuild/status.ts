import type { Payload } from 'payload'

import { siteBuildRequestsSlug, siteBuildsSlug } from '../collections/SiteBuildRequests.ts'
import { rebuildTrigger, startupTrigger } from './triggers.ts'

/** What editors and monitoring need to know about the public site. No personal data. */
export interface SiteBuildStatus {
  building: boolean
  /** Changes published since the last build started. */
  pendingChanges: number
  lastSuccessAt: string | null
  lastBuild: {
    status: string
    startedAt: string
    finishedAt: string | null
    durationMs: number | null
    pages: number | null
  } | null
  /** The last failure in plain words, when the newest finished build failed. */
  lastError: string | null
}

/** Reads the build state from the database (shared by every CMS instance). */
export async function readSiteBuildStatus(payload: Payload): Promise<SiteBuildStatus> {
  const [running, last, lastSuccess] = await Promise.all([
    payload.count({
      collection: siteBuildsSlug,
      where: { status: { equals: 'running' } },
      overrideAccess: true,
    }),
    payload.find({
      collection: siteBuildsSlug,
      where: { status: { not_equals: 'running' } },
      sort: '-startedAt',
      limit: 1,
      overrideAccess: true,
    }),
    payload.find({
      collection: siteBuildsSlug,
      where: { status: { equals: 'succeeded' } },
      sort: '-startedAt',
      limit: 1,
      overrideAccess: true,
    }),
  ])
  const lastBuild = last.docs[0]
  const succeeded = lastSuccess.docs[0]
  // Requests are timestamped by the writer, a build by its start: a request is online once a successful build
  // started after it. Start-up and "rebuild" requests carry no change, so they are not counted.
  const pending = await payload.count({
    collection: siteBuildRequestsSlug,
    where: {
      and: [
        ...(succeeded ? [{ createdAt: { greater_than: succeeded.startedAt } }] : []),
        { trigger: { not_in: [startupTrigger, rebuildTrigger] } },
      ],
    },
    overrideAccess: true,
  })
  return {
    building: running.totalDocs > 0,
    pendingChanges: pending.totalDocs,
    lastSuccessAt: succeeded?.finishedAt ?? null,
    lastBuild: lastBuild
      ? {
          status: lastBuild.status,
          startedAt: lastBuild.startedAt,
          finishedAt: lastBuild.finishedAt ?? null,
          durationMs: lastBuild.durationMs ?? null,
          pages: lastBuild.pages ?? null,
        }
      : null,
    lastError: lastBuild?.status === 'failed' ? (lastBuild.error ?? 'Unknown error') : null,
  }
}
