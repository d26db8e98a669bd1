import { describe, expect, it } from 'vitest'

import { isDatabaseUnavailable } from './databaseUnavailable.ts'

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code })

describe('database outage recognition', () => {
  it('recognises a refused connection, a server shutting down and a dropped connection', () => {
    expect(
      isDatabaseUnavailable(withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED')),
    ).toBe(true)
    expect(
      isDatabaseUnavailable(
        withCode('terminating connection due to administrator command', '57P01'),
      ),
    ).toBe(true)
    expect(isDatabaseUnavailable(withCode('the database system is starting up', '57P03'))).toBe(
      true,
    )
    expect(isDatabaseUnavailable(withCode('connection failure', '08006'))).toBe(true)
    expect(isDatabaseUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true)
    expect(isDatabaseUnavailable(new Error('timeout exceeded when trying to connect'))).toBe(true)
  })

  it('follows the cause chain of errors wrapped by the ORM, and the reasons of an AggregateError', () => {
    const refused = withCode('connect ECONNREFUSED ::1:5432', 'ECONNREFUSED')
    expect(isDatabaseUnavailable(new Error('Failed query: select 1', { cause: refused }))).toBe(
      true,
    )
    expect(isDatabaseUnavailable(new AggregateError([refused], ''))).toBe(true)
    expect(
      isDatabaseUnavailable(
        new Error('Error: cannot begin transaction: connect ECONNREFUSED 127.0.0.1:5432'),
      ),
    ).toBe(true)
    // Seen in the fault test: PostgreSQL ended the session (57P01) as a BEGIN was sent; Payload keeps only
    // Drizzle's message.
    expect(
      isDatabaseUnavailable(
        new Error('Error: cannot begin transaction: Failed query: begin\nparams: '),
      ),
    ).toBe(true)
    expect(
      isDatabaseUnavailable(new Error('Error: cannot begin transaction: Failed query: beginning')),
    ).toBe(false)
  })

  it('leaves query errors and bugs alone: they stay 4xx/500', () => {
    expect(isDatabaseUnavailable(withCode('duplicate key value', '23505'))).toBe(false)
    expect(isDatabaseUnavailable(withCode('relation "x" does not exist', '42P01'))).toBe(false)
    expect(
      isDatabaseUnavailable(new TypeError("Cannot read properties of undefined (reading 'id')")),
    ).toBe(false)
    expect(isDatabaseUnavailable('ECONNREFUSED')).toBe(false)
  })
})
