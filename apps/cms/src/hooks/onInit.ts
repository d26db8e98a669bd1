import type { Payload } from 'payload'

import { startSiteBuilder } from '../siteBuild/startSiteBuilder.ts'
import { lockJobStatsGlobal } from './lockJobStatsGlobal.ts'
import { seedOnEmpty } from './seedOnEmpty.ts'

/** Start-up: Payload's job bookkeeping locked, Mist's content on an empty database, then the site builder (which builds once at start). */
export async function onInit(payload: Payload): Promise<void> {
  lockJobStatsGlobal(payload)
  // node-postgres emits 'error' on idle pooled connections that the server closes (a restart, a failover,
  // shutdown): without a listener that is an uncaught exception. The pool reconnects on the next query.
  const pool = (
    payload.db as { pool?: { on: (event: 'error', listener: (error: Error) => void) => void } }
  ).pool
  pool?.on('error', (error) => payload.logger.warn(`Database connection closed: ${error.message}`))
  await seedOnEmpty(payload)
  await startSiteBuilder(payload)
}
