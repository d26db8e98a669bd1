import { mkdir, mkdtemp, rm, symlink } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { createTestDatabase } from '@mist/platform'
import type { TestProject } from 'vitest/node'

/**
 * Creates the run's own database (dropped at the end) on DATABASE_URL's server or an embedded one, and the
 * run's own media, outbox and site build folders (removed at the end), so uploads and emails never land in the
 * repository. The site build folder holds one empty release, which tests fill with the pages they need
 * (helpers/sitePages.ts).
 * A failure here is handed to the tests, which then fail with its message: vitest 5 exits 0 when a global
 * setup throws before any test has run, which would hide a suite that never ran.
 */
export default async function setup(project: TestProject) {
  const mediaDir = await mkdtemp(path.join(tmpdir(), 'mist-test-media-'))
  const outboxDir = await mkdtemp(path.join(tmpdir(), 'mist-test-outbox-'))
  const siteBuildsDir = await mkdtemp(path.join(tmpdir(), 'mist-test-site-builds-'))
  await mkdir(path.join(siteBuildsDir, 'releases', 'test-release'), { recursive: true })
  await symlink('releases/test-release', path.join(siteBuildsDir, 'current'))
  project.provide('mediaDir', mediaDir)
  project.provide('outboxDir', outboxDir)
  project.provide('siteBuildsDir', siteBuildsDir)
  const removeMedia = () =>
    Promise.all([
      rm(mediaDir, { recursive: true, force: true }),
      rm(outboxDir, { recursive: true, force: true }),
      rm(siteBuildsDir, { recursive: true, force: true }),
    ]).then(() => undefined)
  try {
    const database = await createTestDatabase()
    project.provide('testDatabase', { url: database.url })
    return async () => {
      await removeMedia()
      await database.drop()
    }
  } catch (error) {
    project.provide('testDatabase', {
      error: error instanceof Error ? error.message : String(error),
    })
    return removeMedia
  }
}

declare module 'vitest' {
  export interface ProvidedContext {
    testDatabase: { url: string } | { error: string }
    /** Folder for uploaded media during the run (MEDIA_DIR). */
    mediaDir: string
    /** Folder where the CMS writes the emails it sends during the run (EMAIL_OUTBOX_DIR). */
    outboxDir: string
    /** The site build the intake reads pages from (SITE_BUILDS_DIR, with SITE_BUILDER off). */
    siteBuildsDir: string
  }
}
