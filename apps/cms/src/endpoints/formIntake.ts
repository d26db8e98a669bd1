import {
  decodeFormBody,
  defaultLocale,
  honeypotField,
  isHoneypotFilled,
  isLocale,
  pickDeclaredFields,
  sectionPath,
  toFieldErrors,
  type FieldErrors,
  type FormFieldMap,
  type Locale,
} from '@mist/schema'
import {
  commitTransaction,
  initTransaction,
  killTransaction,
  type Endpoint,
  type PayloadRequest,
} from 'payload'
import type { z } from 'zod'

import { env } from '../env.ts'
import { clientAddress, trustedProxyList } from './intake/clientAddress.ts'
import { idempotencyKeyHeader, isFromSite, siteCorsHeaders } from './intake/intakeCors.ts'
import { OverLimitMemo } from './intake/overLimitMemo.ts'
import { canonicalFields, intakeHash, intakeHashKey } from './intake/intakeKeys.ts'
import {
  claimFingerprint,
  claimIdempotencyKey,
  countPost,
  isFingerprintCommitted,
  recordAnswer,
  releaseIdempotencyKey,
  type RecordedAnswer,
} from './intake/intakeState.ts'
import {
  databaseRetryAfterSeconds,
  isDatabaseUnavailable,
} from '../utilities/databaseUnavailable.ts'
import {
  BodyEncodingError,
  BodyIncompleteError,
  BodyTooLargeError,
  readLimitedBody,
} from './readLimitedBody.ts'

/** Largest accepted form body, in bytes (issue 6: "Body over 32 KB → 413"). */
export const formBodyLimitBytes = 32 * 1024

/** What a form's own part of the intake decides after the shared schema has passed. */
export type IntakeOutcome = { stored: true } | { stored: false; errors: FieldErrors }

export interface FormIntakeOptions<S extends z.ZodType> {
  /** URL path under `/api`, e.g. `/forms/quote-request`. */
  path: string
  schema: S
  fields: FormFieldMap
  /** Checks what the schema cannot (e.g. that a training is published) and stores the submission. */
  store: (data: z.output<S>, locale: Locale, req: PayloadRequest) => Promise<IntakeOutcome>
}

const proxies = trustedProxyList(env.TRUSTED_PROXIES)
const hashKey = intakeHashKey(env.PAYLOAD_SECRET)
/** 128 bits or more from the site's script, as hex, base64url or a UUID. */
const idempotencyKeyPattern = /^[A-Za-z0-9_-]{22,128}$/

/**
 * A form intake endpoint (docs/decisions/003-form-decoding.md, 017-form-abuse.md). It accepts JSON or a
 * urlencoded form post from the site's origin only, runs the form's shared zod schema, and answers:
 * - JSON: 201 `{ ok: true }`, or 400 `{ errors: { field: [i18n keys] } }`;
 * - form post: 303 to the site's thank-you page, or 303 to the "form to correct" page, in the form's locale;
 * - 403 for another (or no, or `null`) `Origin`, 413 over {@link formBodyLimitBytes}, 415 for other content
 *   types, 429 with `Retry-After` (seconds) past the per-client or per-form rate limit, 409 while a request
 *   with the same `Idempotency-Key` is still being handled, 400 (no one left to read it) for a body its
 *   sender cut off, 503 with `Retry-After` while the database cannot
 *   be reached (a short text in both languages for a form post).
 * Every answer to the site's origin carries its CORS headers. Nothing is stored unless the whole submission is
 * valid; a filled honeypot, and an identical submission within 10 minutes, get the success answer and nothing
 * is stored. A request repeating an `Idempotency-Key` gets the first answer again. Personal data is never
 * logged, and no client address is stored (only HMACs of it, in the rate-limit table).
 */
export function formIntakeEndpoint<S extends z.ZodType>(options: FormIntakeOptions<S>): Endpoint {
  return {
    path: options.path,
    method: 'post',
    handler: async (req) => {
      // Payload's csrf/cors settings only add headers; a cross-site post would still be processed.
      if (!isFromSite(req.headers)) {
        return Response.json(
          { errors: { form: ['form.errors.origin'] } },
          { status: 403, headers: { Vary: 'Origin' } },
        )
      }
      const contentType = (req.headers.get('content-type') ?? '')
        .split(';')[0]
        ?.trim()
        .toLowerCase()
      const isFormPost = contentType === 'application/x-www-form-urlencoded'
      if (!isFormPost && contentType !== 'application/json') {
        return send({ status: 415, body: errorBody('form.errors.contentType'), location: null })
      }

      try {
        return await handle(options, req, isFormPost)
      } catch (error) {
        // PostgreSQL stopped or restarting: nothing was stored (or the answer was not recorded), and the sender
        // must know to send again, not read a 500 or wait for a timeout.
        if (isDatabaseUnavailable(error)) {
          req.payload.logger.warn(`${options.path}: database unavailable, answered 503`)
          return send(unavailable(isFormPost), databaseRetryAfterSeconds)
        }
        throw error
      }
    },
  }
}

