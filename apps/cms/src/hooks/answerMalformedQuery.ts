import type { AfterErrorHook } from 'payload'

/** PostgreSQL's SQLSTATE class 22, "data exception" (PostgreSQL docs, appendix A): a value that is not of its column's type or range. */
const dataExceptionClass = '22'

/** True when `error`, or an error in its `cause` chain, is a PostgreSQL data exception. */
function isDataException(error: unknown): boolean {
  let current: unknown = error
  for (let depth = 0; depth < 10 && current instanceof Error; depth += 1) {
    const code = (current as { code?: unknown }).code
    if (typeof code === 'string' && code.length === 5 && code.startsWith(dataExceptionClass))
      return true
    current = current.cause
  }
  return false
}

/**
 * Payload's REST routes answer 400 (instead of 500 "Something went wrong") when PostgreSQL refuses a value of
 * the request for its column: `/api/pages/abc` or an id or `page` beyond the integer range (SQLSTATE 22P02,
 * 22003). Anyone can send such URLs; a 500 would let them raise false outage alarms, since monitoring counts
 * 5xx answers as the service failing (docs/decisions/018-database-outages.md).
 */
export const answerMalformedQuery: AfterErrorHook = ({ error }) => {
  if (!isDataException(error)) return
  return {
    status: 400,
    response: {
      errors: [
        { message: 'A value in the request does not fit its field (an id, a page number…).' },
      ],
    },
  }
}
