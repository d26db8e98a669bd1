import { describe, expect, it } from 'vitest'

import { parseEnv } from './env-schema.ts'

const complete = {
  PAYLOAD_SECRET: 'a'.repeat(64),
  DATABASE_URL: 'postgres://mist@127.0.0.1:5432/mist',
}

describe('CMS environment', () => {
  it('refuses to start without PAYLOAD_SECRET, naming it', () => {
    expect(() => parseEnv({ DATABASE_URL: complete.DATABASE_URL })).toThrow(/PAYLOAD_SECRET/)
  })

  it('refuses a short secret and a database URL that is not PostgreSQL', () => {
    expect(() => parseEnv({ ...complete, PAYLOAD_SECRET: 'short' })).toThrow(
      /PAYLOAD_SECRET must be set to 32/,
    )
    expect(() => parseEnv({ ...complete, DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/)
  })

  it('starts with defaults for the public origins', () => {
    const env = parseEnv(complete)
    expect(env.SITE_URL).toBe('http://localhost:4321')
    expect(env.CMS_URL).toBe('http://localhost:3000')
  })

  it('keeps requests received 12 months unless SUBMISSION_RETENTION_MONTHS says otherwise', () => {
    expect(parseEnv(complete).SUBMISSION_RETENTION_MONTHS).toBe(12)
    expect(
      parseEnv({ ...complete, SUBMISSION_RETENTION_MONTHS: '6' }).SUBMISSION_RETENTION_MONTHS,
    ).toBe(6)
  })

  it('refuses a retention that is not a whole number of months, naming SUBMISSION_RETENTION_MONTHS', () => {
    for (const value of ['douze', '1.5', '0', ''])
      expect(() => parseEnv({ ...complete, SUBMISSION_RETENTION_MONTHS: value })).toThrow(
        /SUBMISSION_RETENTION_MONTHS/,
      )
  })

  it('lets `next build` run without runtime secrets', () => {
    expect(parseEnv({}, true).PAYLOAD_SECRET.length).toBeGreaterThanOrEqual(32)
  })

  it('closes the first-user screen in production unless explicitly opened', () => {
    expect(parseEnv({ ...complete, NODE_ENV: 'production' }).FIRST_USER_SCREEN).toBe('off')
    expect(parseEnv({ ...complete, NODE_ENV: 'development' }).FIRST_USER_SCREEN).toBe('on')
    expect(
      parseEnv({ ...complete, NODE_ENV: 'production', FIRST_USER_SCREEN: 'on' }).FIRST_USER_SCREEN,
    ).toBe('on')
    expect(() => parseEnv({ ...complete, FIRST_USER_SCREEN: 'yes' })).toThrow(/FIRST_USER_SCREEN/)
  })
})