/** The intake's steps once origin and content type are accepted: rate limit, body, idempotency, decision. */
async function handle<S extends z.ZodType>(
  options: FormIntakeOptions<S>,
  req: PayloadRequest,
  isFormPost: boolean,
): Promise<Response> {
  const limited = await rateLimit(req, options.path)
  if (limited !== null) return send(tooManyRequests(isFormPost), limited)

  let raw: string
  try {
    raw = await readLimitedBody(req, formBodyLimitBytes)
  } catch (error) {
    if (error instanceof BodyTooLargeError) {
      return send({ status: 413, body: errorBody('form.errors.tooLarge'), location: null })
    }
    if (error instanceof BodyEncodingError) {
      return send(formAnswer(isFormPost, defaultLocale, { form: ['form.errors.encoding'] }))
    }
    // The sender went away mid-body: nothing to store, no one to answer, and no outage to report.
    if (error instanceof BodyIncompleteError) {
      return send({ status: 400, body: errorBody('form.errors.invalid'), location: null })
    }
    throw error
  }

  const headerKey = req.headers.get(idempotencyKeyHeader)
  const idempotencyKey =
    headerKey !== null && idempotencyKeyPattern.test(headerKey)
      ? intakeHash(hashKey, 'idempotency', options.path, headerKey)
      : null
  if (idempotencyKey !== null) {
    const claim = await claimIdempotencyKey(req.payload, idempotencyKey)
    if (claim.state === 'answered') return send(claim.answer)
    if (claim.state === 'in-flight') {
      return send({ status: 409, body: errorBody('form.errors.inFlight'), location: null })
    }
  }

  let answer: RecordedAnswer
  try {
    answer = await decide(options, req, raw, isFormPost)
  } catch (error) {
    if (idempotencyKey !== null) await releaseIdempotencyKey(req.payload, idempotencyKey)
    throw error
  }
  if (idempotencyKey !== null) await recordAnswer(req.payload, idempotencyKey, answer)
  return send(answer)
}

/** Decodes, checks and stores a submission; returns the answer (201/400 or 303) to send and to record. */
async function decide<S extends z.ZodType>(
  options: FormIntakeOptions<S>,
  req: PayloadRequest,
  raw: string,
  isFormPost: boolean,
): Promise<RecordedAnswer> {
  const fields = { ...options.fields, [honeypotField]: 'string' } as const
  const input = isFormPost ? decodeFormBody(raw, fields) : parseJsonBody(raw, fields)
  const locale = isLocale(input?.locale) ? input.locale : defaultLocale
  const answer = (errors: FieldErrors | null) => formAnswer(isFormPost, locale, errors)
  if (input === null) return answer({ form: ['form.errors.invalid'] })
  // A bot filled the hidden field: answer as if stored, store and send nothing.
  if (isHoneypotFilled(input)) return answer(null)
  delete input[honeypotField]

  const parsed = options.schema.safeParse(input)
  if (!parsed.success) return answer(toFieldErrors(parsed.error))
  const data = parsed.data as Record<string, unknown>
  const fingerprint = intakeHash(
    hashKey,
    'fingerprint',
    options.path,
    locale,
    canonicalFields(data),
  )
  // The fingerprint and the submission are written in one transaction: both are stored or neither, so a
  // request that failed mid-way (database lost) is handled anew when it is sent again.
  const ownsTransaction = await initTransaction(req)
  let outcome: IntakeOutcome
  try {
    // The same submission again within 10 minutes (a resend, a second tab): answered as the first, not stored.
    if (!(await claimFingerprint(req, fingerprint))) {
      await killTransaction(req)
      return answer(null)
    }
    outcome = await options.store(parsed.data, locale, req)
    if (!outcome.stored) {
      await killTransaction(req)
      return answer(outcome.errors)
    }
    if (ownsTransaction) await commitTransaction(req)
  } catch (error) {
    await killTransaction(req)
    throw error
  }
  // A 201 promises the request is stored: check the commit took (see isFingerprintCommitted).
  if (!(await isFingerprintCommitted(req.payload, fingerprint))) throw new CommitUnknownError()
  return answer(null)
}

