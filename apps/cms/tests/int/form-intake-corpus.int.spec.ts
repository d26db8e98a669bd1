import { beforeAll, describe, expect, it } from 'vitest'

import { httpRequest, resetFormIntake } from '../helpers/http.ts'
import { bootPayload, testSiteUrl } from '../helpers/payload.ts'

/**
 * Issue 6: "A generated corpus of at least 500 malformed bodies (wrong types, missing fields, oversize, broken
 * JSON, wrong content type, deep nesting, invalid UTF-8) sent to the intake: 0 answers 5xx, 0 documents stored."
 * Every body starts from a valid request of one of the three forms and is broken in one way, so it reaches as far
 * into the intake as that breakage allows.
 */
type Body = { form: string; label: string; contentType: string; bytes: Buffer }

const forms: Record<string, () => Record<string, unknown>> = {
  'quote-request': () => ({
    name: 'Corpus Durand',
    organisation: 'Service de protection de l’enfance',
    email: 'andré@exemple.fr',
    training: trainingId,
    participants: 8,
    message: 'Formation de notre équipe.',
    consent: true,
    locale: 'fr',
  }),
  'membership-request': () => ({
    name: 'Corpus Martin',
    email: 'andré@exemple.fr',
    organisation: 'Association partenaire',
    message: 'Je souhaite adhérer.',
    consent: true,
    locale: 'fr',
  }),
  'appointment-request': () => ({
    name: 'Corpus Sam',
    contactBy: 'phone',
    phone: '06 12 34 56 78',
    safeTimes: 'En semaine après 18 h',
    consent: true,
    locale: 'fr',
  }),
}
/**
 * Fields every request needs, per form: dropping one must be refused. Not `locale`: it only chooses the
 * language of the answer, and an unknown or missing one falls back to French (ADR 003).
 */
const required: Record<string, string[]> = {
  'quote-request': ['name', 'email', 'training', 'consent'],
  'membership-request': ['name', 'email', 'consent'],
  'appointment-request': ['name', 'contactBy', 'consent'],
}

let trainingId = 0

const json = (value: unknown) => Buffer.from(JSON.stringify(value), 'utf8')
const urlencoded = (value: Record<string, unknown>) =>
  Buffer.from(
    new URLSearchParams(
      Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .map(([key, v]) => [key, String(v)]),
    ).toString(),
  )

