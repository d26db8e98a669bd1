import { describe, expect, it } from 'vitest'

import { parseEnv } from './env-schema.ts'
import { s3SettingsFrom } from './plugins/storage.ts'

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

  it('allows 20 MB uploads unless MEDIA_MAX_MB says otherwise, and names it when malformed', () => {
    expect(parseEnv(complete).MEDIA_MAX_MB).toBe(20)
    expect(parseEnv({ ...complete, MEDIA_MAX_MB: '50' }).MEDIA_MAX_MB).toBe(50)
    expect(() => parseEnv({ ...complete, MEDIA_MAX_MB: 'twenty' })).toThrow(/MEDIA_MAX_MB/)
    expect(() => parseEnv({ ...complete, MEDIA_MAX_MB: '0' })).toThrow(/MEDIA_MAX_MB/)
  })
})

describe('media storage environment', () => {
  const s3 = {
    S3_BUCKET: 'mist-media',
    S3_REGION: 'fr-par',
    S3_ACCESS_KEY_ID: 'key-id',
    S3_SECRET_ACCESS_KEY: 'secret-key',
  }

  it('keeps media on local disk when no S3 variable is set, even as empty strings', () => {
    expect(s3SettingsFrom(parseEnv(complete))).toBeNull()
    expect(s3SettingsFrom(parseEnv({ ...complete, S3_BUCKET: '', S3_ENDPOINT: '' }))).toBeNull()
  })

  it('uses S3-compatible storage when bucket, region and keys are set', () => {
    const settings = s3SettingsFrom(
      parseEnv({
        ...complete,
        ...s3,
        S3_ENDPOINT: 'https://s3.fr-par.example.invalid',
        S3_FORCE_PATH_STYLE: 'true',
      }),
    )
    expect(settings).toEqual({
      bucket: 'mist-media',
      region: 'fr-par',
      endpoint: 'https://s3.fr-par.example.invalid',
      accessKeyId: 'key-id',
      secretAccessKey: 'secret-key',
      forcePathStyle: true,
    })
    expect(s3SettingsFrom(parseEnv({ ...complete, ...s3 }))?.forcePathStyle).toBe(false)
  })

  it('refuses to start on a partial S3 configuration, naming every missing variable', () => {
    const partial = () =>
      parseEnv({ ...complete, S3_BUCKET: s3.S3_BUCKET, S3_ACCESS_KEY_ID: s3.S3_ACCESS_KEY_ID })
    expect(partial).toThrow(/S3_REGION, S3_SECRET_ACCESS_KEY/)
    expect(() => parseEnv({ ...complete, S3_ENDPOINT: 'https://s3.example.invalid' })).toThrow(
      /S3_BUCKET, S3_REGION, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY/,
    )
  })

  it('refuses an S3 endpoint that is not an http(s) URL', () => {
    expect(() => parseEnv({ ...complete, ...s3, S3_ENDPOINT: 's3.example.invalid' })).toThrow(
      /S3_ENDPOINT/,
    )
  })

  it('limits form posts to 5 per client and 200 per form in 10 minutes, trusting no proxy, by default', () => {
    const env = parseEnv(complete)
    expect(env.FORM_RATE_LIMIT_PER_CLIENT).toBe(5)
    expect(env.FORM_RATE_LIMIT_GLOBAL).toBe(200)
    expect(env.FORM_RATE_LIMIT_WINDOW_SECONDS).toBe(600)
    expect(env.TRUSTED_PROXIES).toEqual([])
  })

  it('reads TRUSTED_PROXIES as a comma-separated list of addresses and CIDR ranges', () => {
    expect(
      parseEnv({ ...complete, TRUSTED_PROXIES: '10.0.0.2, 172.16.0.0/12,::1' }).TRUSTED_PROXIES,
    ).toEqual(['10.0.0.2', '172.16.0.0/12', '::1'])
  })

  it('refuses a malformed proxy or limit, naming the variable', () => {
    for (const value of ['proxy.local', '10.0.0.0/33', '10.0.0.1/8/2'])
      expect(() => parseEnv({ ...complete, TRUSTED_PROXIES: value })).toThrow(/TRUSTED_PROXIES/)
    for (const name of [
      'FORM_RATE_LIMIT_PER_CLIENT',
      'FORM_RATE_LIMIT_GLOBAL',
      'FORM_RATE_LIMIT_WINDOW_SECONDS',
    ])
      for (const value of ['0', 'cinq', '2.5'])
        expect(() => parseEnv({ ...complete, [name]: value })).toThrow(new RegExp(name))
  })
})

describe('staff notification environment', () => {
  const smtp = {
    ...complete,
    SMTP_HOST: 'smtp.example.org',
    SMTP_FROM: 'site@example.org',
    STAFF_NOTIFY_TO: 'accueil@example.org, equipe@example.org',
  }

  it('sends through SMTP on port 587 unless SMTP_PORT says otherwise', () => {
    expect(parseEnv(smtp).SMTP_PORT).toBe(587)
    expect(parseEnv({ ...smtp, SMTP_PORT: '465' }).SMTP_PORT).toBe(465)
    expect(() => parseEnv({ ...smtp, SMTP_PORT: '70000' })).toThrow(/SMTP_PORT/)
  })

  it('refuses an SMTP server without a sender or a staff address, naming the missing one', () => {
    expect(() => parseEnv({ ...smtp, STAFF_NOTIFY_TO: '' })).toThrow(/STAFF_NOTIFY_TO/)
    expect(() => parseEnv({ ...smtp, SMTP_FROM: undefined })).toThrow(/SMTP_FROM/)
    expect(() => parseEnv({ ...smtp, STAFF_NOTIFY_TO: 'accueil' })).toThrow(/STAFF_NOTIFY_TO/)
  })

  it('refuses an SMTP user without a password', () => {
    expect(() => parseEnv({ ...smtp, SMTP_USER: 'site' })).toThrow(/SMTP_PASS/)
    expect(parseEnv({ ...smtp, SMTP_USER: 'site', SMTP_PASS: 'secret' }).SMTP_USER).toBe('site')
  })

  it('writes emails to a folder in development only', () => {
    expect(parseEnv({ ...complete, EMAIL_OUTBOX_DIR: '/tmp/outbox' }).EMAIL_OUTBOX_DIR).toBe(
      '/tmp/outbox',
    )
    expect(() =>
      parseEnv({ ...complete, EMAIL_OUTBOX_DIR: '/tmp/outbox', NODE_ENV: 'production' }),
    ).toThrow(/EMAIL_OUTBOX_DIR/)
  })
})
