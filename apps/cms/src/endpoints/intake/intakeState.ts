import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { intakePool } from './intakePool.ts'

/*
 * The intake's shared state, in PostgreSQL so every CMS instance sees the same counts (issue 6). The tables live
 * in their own `form_intake` schema (migration 20261129_140000_form_intake): Payload's schema tools only look
 * at `public`, and none of these rows is content. Every time comes from the database's clock, so instances
 * with skewed clocks still agree. Keys are HMACs (intakeKeys.ts): no address or submitted value is stored.
 */

/** How long an identical submission is answered without being stored again, in seconds (issue 6: 10 min). */
export const duplicateWindowSeconds = 600
/** How long a retried request with the same idempotency key gets the first answer, in seconds (24 h). */
export const idempotencyWindowSeconds = 24 * 60 * 60

export interface WindowCount {
  /** Posts counted in the current window, this one included. */
  hits: number
  /** Seconds until the current window ends (at least 1), for `Retry-After`. */
  retryAfterSeconds: number
}

/** A post counted against its client's window and, when the client is under its limit, its form's. */
export interface PostCount {
  client: WindowCount
  /** Null when the client was over its limit: the form's window was not counted. */
  form: WindowCount | null
}

/** A fixed window aligned on the epoch: `$3` seconds long. */
const windowStart = 'to_timestamp(floor(extract(epoch from now()) / $3::int) * $3::int)'
const countInto = (source: string) => `
    insert into form_intake.rate_limits as r (key, window_start, hits)
    ${source}
    on conflict (key) do update set
      hits = case when r.window_start = excluded.window_start then r.hits + 1 else 1 end,
      window_start = excluded.window_start
    returning hits,
      greatest(1, ceil(extract(epoch from window_start + make_interval(secs => $3::int) - now())))::int as retry_after`

/**
 * Counts one post against the client's key and, only when the client is still within `perClientLimit`, against
 * the form's key (so one client flooding does not use up the form's limit for everyone), in fixed windows of
 * `windowSeconds` aligned on the epoch, atomically, in one statement. A row from an earlier window is restarted
 * at 1.
 */
export async function countPost(
  payload: Payload,
  keys: { clientKey: string; formKey: string },
  windowSeconds: number,
  perClientLimit: number,
): Promise<PostCount> {
  const { rows } = await intakePool(payload).query<{
    client_hits: number
    client_retry_after: number
    form_hits: number | null
    form_retry_after: number | null
  }>({
    name: 'mist_intake_count_post',
    text: `with client as (${countInto(`values ($1, ${windowStart}, 1)`)}),
      form as (${countInto(`select $2, ${windowStart}, 1 from client where client.hits <= $4::int`)})
      select client.hits as client_hits, client.retry_after as client_retry_after,
        form.hits as form_hits, form.retry_after as form_retry_after
      from client left join form on true`,
    values: [keys.clientKey, keys.formKey, windowSeconds, perClientLimit],
  })
  const row = rows[0]
  if (!row) throw new Error('form intake: the rate-limit upsert returned no row')
  return {
    client: { hits: Number(row.client_hits), retryAfterSeconds: Number(row.client_retry_after) },
    form:
      row.form_hits === null
        ? null
        : { hits: Number(row.form_hits), retryAfterSeconds: Number(row.form_retry_after) },
  }
}

/**
 * After this many seconds without a recorded answer, a claimed idempotency key is taken as abandoned (the CMS
 * stopped, or the database went away before the answer could be recorded or the key freed) and a retry is
 * handled anew; the fingerprint still keeps a stored submission from being stored twice.
 */
export const inFlightTimeoutSeconds = 60

/** The answer recorded for an idempotency key: enough to send it again byte for byte. */
export interface RecordedAnswer {
  status: number
  /** `Location` of a 303, else null. */
  location: string | null
  /** JSON body text, or null for an empty body. */
  body: string | null
}

/** What {@link claimIdempotencyKey} found. */
export type IdempotencyClaim =
  { state: 'claimed' } | { state: 'in-flight' } | { state: 'answered'; answer: RecordedAnswer }

/**
 * Claims an idempotency key for {@link idempotencyWindowSeconds}, or returns the answer already recorded for it
 * (`in-flight` while the first request with it is still being handled, for at most
 * {@link inFlightTimeoutSeconds}).
 */
export async function claimIdempotencyKey(
  payload: Payload,
  key: string,
): Promise<IdempotencyClaim> {
  const pool = intakePool(payload)
  const claimed = await pool.query({
    name: 'mist_intake_claim_idempotency_key',
    text: `insert into form_intake.idempotency_keys as k (key, created_at) values ($1, now())
      on conflict (key) do update set created_at = now(), status = null, location = null, body = null
        where k.created_at < now() - make_interval(secs => $2::int)
          or (k.status is null and k.created_at < now() - make_interval(secs => $3::int))
      returning key`,
    values: [key, idempotencyWindowSeconds, inFlightTimeoutSeconds],
  })
  if (claimed.rows.length === 1) return { state: 'claimed' }
  const found = await pool.query<{
    status: number | null
    location: string | null
    body: string | null
  }>({
    name: 'mist_intake_idempotency_answer',
    text: 'select status, location, body from form_intake.idempotency_keys where key = $1',
    values: [key],
  })
  const row = found.rows[0]
  if (!row || row.status === null) return { state: 'in-flight' }
  return {
    state: 'answered',
    answer: { status: Number(row.status), location: row.location, body: row.body },
  }
}

/** Records the answer given to the request that claimed `key`. */
export async function recordAnswer(
  payload: Payload,
  key: string,
  answer: RecordedAnswer,
): Promise<void> {
  await intakePool(payload).query({
    name: 'mist_intake_record_answer',
    text: `update form_intake.idempotency_keys set status = $2, location = $3, body = $4 where key = $1`,
    values: [key, answer.status, answer.location, answer.body],
  })
}

/** Frees a claimed key whose request failed without an answer worth repeating, so a retry is handled anew. */
export async function releaseIdempotencyKey(payload: Payload, key: string): Promise<void> {
  await intakePool(payload).query({
    name: 'mist_intake_release_idempotency_key',
    text: 'delete from form_intake.idempotency_keys where key = $1',
    values: [key],
  })
}

/**
 * Deletes the intake's expired rows (the nightly job): rate-limit windows older than `windowSeconds`,
 * fingerprints and idempotency keys past their windows. The queries above already ignore expired rows; this
 * only keeps the tables small.
 * @returns how many rows were deleted
 */
export async function purgeExpiredIntakeState(
  payload: Payload,
  windowSeconds: number,
): Promise<number> {
  const deleted = await Promise.all([
    payload.db.drizzle.execute(sql`delete from form_intake.rate_limits
      where window_start < now() - make_interval(secs => ${windowSeconds}::int)`),
    payload.db.drizzle.execute(sql`delete from form_intake.fingerprints
      where created_at < now() - make_interval(secs => ${duplicateWindowSeconds}::int)`),
    payload.db.drizzle.execute(sql`delete from form_intake.idempotency_keys
      where created_at < now() - make_interval(secs => ${idempotencyWindowSeconds}::int)`),
  ])
  return deleted.reduce((sum, result) => sum + (result.rowCount ?? 0), 0)
}
