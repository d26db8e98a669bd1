import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import {
  buildCms,
  cmsBuildIsStale,
  createAdminAccount,
  createTestDatabase,
  freePort,
  startCms,
  type CmsEnv,
  type CmsProcess,
  type TestDatabase,
} from '@mist/platform'

/**
 * The site's origin the benchmarked CMS is told about (SITE_URL): form posts must carry it as `Origin`.
 * Nothing listens there; `.invalid` is reserved and never resolves (RFC 2606).
 */
export const benchSiteUrl = 'http://site.invalid'

/**
 * With BENCH_CPU_PROFILE=<folder>, the CMS writes a V8 CPU profile there when it stops (`--cpu-prof`; open the
 * `.cpuprofile` in Chrome DevTools' Performance panel): where a part's server time goes.
 */
function cpuProfileOptions(): { NODE_OPTIONS?: string } {
  const folder = process.env.BENCH_CPU_PROFILE
  if (!folder) return {}
  const inherited = process.env.NODE_OPTIONS ?? ''
  return { NODE_OPTIONS: `${inherited} --cpu-prof --cpu-prof-dir=${path.resolve(folder)}`.trim() }
}

/** A built CMS running in production mode on a database of its own. */
export interface CmsUnderTest {
  /** http://127.0.0.1:<port> */
  url: string
  database: TestDatabase
  payloadSecret: string
  process: CmsProcess
  /** Creates an admin account and signs it in. @returns the `Authorization` header value */
  signIn: () => Promise<string>
  /** Stops the CMS only (the database stays, e.g. for a second CMS with other settings). */
  stop: () => Promise<void>
  /**
   * Stops the CMS, then drops the database (and the embedded server when one was started) unless it was
   * passed in, in which case its owner drops it.
   */
  dispose: () => Promise<void>
}

/** Builds the CMS for production when its build is missing or older than its sources (a few minutes). */
export async function ensureCmsBuilt(log: (line: string) => void): Promise<void> {
  if (cmsBuildIsStale()) {
    log('Building the CMS (missing or stale build; a few minutes)…')
    await buildCms({ quiet: true })
  }
}

/**
 * Starts the built CMS on a fresh database (DATABASE_URL's server, else an embedded PostgreSQL) with the
 * site builder off and no email server (SMTP_HOST and STAFF_NOTIFY_TO empty: nothing is sent), then waits until
 * `/api/pages` answers. Production start-up migrates, then seeds Mist's content. `env` adds or overrides
 * variables (e.g. the form rate limits). `database`: an existing one (e.g. already migrated), else a new one.
 * @throws when the CMS does not start; a database it created is dropped first
 */
export async function startCmsUnderTest(
  env: Partial<CmsEnv> = {},
  database?: TestDatabase,
): Promise<CmsUnderTest> {
  const owned = database === undefined
  const db = database ?? (await createTestDatabase())
  const payloadSecret = randomBytes(32).toString('hex')
  // Uploads go to a folder of the run's own, never to the repository's or `pnpm start`'s media.
  const mediaDir = mkdtempSync(path.join(tmpdir(), 'mist-bench-media-'))
  const removeMedia = () => rmSync(mediaDir, { recursive: true, force: true })
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  let cms: CmsProcess
  try {
    cms = await startCms({
      port,
      quiet: true,
      env: {
        DATABASE_URL: db.url,
        PAYLOAD_SECRET: payloadSecret,
        CMS_URL: url,
        SITE_URL: benchSiteUrl,
        SITE_BUILDER: 'off',
        MEDIA_DIR: mediaDir,
        SMTP_HOST: '',
        STAFF_NOTIFY_TO: '',
        ...cpuProfileOptions(),
        ...env,
      },
    })
  } catch (error) {
    removeMedia()
    if (owned) await db.drop()
    throw error
  }
  const signIn = async () => {
    const credentials = { email: 'bench@mist.invalid', password: randomBytes(12).toString('hex') }
    await createAdminAccount({ databaseUrl: db.url, payloadSecret, ...credentials })
    const response = await fetch(`${url}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(credentials),
    })
    if (!response.ok) throw new Error(`signing in answered ${response.status}`)
    const { token } = (await response.json()) as { token: string }
    return `JWT ${token}`
  }
  return {
    url,
    database: db,
    payloadSecret,
    process: cms,
    signIn,
    stop: () => cms.stop(),
    dispose: async () => {
      await cms.stop()
      removeMedia()
      if (owned) await db.drop()
    },
  }
}
