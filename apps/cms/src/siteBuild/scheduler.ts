import type { Payload } from 'payload'
import pg from 'pg'

import { siteBuildRequestsSlug, siteBuildsSlug } from '../collections/SiteBuildRequests.ts'

/** Runs one build; resolves with the number of pages (null when a remote service builds), rejects with an error to show editors. */
export type BuildRunner = (trigger: string) => Promise<{ pages: number | null }>

export interface SchedulerOptions {
  payload: Payload
  run: BuildRunner
  /** PostgreSQL URL for the leader lock's own connection. */
  databaseUrl: string
  /** Start once no new request arrived for this long (ms). Default 2000. */
  quietMs?: number
  /** …or once the oldest pending request waited this long (ms). Default 30000. */
  maxWaitMs?: number
  /** How often the queue is looked at (ms). Default 250. */
  pollMs?: number
  log?: (line: string) => void
}

export interface BuildScheduler {
  /** Looks at the queue once; starts a build when one is due. Resolves when that build (if any) ended. */
  tick: () => Promise<void>
  stop: () => Promise<void>
}

// Any constant shared by every CMS instance of this database: pg_try_advisory_lock's key.
const leaderLockKey = 0x4d697374

/**
 * Coalesces build requests (issue 3): a build starts when requests are pending and either no new one came for
 * `quietMs` or the oldest has waited `maxWaitMs`; requests that arrive during a build wait for one follow-up
 * build. Only one CMS instance builds at a time: the one holding a PostgreSQL advisory lock on its own
 * connection (released by PostgreSQL if that instance dies). Each build logs one JSON line without personal
 * data: trigger, duration, pages, result.
 */
export function startBuildScheduler(options: SchedulerOptions): BuildScheduler {
  const { payload, run } = options
  const quietMs = options.quietMs ?? 2000
  const maxWaitMs = options.maxWaitMs ?? 30_000
  // One JSON object per line on stdout (not through the pretty-printing logger), so log collectors can parse it.
  const log = options.log ?? ((line: string) => void process.stdout.write(`${line}\n`))
  let lockClient: pg.Client | null = null
  let leader = false
  let busy: Promise<void> | null = null
  let stopped = false

  const becomeLeader = async (): Promise<boolean> => {
    if (leader) return true
    if (!lockClient) {
      const client = new pg.Client({ connectionString: options.databaseUrl })
      client.on('error', () => {
        leader = false
        lockClient = null
      })
      await client.connect()
      lockClient = client
    }
    const result = await lockClient.query<{ locked: boolean }>(
      'select pg_try_advisory_lock($1) as locked',
      [leaderLockKey],
    )
    leader = result.rows[0]?.locked === true
    if (leader) {
      // A build left "running" by an instance that died will never finish.
      await payload.update({
        collection: siteBuildsSlug,
        where: { status: { equals: 'running' } },
        data: {
          status: 'failed',
          error: 'Interrupted: the CMS stopped during this build.',
          finishedAt: new Date().toISOString(),
        },
        overrideAccess: true,
      })
    }
    return leader
  }

  const pendingBounds = async (): Promise<{ oldest: number; newest: number } | null> => {
    const query = {
      collection: siteBuildRequestsSlug,
      where: { build: { exists: false } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    } as const
    const [oldest, newest] = await Promise.all([
      payload.find({ ...query, sort: 'createdAt' }),
      payload.find({ ...query, sort: '-createdAt' }),
    ])
    const first = oldest.docs[0]
    const last = newest.docs[0]
    if (!first || !last) return null
    return { oldest: Date.parse(first.createdAt), newest: Date.parse(last.createdAt) }
  }

  const buildOnce = async (): Promise<void> => {
    const bounds = await pendingBounds()
    if (!bounds) return
    const now = Date.now()
    if (now - bounds.newest < quietMs && now - bounds.oldest < maxWaitMs) return

    const startedAt = new Date()
    const build = await payload.create({
      collection: siteBuildsSlug,
      data: { status: 'running', startedAt: startedAt.toISOString() },
      overrideAccess: true,
    })
    const claimed = await payload.update({
      collection: siteBuildRequestsSlug,
      where: {
        and: [
          { build: { exists: false } },
          { createdAt: { less_than_equal: startedAt.toISOString() } },
        ],
      },
      data: { build: build.id },
      overrideAccess: true,
      depth: 0,
    })
    const triggers = [...new Set(claimed.docs.map((doc) => doc.trigger))]
    const trigger =
      triggers.length > 3
        ? `${triggers.slice(0, 3).join('; ')} (+${triggers.length - 3})`
        : triggers.join('; ')

    let pages: number | null = null
    let error: string | null = null
    try {
      pages = (await run(trigger)).pages
    } catch (caught) {
      error = caught instanceof Error ? caught.message : String(caught)
    }
    const durationMs = Date.now() - startedAt.getTime()
    await payload.update({
      collection: siteBuildsSlug,
      id: build.id,
      data: {
        status: error === null ? 'succeeded' : 'failed',
        trigger,
        requests: claimed.docs.length,
        finishedAt: new Date().toISOString(),
        durationMs,
        pages,
        error: error?.slice(-4000) ?? null,
      },
      overrideAccess: true,
    })
    log(
      JSON.stringify({
        event: 'site-build',
        trigger,
        requests: claimed.docs.length,
        durationMs,
        pages,
        result: error === null ? 'succeeded' : 'failed',
        // Build errors name documents by collection, id and field: no personal data.
        ...(error === null ? {} : { error: error.slice(0, 500) }),
      }),
    )
  }

  const tick = async (): Promise<void> => {
    if (stopped) return
    if (busy) return busy
    busy = (async () => {
      try {
        if (await becomeLeader()) await buildOnce()
      } catch (error) {
        log(
          JSON.stringify({
            event: 'site-build-scheduler-error',
            error: error instanceof Error ? error.message : String(error),
          }),
        )
      } finally {
        busy = null
      }
    })()
    return busy
  }

  const timer = setInterval(() => void tick(), options.pollMs ?? 250)
  timer.unref()

  return {
    tick,
    stop: async () => {
      stopped = true
      clearInterval(timer)
      await busy
      await lockClient?.end().catch(() => {})
      lockClient = null
      leader = false
    },
  }
}
