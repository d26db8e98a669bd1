import { randomBytes } from 'node:crypto'
import { isIP } from 'node:net'

import { z } from 'zod'

/** Compose files pass unset variables as empty strings (`${S3_BUCKET:-}`): read those as unset. */
const optionalText = z.preprocess(
  (value) => (value === '' ? undefined : value),
  z.string().optional(),
)

/** Variables that must all be set for S3-compatible media storage; S3_ENDPOINT and S3_FORCE_PATH_STYLE are extra. */
export const requiredS3Variables = [
  'S3_BUCKET',
  'S3_REGION',
  'S3_ACCESS_KEY_ID',
  'S3_SECRET_ACCESS_KEY',
] as const
/** A comma-separated list of email addresses (nodemailer's own `to` syntax, without display names). */
const addressList = z.preprocess(
  (value) => (value === '' ? undefined : value),
  z
    .string()
    .refine(
      (value) => value.split(',').every((address) => z.email().safeParse(address.trim()).success),
      { error: 'STAFF_NOTIFY_TO must be one email address, or several separated by commas' },
    )
    .optional(),
)
const smtpPortError = 'SMTP_PORT must be a port number from 1 to 65535'

const mediaMaxMbError = 'MEDIA_MAX_MB must be a whole number of megabytes from 1 to 1024'

/** A whole number from `min` to `max`, with one message naming `name` for every way it can be wrong. */
function boundedInteger(name: string, min: number, max: number, fallback: number) {
  const error = `${name} must be a whole number from ${min} to ${max}`
  return z.preprocess(
    (value) => (value === '' ? undefined : value),
    z.coerce
      .number({ error })
      .int({ error })
      .min(min, { error })
      .max(max, { error })
      .default(fallback),
  )
}

/** True for an IPv4/IPv6 address, or such an address with a `/prefix` that fits its family. */
export function isAddressOrCidr(entry: string): boolean {
  const [address = '', prefix, ...extra] = entry.split('/')
  const family = isIP(address)
  if (family === 0 || extra.length > 0) return false
  if (prefix === undefined) return true
  const bits = Number(prefix)
  return /^\d{1,3}$/.test(prefix) && bits <= (family === 4 ? 32 : 128)
}

/** `TRUSTED_PROXIES`: comma-separated addresses or CIDR ranges; unset or empty → no proxy is trusted. */
const trustedProxies = z
  .string()
  .default('')
  .transform((value, ctx) => {
    const entries = value
      .split(',')
      .map((entry) => entry.trim())
      .filter((entry) => entry !== '')
    for (const entry of entries) {
      if (!isAddressOrCidr(entry)) {
        ctx.addIssue({
          code: 'custom',
          message: `TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR range (e.g. 10.0.0.2, 172.16.0.0/12, ::1)`,
        })
      }
    }
    return entries
  })

/**
 * The CMS's environment, parsed once at start-up; a missing or malformed variable stops the CMS with a message
 * naming it. During `next build` (NEXT_PHASE=phase-production-build) nothing is served or signed, so the
 * runtime-only variables get throwaway values instead.
 */
