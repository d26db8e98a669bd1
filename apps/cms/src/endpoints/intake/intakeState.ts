import { sql, type PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'

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

/**
 * Counts one post against `key` in a fixed window of `windowSeconds` aligned on the epoch, atomically (one
 * upsert), and returns the count so far. A row from an earlier window is restarted at 1.
 */
export async function countPost(
  payload: Payload,
  key: string,
  windowSeconds: number,
): Promise<WindowCount> {
  const result = await payload.db.drizzle.execute<{ hits: number; retry_after: number }>(sql`
    insert into form_intake.rate_limits as r (key, window_start, hits)
    values (${key}, to_timestamp(floor(extract(epoch from now()) / ${windowSeconds}::int) * ${windowSeconds}::int), 1)
    on conflict (key) do update set
      hits = case when r.window_start = excluded.window_start then r.hits + 1 else 1 end,
      window_start = excluded.window_start
    returning hits,
      greatest(1, ceil(extract(epoch from window_start + make_interval(secs => ${windowSeconds}::int) - now())))::int as retry_after`)
  const row = result.rows[0]
  if (!row) throw new Error('form intake: the rate-limit upsert returned no row')
  return { hits: Number(row.hits), retryAfterSeconds: Number(row.retry_after) }
}

/**
 * Claims a submission's fingerprint for {@link duplicateWindowSeconds}, in `req`'s transaction when it has one
 * (the intake stores the submission in the same transaction, so a claim never outlives a submission that was
 * not stored: a request refused or lost mid-way leaves nothing that would turn its retry into a "duplicate").
 * @returns true for the first submission with this fingerprint in the window, false for a duplicate
 */
export async function claimFingerprint(req: PayloadRequest, fingerprint: string): Promise<boolean> {
  const result = await transactionOf(req).execute(sql`
    insert into form_intake.fingerprints as f (fingerprint, created_at) values (${fingerprint}, now())
    on conflict (fingerprint) do update set created_at = now()
      where f.created_at < now() - make_interval(secs => ${duplicateWindowSeconds}::int)
    returning fingerprint`)
  return result.rows.length === 1
}

/**
 * True when a fingerprint claimed within the window is committed. Read outside any transaction, after the
 * commit: Payload's commit (@payloadcms/drizzle commitTransaction.js, 3.90) swallows a failed COMMIT, so a
 * submission "created" may not be stored when PostgreSQL goes away at that moment.
 */
export async function isFingerprintCommitted(
  payload: Payload,
  fingerprint: string,
): Promise<boolean> {
  const result = await payload.db.drizzle.execute(sql`
    select 1 from form_intake.fingerprints where fingerprint = ${fingerprint}
      and created_at > now() - make_interval(secs => ${duplicateWindowSeconds}::int)`)
  return result.rows.length === 1
}

/** The drizzle handle of `req`'s open transaction, or the pool when it has none. */
function transactionOf(req: PayloadRequest): Pick<PostgresAdapter['drizzle'], 'execute'> {
  const adapter = req.payload.db as unknown as PostgresAdapter
  const id = req.transactionID
  const session =
    typeof id === 'string' || typeof id === 'number' ? adapter.sessions[String(id)] : undefined
  return session?.db ?? adapter.drizzle
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
  const claimed = await payload.db.drizzle.execute(sql`
    insert into form_intake.idempotency_keys as k (key, created_at) values (${key}, now())
    on conflict (key) do update set created_at = now(), status = null, location = null, body = null
      where k.created_at < now() - make_interval(secs => ${idempotencyWindowSeconds}::int)
        or (k.status is null and k.created_at < now() - make_interval(secs => ${inFlightTimeoutSeconds}::int))
    returning key`)
  if (claimed.rows.length === 1) return { state: 'claimed' }
  const found = await payload.db.drizzle.execute<{
    status: number | null
    location: string | null
    body: string | null
  }>(sql`select status, location, body from form_intake.idempotency_keys where key = ${key}`)
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
  await payload.db.drizzle.execute(sql`
    update form_intake.idempotency_keys
    set status = ${answer.status}, location = ${answer.location}, body = ${answer.body}
    where key = ${key}`)
}

/** Frees a claimed key whose request failed without an answer worth repeating, so a retry is handled anew. */
export async function releaseIdempotencyKey(payload: Payload, key: string): Promise<void> {
  await payload.db.drizzle.execute(sql`delete from form_intake.idempotency_keys where key = ${key}`)
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
