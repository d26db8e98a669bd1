import {
  decodeFormBody,
  defaultLocale,
  formPageField,
  honeypotField,
  isFormPagePath,
  isHoneypotFilled,
  isLocale,
  pickDeclaredFields,
  sectionPath,
  toFieldErrors,
  type FieldErrors,
  type FormFieldMap,
  type Locale,
} from '@mist/schema'
import type { Endpoint, Payload } from 'payload'
import type { z } from 'zod'

import { env, siteOrigin } from '../env.ts'
import {
  registerDirectAnswer,
  registerKnownRefusal,
  type ReadyAnswer,
} from '../server/directRoutes.ts'
import { cmsSecurityHeaders } from '../server/securityHeaders.ts'
import { clientAddress, trustedProxyList } from './intake/clientAddress.ts'
import { idempotencyKeyHeader, isFromSite, siteCorsHeaders } from './intake/intakeCors.ts'
import { fillRefusedForm, refusedFormPolicy, type FilledPage } from './intake/refusedFormPage.ts'
import { readSitePage, sitePageSource } from './intake/sitePages.ts'
import { OverLimitMemo } from './intake/overLimitMemo.ts'
import { canonicalFields, intakeHash, intakeHashKey } from './intake/intakeKeys.ts'
import { notifyStaffOfSubmission } from './intake/notifyStaff.ts'
import { storeSubmissionOnce, type SubmissionToStore } from './intake/storeSubmission.ts'
import {
  claimIdempotencyKey,
  countPost,
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

/** What a form's own part of the intake decides after the shared schema has passed: what to store, or why not. */
export type IntakeDecision = { submission: SubmissionToStore } | { errors: FieldErrors }

export interface FormIntakeOptions<S extends z.ZodType> {
  /** URL path under `/api`, e.g. `/forms/quote-request`. */
  path: string
  schema: S
  fields: FormFieldMap
  /** Checks what the schema cannot (e.g. that a training is published) and gives the request to store. */
  toSubmission: (data: z.output<S>, locale: Locale, payload: Payload) => Promise<IntakeDecision>
}

const proxies = trustedProxyList(env.TRUSTED_PROXIES)
const hashKey = intakeHashKey(env.PAYLOAD_SECRET)
/** 128 bits or more from the site's script, as hex, base64url or a UUID. */
const idempotencyKeyPattern = /^[A-Za-z0-9_-]{22,128}$/

/**
 * A form intake endpoint (docs/decisions/003-form-decoding.md, 017-form-abuse.md,
 * 028-refused-form-without-javascript.md). It accepts JSON or a urlencoded form post from the site's origin only
 * (a form post from the CMS's own origin too: the refilled page below is served from there), runs the form's
 * shared zod schema, and answers:
 * - JSON: 201 `{ ok: true }`, or 400 `{ errors: { field: [i18n keys] } }`;
 * - form post: 303 to the site's thank-you page; when refused, 400 with the form's own page (named by the
 *   post's `page` field) filled in again with what was posted and its errors named, as HTML under a policy that
 *   runs nothing, or, when that page cannot be read or does not hold the form, 303 to the "form to correct"
 *   page; all in the form's locale;
 * - 403 for another (or no, or `null`) `Origin`, 413 over {@link formBodyLimitBytes}, 415 for other content
 *   types, 429 with `Retry-After` (seconds) past the per-client or per-form rate limit, 409 while a request
 *   with the same `Idempotency-Key` is still being handled, 400 (no one left to read it) for a body its
 *   sender cut off, 503 with `Retry-After` while the database cannot
 *   be reached (a short text in both languages for a form post).
 * Every answer to the site's origin carries its CORS headers. Nothing is stored unless the whole submission is
 * valid; a filled honeypot, and an identical submission within 10 minutes, get the success answer and nothing
 * is stored. A JSON request repeating an `Idempotency-Key` gets the first answer again (a form post's key is
 * ignored: its answer may hold what was typed). Personal data is never logged or stored with an answer, and no
 * client address is stored (only HMACs of it, in the rate-limit table).
 */
export function formIntakeEndpoint<S extends z.ZodType>(options: FormIntakeOptions<S>): Endpoint {
  registerKnownRefusal(options.path, (headers) => knownRefusal(options.path, headers))
  directAnswers.push({
    path: options.path,
    answer: (post) => answerPost(options, post),
  })
  return {
    path: options.path,
    method: 'post',
    handler: async (req) => {
      const answer = await answerPost(options, {
        headers: req.headers,
        body: req.body ?? null,
        payload: req.payload,
      })
      return new Response(answer.body, { status: answer.status, headers: answer.headers })
    },
  }
}

/** A post as the intake reads it, from Payload's REST route or from the CMS's own server (directRoutes.ts). */
export interface IntakePost {
  headers: Headers
  /** The body: a web stream (Next.js) or Node's request stream (the CMS's server); null when empty. */
  body: ReadableStream<Uint8Array> | AsyncIterable<Uint8Array> | null
  payload: Payload
}

/** Every intake's whole answer, for {@link openDirectIntakes}. */
const directAnswers: Array<{ path: string; answer: (post: IntakePost) => Promise<ReadyAnswer> }> =
  []

/**
 * Lets the CMS's own server answer the form intakes without Next.js (server/directRoutes.ts), with this Payload
 * instance: called once Payload is ready (the config's `onInit`). An error the intake does not answer itself is
 * a 500 with Payload's generic message, logged by name and code only (a message could quote what was sent).
 */
export function openDirectIntakes(payload: Payload): void {
  for (const { path, answer } of directAnswers) {
    registerDirectAnswer(path, async (headers, body) => {
      try {
        return await answer({ headers, body, payload })
      } catch (error) {
        const name = error instanceof Error ? error.name : 'unknown error'
        const code = (error as { code?: unknown } | null)?.code
        payload.logger.error(`${path}: ${name}${typeof code === 'string' ? ` (${code})` : ''}`)
        return send({
          status: 500,
          location: null,
          body: JSON.stringify({ errors: [{ message: 'Something went wrong.' }] }),
        })
      }
    })
  }
}

/**
 * The intake's answer to one post: origin and content type, then rate limit, body, idempotency, decision.
 * @throws what the database throws, except an outage (answered 503)
 */
async function answerPost<S extends z.ZodType>(
  options: FormIntakeOptions<S>,
  post: IntakePost,
): Promise<ReadyAnswer> {
  // Payload's csrf/cors settings only add headers; a cross-site post would still be processed.
  if (!isAcceptedOrigin(post.headers)) {
    return {
      status: 403,
      headers: { 'Content-Type': 'application/json', Vary: 'Origin' },
      body: errorBody('form.errors.origin'),
    }
  }
  const kind = bodyKind(post.headers)
  if (kind === null) {
    return send({ status: 415, body: errorBody('form.errors.contentType'), location: null })
  }
  const isFormPost = kind === 'form'
  try {
    return await handle(options, post, isFormPost)
  } catch (error) {
    // PostgreSQL stopped or restarting: nothing was stored (or the answer was not recorded), and the sender
    // must know to send again, not read a 500 or wait for a timeout.
    if (isDatabaseUnavailable(error)) {
      post.payload.logger.warn(`${options.path}: database unavailable, answered 503`)
      return send(unavailable(isFormPost), databaseRetryAfterSeconds)
    }
    throw error
  }
}

/** A form post (urlencoded) or the site script's JSON, from the `Content-Type`; null for any other type. */
function bodyKind(headers: Headers): 'form' | 'json' | null {
  const contentType = (headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase()
  if (contentType === 'application/x-www-form-urlencoded') return 'form'
  return contentType === 'application/json' ? 'json' : null
}

const cmsOrigin = new URL(env.CMS_URL).origin

/**
 * True for a post from the site's pages, or a form post from the CMS's own origin: the page a refused form post
 * is answered with (below) is served from there, and its form posts back to the intake. The CMS's pages run no
 * script that posts forms; a browser on another site sends its own origin.
 */
function isAcceptedOrigin(headers: Headers): boolean {
  return (
    isFromSite(headers) || (headers.get('origin') === cmsOrigin && bodyKind(headers) === 'form')
  )
}

/**
 * The answer to a post from the site that this process already refused for its rate limit, as the endpoint
 * would send it, for the CMS's server to send without Next.js (server/directRoutes.ts); null for any other
 * request (another origin or content type gets its own answer from the endpoint).
 */
function knownRefusal(path: string, headers: Headers): ReadyAnswer | null {
  if (!isAcceptedOrigin(headers)) return null
  const kind = bodyKind(headers)
  if (kind === null) return null
  const retryAfter = knownOverLimit(rateLimitKeys(headers, path))
  if (retryAfter === null) return null
  return send(tooManyRequests(kind === 'form'), retryAfter)
}

/** The intake's steps once origin and content type are accepted: rate limit, body, idempotency, decision. */
async function handle<S extends z.ZodType>(
  options: FormIntakeOptions<S>,
  post: IntakePost,
  isFormPost: boolean,
): Promise<ReadyAnswer> {
  const limited = await rateLimit(post, options.path)
  if (limited !== null) return send(tooManyRequests(isFormPost), limited)

  let raw: string
  try {
    raw = await readLimitedBody(post, formBodyLimitBytes)
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

  // Only the site's script sends a key. A form post's answer may be the page filled in with what was typed,
  // which must never be recorded: a key on a form post (browsers send none) is ignored.
  const headerKey = isFormPost ? null : post.headers.get(idempotencyKeyHeader)
  const idempotencyKey =
    headerKey !== null && idempotencyKeyPattern.test(headerKey)
      ? intakeHash(hashKey, 'idempotency', options.path, headerKey)
      : null
  if (idempotencyKey !== null) {
    const claim = await claimIdempotencyKey(post.payload, idempotencyKey)
    if (claim.state === 'answered') return send(claim.answer)
    if (claim.state === 'in-flight') {
      return send({ status: 409, body: errorBody('form.errors.inFlight'), location: null })
    }
  }

  let decision: Decision
  try {
    decision = await decide(options, post.payload, raw, isFormPost)
  } catch (error) {
    if (idempotencyKey !== null) await releaseIdempotencyKey(post.payload, idempotencyKey)
    throw error
  }
  if (idempotencyKey !== null) await recordAnswer(post.payload, idempotencyKey, decision.answer)
  if (decision.refused !== null) {
    const page = await refusedFormPage(options, post.payload, decision.refused)
    if (page !== null) return page
  }
  return send(decision.answer)
}

/** A form post the schema (or the form's own check) refused, for {@link refusedFormPage}. */
interface RefusedFormPost {
  locale: Locale
  /** What was posted, as sent. */
  values: URLSearchParams
  errors: FieldErrors
}

/** What {@link decide} answers: the answer to record and send, and for a refused form post, what it held. */
interface Decision {
  answer: RecordedAnswer
  /** Set for a form post refused for its fields: the intake answers with its page filled in, if it can. */
  refused: RefusedFormPost | null
}

/**
 * The answer to a refused form post: the page it was sent from (its `page` field, a path of the site in the
 * form's locale), read from the site as built, with the form filled in again and its errors named
 * (refusedFormPage.ts), 400 as HTML under a policy that runs nothing, never cached. Nothing of it is stored or
 * logged; the page read is cached, never the filled one.
 * @returns null when the post names no page of the site, or the page cannot be read or does not hold this form
 *   (the intake then sends its 303 to the "form to correct" page)
 */
async function refusedFormPage<S extends z.ZodType>(
  options: FormIntakeOptions<S>,
  payload: Payload,
  refused: RefusedFormPost,
): Promise<ReadyAnswer | null> {
  const pagePath = refused.values.get(formPageField)
  if (!isFormPagePath(pagePath, refused.locale)) return null
  const template = await readSitePage(sitePageSource(env.SITE_BUILDS_DIR, env.SITE_URL), pagePath)
  let filled: FilledPage | null = null
  let why = template === null ? 'could not be read' : 'does not hold this form'
  try {
    filled =
      template === null
        ? null
        : fillRefusedForm(
            template,
            {
              action: new URL(`/api${options.path}`, env.CMS_URL).href,
              values: refused.values,
              fields: Object.keys(options.fields),
              errors: refused.errors,
            },
            env.SITE_URL,
          )
  } catch (error) {
    // A fault of the filling must not cost the person the plain answer; its message could quote the post.
    why = `could not be filled in (${error instanceof Error ? error.name : 'unknown error'})`
  }
  if (!filled) {
    // Neither the page nor anything posted is named: the path came from the post.
    payload.logger.warn(
      `${options.path}: a refused form post was sent to the "form to correct" page: its page ${why}`,
    )
    return null
  }
  return {
    status: 400,
    headers: {
      ...siteCorsHeaders(),
      ...cmsSecurityHeaders(`/api${options.path}`, env.CMS_URL),
      'Content-Security-Policy': refusedFormPolicy(siteOrigin, cmsOrigin, filled.styleHashes),
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
      'X-Robots-Tag': 'noindex',
    },
    body: filled.html,
  }
}

/**
 * Decodes, checks and stores a submission; returns the answer (201/400 or 303) to send and to record, and for a
 * refused form post what it held.
 */
async function decide<S extends z.ZodType>(
  options: FormIntakeOptions<S>,
  payload: Payload,
  raw: string,
  isFormPost: boolean,
): Promise<Decision> {
  const fields = { ...options.fields, [honeypotField]: 'string' } as const
  const input = isFormPost ? decodeFormBody(raw, fields) : parseJsonBody(raw, fields)
  const locale = isLocale(input?.locale) ? input.locale : defaultLocale
  const answer = (errors: FieldErrors | null): Decision => ({
    answer: formAnswer(isFormPost, locale, errors),
    refused:
      isFormPost && errors !== null ? { locale, values: new URLSearchParams(raw), errors } : null,
  })
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
  const decision = await options.toSubmission(parsed.data, locale, payload)
  if ('errors' in decision) return answer(decision.errors)
  // The same submission again within 10 minutes (a resend, a second tab): answered as the first, not stored.
  const stored = await storeSubmissionOnce(payload, fingerprint, decision.submission)
  if (stored !== null) await notifyStaffOfSubmission(payload, stored)
  return answer(null)
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

/** The rate-limit keys of a post: its client's (per form) and its form's. */
function rateLimitKeys(headers: Headers, path: string): { clientKey: string; formKey: string } {
  // Without the CMS's own server (next dev, in-process tests) the peer is unknown: one shared bucket.
  const client = clientAddress(headers, proxies) ?? 'unknown'
  return {
    clientKey: intakeHash(hashKey, 'client', path, client),
    formKey: intakeHash(hashKey, 'form', path),
  }
}

/** Seconds to wait when this process already refused the post's client or form and the window is not over. */
function knownOverLimit(keys: { clientKey: string; formKey: string }): number | null {
  return overLimit.retryAfter(keys.clientKey) ?? overLimit.retryAfter(keys.formKey)
}

/**
 * Counts the post against the client's and the form's windows.
 * @returns seconds to wait when either limit is passed, else null
 */
async function rateLimit(post: IntakePost, path: string): Promise<number | null> {
  const windowSeconds = env.FORM_RATE_LIMIT_WINDOW_SECONDS
  const { clientKey, formKey } = rateLimitKeys(post.headers, path)
  // A flood already refused is answered from memory: no database write per refused post.
  const known = knownOverLimit({ clientKey, formKey })
  if (known !== null) return known
  const count = await countPost(
    post.payload,
    { clientKey, formKey },
    windowSeconds,
    env.FORM_RATE_LIMIT_PER_CLIENT,
  )
  if (count.client.hits > env.FORM_RATE_LIMIT_PER_CLIENT) {
    overLimit.remember(clientKey, count.client.retryAfterSeconds)
    return count.client.retryAfterSeconds
  }
  if (count.form !== null && count.form.hits > env.FORM_RATE_LIMIT_GLOBAL) {
    overLimit.remember(formKey, count.form.retryAfterSeconds)
    return count.form.retryAfterSeconds
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

function send(answer: RecordedAnswer, retryAfterSeconds?: number): ReadyAnswer {
  const headers: Record<string, string> = siteCorsHeaders()
  if (answer.location !== null) headers.Location = answer.location
  if (answer.body !== null) {
    headers['Content-Type'] = answer.body.startsWith('{')
      ? 'application/json'
      : 'text/plain; charset=utf-8'
  }
  if (retryAfterSeconds !== undefined) headers['Retry-After'] = String(retryAfterSeconds)
  return { status: answer.status, headers, body: answer.body }
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
