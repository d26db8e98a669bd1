/**
 * Recognises an error that means "PostgreSQL cannot be reached right now" (stopped, restarting, failing over,
 * refusing connections), as opposed to a bug or a bad query. Such a request is answered 503 with
 * `Retry-After` instead of 500 (issue 7, docs/decisions/018-database-outages.md).
 *
 * Sources of the codes: Node's socket errors (ECONNREFUSED …), PostgreSQL's SQLSTATE class 08 "connection
 * exception" and 57P01–57P03 (admin shutdown, crash shutdown, cannot connect now; PostgreSQL docs, appendix A),
 * node-postgres's own messages for a connection closed or not made in time (pg/lib/client.js,
 * pg-pool/index.js), and Payload's "cannot begin transaction" carrying one of them. Drizzle and Payload wrap the driver's error: the `cause` chain is followed.
 */
const socketCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
])
const serverCodes = new Set(['57P01', '57P02', '57P03'])
const driverMessages = [
  /^Connection terminated/,
  /^timeout exceeded when trying to connect/,
  /Client has encountered a connection error and is not queryable/,
  /^Client was closed and is not queryable/,
  // @payloadcms/drizzle's beginTransaction rethrows a new Error with the driver's message and no cause. When the
  // server ends the session, the message is Drizzle's "Failed query: begin" (its cause, 57P01, is dropped): a
  // BEGIN on a pooled connection fails only when the connection is lost.
  /^Error: cannot begin transaction: (connect E[A-Z]+|Connection terminated|timeout exceeded|terminating connection|the database system is|Failed query: begin\b)/,
]

/** Retry-After for a database outage, in seconds: a restart or a failover takes seconds, not minutes. */
export const databaseRetryAfterSeconds = 10

/** True when `error`, or an error in its `cause` chain, is a lost or refused database connection. */
export function isDatabaseUnavailable(error: unknown): boolean {
  let current: unknown = error
  for (let depth = 0; depth < 10 && current instanceof Error; depth += 1) {
    const code = (current as { code?: unknown }).code
    if (typeof code === 'string' && (socketCodes.has(code) || serverCodes.has(code))) return true
    if (typeof code === 'string' && code.startsWith('08')) return true
    if (
      driverMessages.some((pattern) =>
        pattern.test(current instanceof Error ? current.message : ''),
      )
    )
      return true
    // AggregateError (a host with several addresses, all refused) carries the reasons in `errors`.
    if (current instanceof AggregateError && current.errors.some(isDatabaseUnavailable)) return true
    current = current.cause
  }
  return false
}