const EnvSchema = z
  .object({
    /** Signs sessions and tokens; 32+ characters. `pnpm start` generates one per installation. */
    PAYLOAD_SECRET: z
      .string()
      .min(32, { error: 'PAYLOAD_SECRET must be set to 32 characters or more' }),
    /** PostgreSQL connection string, e.g. postgres://user@127.0.0.1:5432/mist */
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, { error: 'DATABASE_URL must be a postgres:// URL' }),
    /** Public origin of the CMS (admin, REST API, form intake). */
    CMS_URL: z.url().default('http://localhost:3000'),
    /** Public origin of the static site: form posts must come from it, and form answers redirect to it. */
    SITE_URL: z.url().default('http://localhost:4321'),
    /** How long requests received (form submissions) are kept, in whole months, before the nightly purge. */
    SUBMISSION_RETENTION_MONTHS: z.coerce
      .number({ error: 'SUBMISSION_RETENTION_MONTHS must be a whole number of months' })
      .int({ error: 'SUBMISSION_RETENTION_MONTHS must be a whole number of months' })
      .min(1, { error: 'SUBMISSION_RETENTION_MONTHS must be between 1 and 120 months' })
      .max(120, { error: 'SUBMISSION_RETENTION_MONTHS must be between 1 and 120 months' })
      .default(12),
    /**
     * The draft preview server (apps/site/astro.preview.config.mjs) that `/preview/…` forwards signed-in
     * staff to; reached by the CMS only, so an internal address.
     */
    PREVIEW_SERVER_URL: z.url({ protocol: /^https?$/ }).default('http://127.0.0.1:4322'),
    /** `false` disables seeding an empty database with Mist's content at start-up. */
    SEED_ON_EMPTY: z.enum(['true', 'false']).default('true'),
    /**
     * How published changes reach the public site (docs/decisions/006-site-builds.md): `builtin` builds the
     * static site on this host, `hook` calls DEPLOY_HOOK_URL, `off` does nothing (tests, CLI).
     */
    SITE_BUILDER: z.enum(['off', 'builtin', 'hook']).default('off'),
    /** builtin: folder of the releases and of the `current` link the site server serves. */
    SITE_BUILDS_DIR: z.string().optional(),
    /** builtin: the Astro project; default `../site` from the CMS folder. */
    SITE_DIR: z.string().optional(),
    /** builtin: releases kept for `pnpm site:rollback`. */
    SITE_BUILDS_KEEP: z.coerce.number().int().min(2).max(50).default(5),
    /** Quiet period before a build starts, in ms. */
    BUILD_QUIET_MS: z.coerce.number().int().min(0).max(600_000).default(2000),
    /** Longest a change waits for a build, in ms. */
    BUILD_MAX_WAIT_MS: z.coerce.number().int().min(0).max(3_600_000).default(30_000),
    /** hook: URL that starts a deployment (Netlify, Vercel, Cloudflare deploy hook, or a relay to GitHub). */
    DEPLOY_HOOK_URL: z.url({ protocol: /^https?$/ }).optional(),
    /** hook: HMAC-SHA256 key for the `X-Mist-Signature` header. */
    DEPLOY_HOOK_SECRET: z.string().min(16).optional(),
    /** hook: optional `Authorization` header value (e.g. `Bearer <token>` for GitHub's repository_dispatch). */
    DEPLOY_HOOK_AUTHORIZATION: z.string().optional(),
    /**
     * When the server runs due jobs (scheduled publish/unpublish), as a cron expression with seconds first
     * (croner syntax). Default every 10 seconds: a scheduled hearing goes live within ~10 s plus a site build.
     */
    JOBS_CRON: z.string().min(1).default('*/10 * * * * *'),
    /**
     * `on` lets the first visitor of an empty installation create the first admin in the browser. Default
     * `off` in production (NODE_ENV=production, as `pnpm start` and Docker run), where the first admin is
     * created with `pnpm cms:create-admin`; `on` elsewhere (development, tests).
     */
    FIRST_USER_SCREEN: z.enum(['on', 'off']).optional(),
    NODE_ENV: z.string().optional(),
    /** Largest file editors may upload, in megabytes of 1,048,576 bytes (docs/decisions/009-media.md). */
    MEDIA_MAX_MB: z.coerce
      .number({ error: mediaMaxMbError })
      .int({ error: mediaMaxMbError })
      .min(1, { error: mediaMaxMbError })
      .max(1024, { error: mediaMaxMbError })
      .default(20),
    /**
     * Addresses (or CIDR ranges) of the reverse proxies in front of the CMS whose `X-Forwarded-For` is believed
     * (docs/decisions/017-form-abuse.md); default none: the TCP peer is the client.
     */
    TRUSTED_PROXIES: trustedProxies,
    /** Form posts one client may make to one form per window. */
    FORM_RATE_LIMIT_PER_CLIENT: boundedInteger('FORM_RATE_LIMIT_PER_CLIENT', 1, 10_000, 5),
    /** Form posts all clients together may make to one form per window. */
    FORM_RATE_LIMIT_GLOBAL: boundedInteger('FORM_RATE_LIMIT_GLOBAL', 1, 1_000_000, 200),
    /** Length of the rate-limit window, in seconds (default 10 minutes). */
    FORM_RATE_LIMIT_WINDOW_SECONDS: boundedInteger(
      'FORM_RATE_LIMIT_WINDOW_SECONDS',
      1,
      86_400,
      600,
    ),
    /** S3-compatible media storage: unset → media on local disk (MEDIA_DIR). All four or none. */
    S3_BUCKET: optionalText,
    S3_REGION: optionalText,
    S3_ACCESS_KEY_ID: optionalText,
    S3_SECRET_ACCESS_KEY: optionalText,
    /** Endpoint of an S3-compatible service (MinIO, Garage, Scaleway, OVH, Cloudflare R2…); unset for AWS. */
    S3_ENDPOINT: z.preprocess(
      (value) => (value === '' ? undefined : value),
      z.url({ protocol: /^https?$/, error: 'S3_ENDPOINT must be an http(s) URL' }).optional(),
    ),
    /** `true` for services that address buckets as `endpoint/bucket` (MinIO, Garage) rather than by host name. */
    S3_FORCE_PATH_STYLE: z.preprocess(
      (value) => (value === '' ? undefined : value),
      z.enum(['true', 'false'], { error: 'S3_FORCE_PATH_STYLE must be true or false' }).optional(),
    ),
    /**
     * Staff notifications of new requests (docs/decisions/016-membership-appointment-forms.md): the SMTP server.
     * Unset → no email is sent (a warning is logged), or written to EMAIL_OUTBOX_DIR in development.
     */
    SMTP_HOST: optionalText,
    /** 587 (STARTTLS) by default; 465 means TLS from the first byte. */
    SMTP_PORT: z.preprocess(
      (value) => (value === '' ? undefined : value),
      z.coerce
        .number({ error: smtpPortError })
        .int({ error: smtpPortError })
        .min(1, { error: smtpPortError })
        .max(65_535, { error: smtpPortError })
        .default(587),
    ),
    /** SMTP account, when the server asks for one: SMTP_USER and SMTP_PASS together. */
    SMTP_USER: optionalText,
    SMTP_PASS: optionalText,
    /** The sender address of every email the CMS sends (notifications, password resets). */
    SMTP_FROM: z.preprocess(
      (value) => (value === '' ? undefined : value),
      z.email({ error: 'SMTP_FROM must be an email address' }).optional(),
    ),
    /** Who is told of each new request: one address or several, comma-separated. */
    STAFF_NOTIFY_TO: addressList,
    /**
     * Development only: with no SMTP_HOST, every email is written as a `.eml` file in this folder instead of
     * being sent (password-reset links included, hence refused in production).
     */
    EMAIL_OUTBOX_DIR: optionalText,
  })
  .superRefine((value, ctx) => {
    if (value.SMTP_HOST && (!value.SMTP_FROM || !value.STAFF_NOTIFY_TO)) {
      ctx.addIssue({
        code: 'custom',
        path: [value.SMTP_FROM ? 'STAFF_NOTIFY_TO' : 'SMTP_FROM'],
        message: 'SMTP_FROM and STAFF_NOTIFY_TO are required when SMTP_HOST is set',
      })
    }
    if (Boolean(value.SMTP_USER) !== Boolean(value.SMTP_PASS)) {
      ctx.addIssue({
        code: 'custom',
        path: [value.SMTP_USER ? 'SMTP_PASS' : 'SMTP_USER'],
        message: 'SMTP_USER and SMTP_PASS go together: set both, or neither',
      })
    }
    if (value.EMAIL_OUTBOX_DIR && value.NODE_ENV === 'production') {
      ctx.addIssue({
        code: 'custom',
        path: ['EMAIL_OUTBOX_DIR'],
        message:
          'EMAIL_OUTBOX_DIR writes emails (password-reset links included) to disk: development only; set SMTP_HOST in production',
      })
    }
    if (value.SITE_BUILDER === 'builtin' && !value.SITE_BUILDS_DIR) {
      ctx.addIssue({
        code: 'custom',
        path: ['SITE_BUILDS_DIR'],
        message: 'SITE_BUILDS_DIR is required when SITE_BUILDER=builtin',
      })
    }
    if (value.SITE_BUILDER === 'hook' && (!value.DEPLOY_HOOK_URL || !value.DEPLOY_HOOK_SECRET)) {
      ctx.addIssue({
        code: 'custom',
        path: ['DEPLOY_HOOK_URL'],
        message: 'DEPLOY_HOOK_URL and DEPLOY_HOOK_SECRET are required when SITE_BUILDER=hook',
      })
    }
    const s3Set = Object.entries(value).some(([name, set]) => name.startsWith('S3_') && set)
    const s3Missing = requiredS3Variables.filter((name) => !value[name])
    if (s3Set && s3Missing.length > 0) {
      ctx.addIssue({
        code: 'custom',
        path: [s3Missing[0] ?? 'S3_BUCKET'],
        message: `S3 media storage is partly configured: set ${s3Missing.join(', ')} too, or unset every S3_ variable to keep media on local disk`,
      })
    }
  })
  .transform(({ FIRST_USER_SCREEN, NODE_ENV, ...rest }) => ({
    ...rest,
    FIRST_USER_SCREEN: FIRST_USER_SCREEN ?? (NODE_ENV === 'production' ? 'off' : 'on'),
  }))
export type Env = z.infer<typeof EnvSchema>

/**
 * @param source usually `process.env`
 * @param isBuildPhase true during `next build`, when runtime-only variables get throwaway values
 * @throws Error listing every missing or malformed variable by name
 */
export function parseEnv(source: Record<string, string | undefined>, isBuildPhase = false): Env {
  const input = isBuildPhase
    ? {
        PAYLOAD_SECRET: randomBytes(32).toString('hex'),
        DATABASE_URL: 'postgres://build-phase.invalid/none',
        ...source,
      }
    : source
  const result = EnvSchema.safeParse(input)
  if (!result.success) {
    const problems = result.error.issues.map(
      (issue) => `- ${issue.path.join('.')}: ${issue.message}`,
    )
    throw new Error(`The CMS cannot start; fix its environment:\n${problems.join('\n')}`)
  }
  return result.data
}
