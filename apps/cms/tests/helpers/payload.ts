import { randomBytes } from 'node:crypto'

import type { Payload, SanitizedConfig } from 'payload'
import { inject } from 'vitest'

/** Where the CMS sends staff notifications during the tests (they land in the run's outbox folder). */
export const testStaffAddress = 'accueil@tests.mist.invalid'

/** Site and CMS origins the tests use; the intake accepts posts from `testSiteUrl` only. */
export const testSiteUrl = 'http://site.test'
export const testCmsUrl = 'http://cms.test'
/** The one trusted proxy of the test runs (TRUSTED_PROXIES). */
export const testProxyAddress = '127.0.0.200'

let booted: Promise<{ payload: Payload; config: SanitizedConfig }> | undefined

/**
 * Boots Payload once per test run on the run's own database, with the committed migrations applied
 * (as production does), without the automatic seed, with media in the run's own folder, and with every email
 * written to the run's outbox folder (see outbox.ts).
 */
export function bootPayload() {
  booted ??= (async () => {
    const database = inject('testDatabase')
    if ('error' in database)
      throw new Error(`The test database could not be created: ${database.error}`)
    process.env.DATABASE_URL = database.url
    process.env.PAYLOAD_SECRET = randomBytes(32).toString('hex')
    process.env.SITE_URL = testSiteUrl
    process.env.CMS_URL = testCmsUrl
    process.env.SEED_ON_EMPTY = 'false'
    // The form intake believes X-Forwarded-For from this loopback address only (tests/helpers/http.ts).
    process.env.TRUSTED_PROXIES = testProxyAddress
    process.env.MEDIA_DIR = inject('mediaDir')
    process.env.EMAIL_OUTBOX_DIR = inject('outboxDir')
    // The pages the intake answers refused form posts with (helpers/sitePages.ts); nothing builds the site.
    process.env.SITE_BUILDS_DIR = inject('siteBuildsDir')
    process.env.STAFF_NOTIFY_TO = testStaffAddress
    const [{ getPayload }, { default: configPromise }] = await Promise.all([
      import('payload'),
      import('@payload-config'),
    ])
    const config = await configPromise
    const payload = await getPayload({ config })
    // Reads the committed migrations from the config's migrationDir.
    await payload.db.migrate()
    return { payload, config }
  })()
  return booted
}
