import path from 'node:path'

import { buildRelease } from '@mist/platform/releases'
import type { Payload } from 'payload'

import { siteBuildRequestsSlug } from '../collections/SiteBuildRequests.ts'
import { env } from '../env.ts'
import { callDeployHook } from './deployHook.ts'
import { startBuildScheduler, type BuildRunner } from './scheduler.ts'
import { startupTrigger } from './triggers.ts'

function runner(): BuildRunner | null {
  if (env.SITE_BUILDER === 'builtin' && env.SITE_BUILDS_DIR) {
    const buildsDir = env.SITE_BUILDS_DIR
    const siteDir = env.SITE_DIR ?? path.resolve(process.cwd(), '../site')
    return async () => {
      const release = await buildRelease({
        buildsDir,
        siteDir,
        cmsUrl: env.CMS_URL,
        siteUrl: env.SITE_URL,
        keep: env.SITE_BUILDS_KEEP,
      })
      // Documents left out of a locale (translation rule): named by collection, id and slug, no personal data.
      for (const notice of release.notices) console.warn(`Site build: ${notice}`)
      return { pages: release.pages }
    }
  }
  if (env.SITE_BUILDER === 'hook' && env.DEPLOY_HOOK_URL && env.DEPLOY_HOOK_SECRET) {
    const url = env.DEPLOY_HOOK_URL
    const secret = env.DEPLOY_HOOK_SECRET
    return async (trigger) => {
      await callDeployHook({ url, secret, authorization: env.DEPLOY_HOOK_AUTHORIZATION, trigger })
      return { pages: null }
    }
  }
  return null
}

/**
 * Starts the build scheduler of this CMS instance (SITE_BUILDER=builtin or hook) and asks for one build at
 * start-up, so the public site matches the database after a restart, a migration or a restore.
 */
export async function startSiteBuilder(payload: Payload): Promise<void> {
  const run = runner()
  if (!run) return
  startBuildScheduler({
    payload,
    run,
    databaseUrl: env.DATABASE_URL,
    quietMs: env.BUILD_QUIET_MS,
    maxWaitMs: env.BUILD_MAX_WAIT_MS,
  })
  await payload.create({
    collection: siteBuildRequestsSlug,
    data: { trigger: startupTrigger },
    overrideAccess: true,
  })
}
