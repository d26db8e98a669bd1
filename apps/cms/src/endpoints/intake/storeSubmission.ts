import type { FormType, Locale } from '@mist/schema'
import type { Field, Payload } from 'payload'

import { FormSubmissions } from '../../collections/FormSubmissions.ts'
import { submissionGroups } from '../../fields/submissionGroups.ts'
import type { FormSubmission } from '../../payload-types.ts'
import { sqlName } from '../../utilities/sqlName.ts'
import { intakePool } from './intakePool.ts'
import { duplicateWindowSeconds } from './intakeState.ts'

/**
 * One request received, ready to store: its form, its locale and that form's group of fields as the collection
 * types it (`quoteRequest`, …; a relationship as its id; a missing field is stored empty).
 */
export type SubmissionToStore = {
  [T in FormType]: {
    formType: T
    locale: Locale
    fields: NonNullable<FormSubmission[(typeof submissionGroups)[T]]>
  }
}[FormType]

/** A group field's value as a SQL parameter: a related document by its id. */
function columnValue(value: unknown): unknown {
  if (typeof value === 'object' && value !== null && 'id' in value) return value.id
  return value ?? null
}

/** What the intake needs of a stored request: enough for the staff notification, nothing the person wrote. */
export type StoredSubmission = Pick<FormSubmission, 'id' | 'formType' | 'createdAt'>

/**
 * The `form_submissions` columns of each form's group, read from the collection's config (so a field added
 * there is stored here too): `<group>_<field>`, with `_id` for a relationship, as Payload's migrations name them.
 */
const groupColumns: Record<FormType, Array<{ field: string; column: string }>> = (() => {
  const byGroup = new Map<string, Field>()
  for (const field of FormSubmissions.fields) {
    if (field.type === 'group' && 'name' in field) byGroup.set(field.name, field)
  }
  const columns = {} as Record<FormType, Array<{ field: string; column: string }>>
  for (const [formType, groupName] of Object.entries(submissionGroups) as Array<
    [FormType, string]
  >) {
    const group = byGroup.get(groupName)
    if (group?.type !== 'group') throw new Error(`form-submissions has no group ${groupName}`)
    columns[formType] = group.fields.flatMap((field) =>
      'name' in field
        ? [
            {
              field: field.name,
              column: `${sqlName(groupName)}_${sqlName(field.name)}${field.type === 'relationship' ? '_id' : ''}`,
            },
          ]
        : [],
    )
  }
  return columns
})()

/** The SQL type of each `form_submissions` column, for the casts of the insert (its values come from a SELECT). */
async function columnTypes(payload: Payload): Promise<Map<string, string>> {
  const { rows } = await intakePool(payload).query<{ name: string; type: string }>({
    name: 'mist_intake_submission_columns',
    text: `select attname as name, format_type(atttypid, atttypmod) as type from pg_attribute
      where attrelid = 'form_submissions'::regclass and attnum > 0 and not attisdropped`,
    values: [],
  })
  return new Map(rows.map((row) => [row.name, row.type]))
}

/** The insert statement of each form, built once per process from the collection and the table. */
const statements = new Map<FormType, Promise<string>>()

/**
 * One statement that claims the fingerprint for {@link duplicateWindowSeconds} and inserts the submission only
 * when the claim took: `$1` the fingerprint, `$2` the form, `$3` the locale, then the group's fields in
 * {@link groupColumns} order.
 */
async function buildInsert(payload: Payload, formType: FormType): Promise<string> {
  const types = await columnTypes(payload)
  const names = ['form_type', 'locale', ...groupColumns[formType].map(({ column }) => column)]
  const casts = names.map((name, index) => {
    const type = types.get(name)
    if (type === undefined) throw new Error(`form intake: form_submissions has no column ${name}`)
    return `$${index + 2}::${type}`
  })
  return `with claim as (
      insert into form_intake.fingerprints as f (fingerprint, created_at) values ($1, now())
      on conflict (fingerprint) do update set created_at = now()
        where f.created_at < now() - make_interval(secs => ${duplicateWindowSeconds})
      returning 1)
    insert into form_submissions (${names.map((name) => `"${name}"`).join(', ')})
    select ${casts.join(', ')} from claim
    returning id, created_at`
}

/**
 * Stores a request received, unless the same request (same `fingerprint`) was stored within the duplicate
 * window: the fingerprint claim and the submission are one SQL statement, so both are stored or neither, and a
 * request lost mid-way (database gone) is handled anew when sent again (docs/decisions/018-database-outages.md).
 * Written in SQL rather than through Payload's `create`: the intake is the only writer of this collection (REST
 * create is refused to everyone), it validated everything with the shared schema already, the collection has
 * no hook to run on create, and Payload's create with its transaction cost several milliseconds of CPU and
 * seven round trips per request (issue 8's benchmark). The statement commits on its own, so a failed commit is
 * reported (Payload's transaction commit swallows it), and a request is never answered as stored when it is
 * not. The follow-up status and the dates take the columns' defaults (`new`, now()).
 * @returns the stored request's id, form and time; null for a duplicate (nothing stored)
 * @throws the driver's error when PostgreSQL refuses or cannot be reached (the intake answers 503)
 */
export async function storeSubmissionOnce(
  payload: Payload,
  fingerprint: string,
  submission: SubmissionToStore,
): Promise<StoredSubmission | null> {
  let text = statements.get(submission.formType)
  if (text === undefined) {
    text = buildInsert(payload, submission.formType)
    statements.set(submission.formType, text)
    // A failure (database away at the first request) is not kept: the next request builds it again.
    text.catch(() => statements.delete(submission.formType))
  }
  const fields = submission.fields as Record<string, unknown>
  const { rows } = await intakePool(payload).query<{ id: number; created_at: Date | string }>({
    name: `mist_intake_store_${submission.formType}`,
    text: await text,
    values: [
      fingerprint,
      submission.formType,
      submission.locale,
      ...groupColumns[submission.formType].map(({ field }) => columnValue(fields[field])),
    ],
  })
  const row = rows[0]
  if (!row) return null
  return {
    id: Number(row.id),
    formType: submission.formType,
    createdAt: new Date(row.created_at).toISOString(),
  }
}