/** The malformed bodies of one form: about 180 each. */
function corpusOf(form: string): Body[] {
  const valid = forms[form]?.() ?? {}
  const bodies: Body[] = []
  const add = (label: string, contentType: string, bytes: Buffer) =>
    bodies.push({ form, label, contentType, bytes })
  const jsonType = 'application/json'
  const formType = 'application/x-www-form-urlencoded'
  // Wrong types: every field replaced by values of other types (never a string, never null or absent, which an
  // optional field may be).
  const wrongValues: unknown[] = [42, -1.5, [], ['a'], {}, { $gt: '' }, false]
  for (const field of Object.keys(valid)) {
    if (field === 'locale') continue
    for (const wrong of wrongValues) {
      if (field === 'consent' && wrong === false) continue
      // A number is this field's type (42 may even be a published training's id in a full test run).
      if ((field === 'participants' || field === 'training') && typeof wrong === 'number') continue
      add(`${field} = ${JSON.stringify(wrong)}`, jsonType, json({ ...valid, [field]: wrong }))
    }
  }
  add('consent false', jsonType, json({ ...valid, consent: false }))
  add('consent "false"', jsonType, json({ ...valid, consent: 'false' }))
  add('consent "true" (a string)', jsonType, json({ ...valid, consent: 'true' }))
  add('consent absent (form post)', formType, urlencoded({ ...valid, consent: undefined }))
  // Missing fields, in JSON and as a form post.
  for (const field of required[form] ?? []) {
    const { [field]: _dropped, ...rest } = valid
    add(`missing ${field}`, jsonType, json(rest))
    add(`missing ${field} (form post)`, formType, urlencoded(rest))
    add(`${field} whitespace only`, jsonType, json({ ...valid, [field]: '   ' }))
  }
  // Oversize: one field far over its limit, and a body over 32 KB.
  for (const field of ['name', 'email', 'message', 'organisation', 'phone', 'safeTimes']) {
    if (!(field in valid)) continue
    add(`${field} of 20,000 characters`, jsonType, json({ ...valid, [field]: 'x'.repeat(20_000) }))
  }
  add('body of 40 KB', jsonType, json({ ...valid, message: 'é'.repeat(20_000) }))
  add('body of 1 MB (form post)', formType, urlencoded({ ...valid, message: 'a'.repeat(1 << 20) }))
  // Broken JSON: the valid body cut at 25 places, and other syntax errors.
  const text = JSON.stringify(valid)
  for (let cut = 1; cut <= 25; cut += 1) {
    add(
      `JSON cut at ${cut}/26`,
      jsonType,
      Buffer.from(text.slice(0, Math.floor((text.length * cut) / 26))),
    )
  }
  for (const broken of [
    '',
    ' ',
    'null',
    '[]',
    '"texte"',
    '42',
    'true',
    '{,}',
    "{'name':'x'}",
    '{"a":1}}',
    'NaN',
  ]) {
    add(`JSON ${JSON.stringify(broken)}`, jsonType, Buffer.from(broken))
  }
  // Wrong content types.
  for (const type of [
    'text/plain',
    'application/xml',
    'multipart/form-data',
    'application/octet-stream',
    '',
  ]) {
    add(`content type "${type}"`, type, json(valid))
  }
  add('JSON sent as a form post', formType, json(valid))
  add('form post sent as JSON', jsonType, urlencoded(valid))
  // Deep nesting.
  // 5,000 and 10,000 levels stay under the 32 KB limit, so they reach the JSON parser; 100,000 does not.
  for (const depth of [100, 5_000, 10_000, 100_000]) {
    add(`nested ${depth} deep`, jsonType, Buffer.from(`${'['.repeat(depth)}${']'.repeat(depth)}`))
    add(
      `name nested ${depth} deep`,
      jsonType,
      Buffer.from(
        JSON.stringify({ ...valid, name: 'NESTED' }).replace(
          '"NESTED"',
          `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`,
        ),
      ),
    )
  }
  // Invalid UTF-8 and broken percent-encoding.
  const withBytes = (bytes: number[], type: string, base: Buffer) => {
    const at = base.indexOf('Corpus')
    return Buffer.concat([base.subarray(0, at), Buffer.from(bytes), base.subarray(at)])
  }
  for (const bytes of [
    [0xff],
    [0xfe, 0xff],
    [0xc0, 0xaf],
    [0xed, 0xa0, 0x80],
    [0xe2, 0x82],
    [0x80],
  ]) {
    add(`invalid UTF-8 ${bytes.join(',')}`, jsonType, withBytes(bytes, jsonType, json(valid)))
    add(
      `invalid UTF-8 ${bytes.join(',')} (form post)`,
      formType,
      withBytes(bytes, formType, urlencoded(valid)),
    )
  }
  for (const escape of ['%', '%zz', '%E0%A4%A', '%FF', '%C0%AF', '%ED%A0%80']) {
    add(
      `name with ${escape}`,
      formType,
      Buffer.from(`${urlencoded(valid).toString()}&name=${escape}`),
    )
  }
  // Noise: 50 bodies of random bytes (a fixed seed, so every run sends the same), as JSON and as form posts.
  let seed = form.length * 7919
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed / 2147483648
  }
  for (let n = 0; n < 50; n += 1) {
    const bytes = Buffer.from(
      Array.from({ length: 1 + Math.floor(random() * 400) }, () => Math.floor(random() * 256)),
    )
    add(`random bytes #${n}`, n % 2 === 0 ? jsonType : formType, bytes)
  }
  add('lone surrogate in JSON', jsonType, Buffer.from(text.replace('Corpus', '\\ud800Corpus')))
  add('NUL in the name', jsonType, json({ ...valid, name: 'Corpus\u0000' }))
  add('CR LF in the name', jsonType, json({ ...valid, name: 'Corpus\r\nBcc: x@example.test' }))
  return bodies
}

beforeAll(async () => {
  const { payload } = await bootPayload()
  const training = await payload.create({
    collection: 'trainings',
    locale: 'fr',
    data: {
      title: 'Formation (corpus)',
      audience: 'both',
      format: 'initial',
      _status: 'published',
    },
  })
  trainingId = training.id
})

describe('malformed bodies sent to the three intakes', () => {
  it('answers none with a server error and stores none', async () => {
    const { payload } = await bootPayload()
    const corpus = Object.keys(forms).flatMap(corpusOf)
    const before = (await payload.count({ collection: 'form-submissions' })).totalDocs
    const serverErrors: string[] = []
    const statuses = new Map<number, number>()
    for (const [index, body] of corpus.entries()) {
      // A fresh client address each time, and fresh windows every 150 bodies: the corpus tests the intake's
      // reading and validation, not its rate limit.
      if (index % 150 === 0) await resetFormIntake()
      const answer = await httpRequest('POST', `forms/${body.form}`, {
        from: `127.1.${Math.floor(index / 250)}.${(index % 250) + 1}`,
        headers: {
          Origin: testSiteUrl,
          ...(body.contentType ? { 'Content-Type': body.contentType } : {}),
        },
        body: body.bytes,
      })
      statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1)
      if (answer.status >= 500) serverErrors.push(`${body.form} ${body.label}: ${answer.status}`)
    }
    const after = (await payload.count({ collection: 'form-submissions' })).totalDocs
    console.info(
      `[corpus] ${corpus.length} bodies; answers: ${[...statuses].map(([s, n]) => `${s}×${n}`).join(', ')}`,
    )
    expect(corpus.length).toBeGreaterThanOrEqual(500)
    expect(serverErrors).toEqual([])
    expect(after - before).toBe(0)
  }, 300_000)
})
