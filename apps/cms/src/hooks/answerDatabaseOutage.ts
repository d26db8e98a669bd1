import type { AfterErrorHook } from 'payload'

import {
  databaseRetryAfterSeconds,
  isDatabaseUnavailable,
} from '../utilities/databaseUnavailable.ts'

/**
 * Payload's REST routes answer 503 with `Retry-After` (instead of 500 "Something went wrong") while the
 * database cannot be reached, so clients and monitoring know to come back. Payload merges
 * `req.responseHeaders` into the error response (payload/dist/utilities/routeError.js).
 */
export const answerDatabaseOutage: AfterErrorHook = ({ error, req }) => {
  if (!isDatabaseUnavailable(error)) return
  const headers = req.responseHeaders ?? new Headers()
  headers.set('Retry-After', String(databaseRetryAfterSeconds))
  headers.set('Cache-Control', 'no-store')
  req.responseHeaders = headers
  return {
    status: 503,
    response: { errors: [{ message: 'The database is unavailable. Try again in a few seconds.' }] },
  }
}
