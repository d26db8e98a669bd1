import type { Payload } from 'payload'

import { openDirectIntakes } from '../endpoints/formIntake.ts'
import { startSiteBuilder } from '../siteBuild/startSiteBuilder.ts'
import { lockJobStatsGlobal } from './lockJobStatsGlobal.ts'
import { seedOnEmpty } from './seedOnEmpty.ts'

/** A pooled node-postgres client, as far as this hook uses it. */
interface PooledClient {
  on: (event: 'error', listener: () => void) => void
}

/** The events of node-postgres's pool used here (payload.db.pool is not typed by the adapter). */
interface PoolEvents {
  on(event: 'error', listener: (error: Error) => void): void
  on(event: 'connect' | 'acquire', listener: (client: PooledClient) => void): void
}

/**
 * Start-up: Payload's job bookkeeping locked, the form intakes opened to the CMS's own server
 * (server/directRoutes.ts), Mist's content on an empty database, then the site builder (which builds once at start).
 */
export async function onInit(payload: Payload): Promise<void> {
  lockJobStatsGlobal(payload)
  // node-postgres emits 'error' on idle pooled connections that the server closes (a restart, a failover,
  // shutdown): without a listener that is an uncaught exception. The pool reconnects on the next query.
  const pool = (payload.db as { pool?: PoolEvents }).pool
  pool?.on('error', (error) => payload.logger.warn(`Database connection closed: ${error.message}`))
  // A connection in use (checked out between two queries of a transaction) has no pool listener: its 'error'
  // was an uncaught exception when PostgreSQL stopped (57P01, then "Connection terminated unexpectedly"; seen
  // in tests/e2e/faults.e2e.spec.ts). Its next query fails and the request is answered 503; nothing to do here.
  // Connections opened before this hook (migrations at start-up) get it when they are next checked out.
  const handled = new WeakSet<PooledClient>()
  const listen = (client: PooledClient) => {
    if (handled.has(client)) return
    handled.add(client)
    client.on('error', () => {})
  }
  pool?.on('connect', listen)
  pool?.on('acquire', listen)
  openDirectIntakes(payload)
  await seedOnEmpty(payload)
  await startSiteBuilder(payload)
}
