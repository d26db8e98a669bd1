import type { Payload } from 'payload'

/** One statement for node-postgres: a `name` makes it a prepared statement, parsed once per connection. */
export interface PreparedQuery {
  name: string
  text: string
  values: unknown[]
}

/** The part of node-postgres's pool the intake uses (the adapter does not type `payload.db.pool`). */
export interface IntakePool {
  query<Row>(query: PreparedQuery): Promise<{ rows: Row[] }>
}

/**
 * The database adapter's own node-postgres pool, for the intake's few statements per request: named prepared
 * statements sent straight to the driver cost less CPU than building each query through Drizzle (issue 8's
 * benchmark), and share the adapter's connections, timeouts and error listeners (hooks/onInit.ts).
 * @throws when the adapter has no pool (not the PostgreSQL adapter)
 */
export function intakePool(payload: Payload): IntakePool {
  const pool = (payload.db as { pool?: IntakePool }).pool
  if (!pool) throw new Error('form intake: the database adapter has no PostgreSQL pool')
  return pool
}
