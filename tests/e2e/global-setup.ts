import { startDisposablePlatform } from '@mist/platform'
import type { TestProject } from 'vitest/node'

import { admin } from './helpers.ts'

/**
 * Starts the platform once for the browser tests, as `pnpm start` does, on a database and a folder of its own,
 * with a short build quiet period. A failure is handed to the tests, which then fail with it.
 */
export default async function setup(project: TestProject) {
  try {
    const { platform, dispose } = await startDisposablePlatform({
      prefix: 'e2e',
      buildQuietMs: 300,
      // Every browser test posts from 127.0.0.1, as one client; the limit itself is proven by the CMS's
      // integration tests (apps/cms/tests/int/form-intake.int.spec.ts).
      formPostsPerClient: 100,
    })
    // The first-user screen is closed in production: the admin comes from `pnpm cms:create-admin`'s script.
    await platform.createAdmin(admin).catch(async (error: unknown) => {
      await dispose()
      throw error
    })
    project.provide('platform', {
      cmsUrl: platform.cmsUrl,
      siteUrl: platform.siteUrl,
      previewUrl: platform.preview.url,
    })
    return dispose
  } catch (error) {
    project.provide('platform', { error: error instanceof Error ? error.message : String(error) })
    return undefined
  }
}

declare module 'vitest' {
  export interface ProvidedContext {
    platform: { cmsUrl: string; siteUrl: string; previewUrl: string } | { error: string }
  }
}