/**
 * The submission's transaction may not have committed (SQLSTATE 08007, "transaction resolution unknown"):
 * answered 503 so the sender sends it again; the fingerprint tells a stored one from a lost one.
 */
class CommitUnknownError extends Error {
  readonly code = '08007'
  constructor() {
    super('form intake: the submission was not found after its commit')
    this.name = 'CommitUnknownError'
  }
}

/** Keys this process has refused, until their window ends (see OverLimitMemo). */
const overLimit = new OverLimitMemo()

/**
 * Forgets the rate-limit refusals this process remembers: call it after emptying `form_intake.rate_limits`
 * (tests, or an operator lifting a block), or refused clients stay refused here until their window ends.
 */
export function forgetRateLimitRefusals(): void {
  overLimit.clear()
}

/**
 * Counts the post against the client's and the form's windows.
 * @returns seconds to wait when either limit is passed, else null
 */
async function rateLimit(req: PayloadRequest, path: string): Promise<number | null> {
  const windowSeconds = env.FORM_RATE_LIMIT_WINDOW_SECONDS
  // Without the CMS's own server (next dev, in-process tests) the peer is unknown: one shared bucket.
  const client = clientAddress(req.headers, proxies) ?? 'unknown'
  const clientKey = intakeHash(hashKey, 'client', path, client)
  const formKey = intakeHash(hashKey, 'form', path)
  // A flood already refused is answered from memory: no database write per refused post.
  const known = overLimit.retryAfter(clientKey) ?? overLimit.retryAfter(formKey)
  if (known !== null) return known
  const perClient = await countPost(req.payload, clientKey, windowSeconds)
  if (perClient.hits > env.FORM_RATE_LIMIT_PER_CLIENT) {
    overLimit.remember(clientKey, perClient.retryAfterSeconds)
    return perClient.retryAfterSeconds
  }
  const global = await countPost(req.payload, formKey, windowSeconds)
  if (global.hits > env.FORM_RATE_LIMIT_GLOBAL) {
    overLimit.remember(formKey, global.retryAfterSeconds)
    return global.retryAfterSeconds
  }
  return null
}

function tooManyRequests(isFormPost: boolean): RecordedAnswer {
  // A form post's locale is in the body, not read yet: a short text in both languages.
  return isFormPost
    ? {
        status: 429,
        location: null,
        body: 'Trop de demandes : réessayez dans quelques minutes.\nToo many requests: please try again in a few minutes.\n',
      }
    : { status: 429, location: null, body: errorBody('form.errors.rateLimited') }
}

function unavailable(isFormPost: boolean): RecordedAnswer {
  return isFormPost
    ? {
        status: 503,
        location: null,
        body: 'Service momentanément indisponible : votre demande n’a pas été enregistrée. Réessayez dans quelques minutes.\nService briefly unavailable: your request was not saved. Please try again in a few minutes.\n',
      }
    : { status: 503, location: null, body: errorBody('form.errors.unavailable') }
}

function errorBody(key: string): string {
  return JSON.stringify({ errors: { form: [key] } })
}

function send(answer: RecordedAnswer, retryAfterSeconds?: number): Response {
  const headers = new Headers(siteCorsHeaders())
  if (answer.location !== null) headers.set('Location', answer.location)
  if (answer.body !== null) {
    headers.set(
      'Content-Type',
      answer.body.startsWith('{') ? 'application/json' : 'text/plain; charset=utf-8',
    )
  }
  if (retryAfterSeconds !== undefined) headers.set('Retry-After', String(retryAfterSeconds))
  return new Response(answer.body, { status: answer.status, headers })
}

function parseJsonBody(raw: string, fields: FormFieldMap): Record<string, unknown> | null {
  try {
    return pickDeclaredFields(JSON.parse(raw), fields)
  } catch {
    return null
  }
}

function formAnswer(
  isFormPost: boolean,
  locale: Locale,
  errors: FieldErrors | null,
): RecordedAnswer {
  if (isFormPost) {
    const target = sectionPath(locale, errors === null ? 'thanks' : 'invalid')
    return { status: 303, location: new URL(target, env.SITE_URL).href, body: null }
  }
  return errors === null
    ? { status: 201, location: null, body: JSON.stringify({ ok: true }) }
    : { status: 400, location: null, body: JSON.stringify({ errors }) }
}
