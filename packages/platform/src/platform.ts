import path from 'node:path'

import { createAdminAccount } from './admin-account.ts'
import { buildCms, cmsBuildIsStale, startCms, type CmsProcess } from './cms.ts'
import {
  checkDataFolderVersion,
  databaseUrl,
  embeddedServerMajor,
  ensureDatabase,
  startDatabaseServer,
  type DatabaseServer,
} from './postgres.ts'
import {
  buildPreviewServer,
  previewBuildIsStale,
  startPreviewServer,
  type PreviewProcess,
} from './preview.ts'
import { loadOrCreateSecret } from './secret.ts'
import { currentRelease } from './releases.ts'
import { serveSite } from './site.ts'
import { siteDir } from './paths.ts'
import { waitForRelease } from './wait-for-release.ts'

export interface PlatformOptions {
  /** Git-ignored folder for the embedded database, the secret, media and the built site. */
  dataDir: string
  /** PostgreSQL to use instead of the embedded one (`DATABASE_URL`), as is unless `database` is given. */
  externalDatabaseUrl?: string | undefined
  /**
   * Database for the CMS's data, created when missing. It replaces the database named in
   * `externalDatabaseUrl`; required with the embedded server.
   */
  database?: string
  cmsPort: number
  sitePort: number
  /** The draft preview server, on 127.0.0.1 (reached through the CMS's `/preview/…`). */
  previewPort: number
  embeddedDatabasePort: number
  /** Public origins; default `http://localhost:<port>`. */
  cmsUrl?: string
  siteUrl?: string
  /** Quiet period before a site build, ms (the CMS's BUILD_QUIET_MS; default 2000). */
  buildQuietMs?: number
  /**
   * Form posts one client may make to one form per 10 minutes (the CMS's FORM_RATE_LIMIT_PER_CLIENT; default 5).
   * Browser tests raise it: all their posts come from 127.0.0.1, as one client.
   */
  formPostsPerClient?: number
  /** Signs the CMS's sessions; default: generated once into `<dataDir>/payload-secret`. */
  payloadSecret?: string
  quiet?: boolean
  log?: (line: string) => void
}

export interface Platform {
  cmsUrl: string
  siteUrl: string
  databaseUrl: string
  database: DatabaseServer
  cms: CmsProcess
  /** Creates an admin account as `pnpm cms:create-admin` does (the first-user screen is closed in production). */
  createAdmin: (credentials: { email: string; password: string }) => Promise<void>
  preview: PreviewProcess
  /** Stops the site server, the preview server, the CMS and (when embedded) PostgreSQL, in that order. */
  stop: () => Promise<void>
}

/**
 * Runs the whole platform: PostgreSQL (external or embedded), the CMS in production mode (built first when
 * stale; it migrates, seeds an empty database and runs the built-in site builder), the draft preview server
 * behind it (also built when stale), then serves the site's
 * current release from `<dataDir>/site-builds/current`, switching as soon as the CMS publishes a new one.
 * @throws when any step fails; what was started is stopped first
 */
export async function startPlatform(options: PlatformOptions): Promise<Platform> {
  const log = options.log ?? (() => {})
  const cmsUrl = options.cmsUrl ?? `http://localhost:${options.cmsPort}`
  const siteUrl = options.siteUrl ?? `http://localhost:${options.sitePort}`
  const stops: Array<() => Promise<void>> = []
  const stopAll = async () => {
    for (const stop of [...stops].reverse()) await stop().catch(() => {})
  }

  const buildsDir = path.join(options.dataDir, 'site-builds')
  try {
    // Before the builds (minutes on a first start): a data folder the embedded server cannot open stops here.
    if (!options.externalDatabaseUrl) {
      checkDataFolderVersion(path.join(options.dataDir, 'postgres'), embeddedServerMajor())
    }
    if (cmsBuildIsStale()) {
      log('Building the CMS (first start or changed sources; a few minutes)…')
      await buildCms({ quiet: options.quiet ?? false })
    }
    if (previewBuildIsStale()) {
      log('Building the draft preview server…')
      await buildPreviewServer({ quiet: options.quiet ?? false })
    }

    const server = await startDatabaseServer({
      externalUrl: options.externalDatabaseUrl,
      dataDir: options.dataDir,
      port: options.embeddedDatabasePort,
    })
    stops.push(server.stop)
    log(
      server.embedded
        ? `Embedded PostgreSQL in ${options.dataDir}/postgres`
        : 'PostgreSQL from DATABASE_URL',
    )
    let url = server.url
    if (options.database) {
      await ensureDatabase(server.url, options.database)
      url = databaseUrl(server.url, options.database)
    } else if (server.embedded) {
      throw new Error('startPlatform: `database` is required with the embedded PostgreSQL')
    }

    log('Starting the CMS (migrations, then Mist’s content on an empty database)…')
    const payloadSecret = options.payloadSecret ?? loadOrCreateSecret(options.dataDir)
    const cms = await startCms({
      port: options.cmsPort,
      quiet: options.quiet ?? false,
      env: {
        DATABASE_URL: url,
        PAYLOAD_SECRET: payloadSecret,
        CMS_URL: cmsUrl,
        SITE_URL: siteUrl,
        MEDIA_DIR: path.join(options.dataDir, 'media'),
        SITE_BUILDER: 'builtin',
        SITE_BUILDS_DIR: buildsDir,
        SITE_DIR: siteDir,
        PREVIEW_SERVER_URL: `http://127.0.0.1:${options.previewPort}`,
        ...(options.buildQuietMs === undefined
          ? {}
          : { BUILD_QUIET_MS: String(options.buildQuietMs) }),
        ...(options.formPostsPerClient === undefined
          ? {}
          : { FORM_RATE_LIMIT_PER_CLIENT: String(options.formPostsPerClient) }),
      },
    })
    stops.push(cms.stop)

    const preview = await startPreviewServer({
      port: options.previewPort,
      cmsUrl,
      siteUrl,
      quiet: options.quiet ?? false,
    })
    stops.push(preview.stop)

    // The CMS builds the site at start-up and after every published change; serve the newest good release.
    if (currentRelease(buildsDir) === null) {
      log('Building the site from the CMS API…')
      await waitForRelease(buildsDir, cms.url, 180_000)
    }
    const site = await serveSite(
      () => currentRelease(buildsDir),
      options.sitePort,
      '127.0.0.1',
      siteUrl,
    )
    stops.push(site.stop)

    const createAdmin = (credentials: { email: string; password: string }) =>
      createAdminAccount({ databaseUrl: url, payloadSecret, ...credentials })
    return {
      cmsUrl,
      siteUrl,
      databaseUrl: url,
      database: server,
      cms,
      preview,
      createAdmin,
      stop: stopAll,
    }
  } catch (error) {
    await stopAll()
    throw error
  }
}
