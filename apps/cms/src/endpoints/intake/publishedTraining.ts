import type { Payload } from 'payload'

import { intakePool } from './intakePool.ts'

/**
 * True when training `id` is published: the one training a quote request may name, as the anonymous public reads
 * the collection (access/publishedOrStaff.ts: `_status` equals `published`; the intake's test of a draft
 * training holds the two together). One prepared statement instead of Payload's `find`, whose query building
 * was the intake's largest cost after the store (issue 8's benchmark, `BENCH_CPU_PROFILE`).
 * @param id a document id within PostgreSQL's integer range (the shared schema bounds it)
 * @throws the driver's error when PostgreSQL cannot be reached (the intake answers 503)
 */
export async function isTrainingPublished(payload: Payload, id: number): Promise<boolean> {
  const { rows } = await intakePool(payload).query({
    name: 'mist_intake_published_training',
    text: `select 1 from trainings where id = $1::int and _status = 'published'`,
    values: [id],
  })
  return rows.length === 1
}
