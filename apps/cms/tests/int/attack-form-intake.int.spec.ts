import { request } from 'node:http'
import { connect } from 'node:net'
import { Readable } from 'node:stream'

import { sectionPath } from '@mist/schema'
import { beforeEach, describe, expect, it } from 'vitest'

import { BodyIncompleteError, readLimitedBody } from '../../src/endpoints/readLimitedBody.ts'
import { isDatabaseUnavailable } from '../../src/utilities/databaseUnavailable.ts'
import { httpFetch, resetFormIntake, serve } from '../helpers/http.ts'
import { bootPayload, testSiteUrl } from '../helpers/payload.ts'

/**
 * Attacks on the form intake that the corpus (form-intake-corpus.int.spec.ts) and the intake tests do not send:
 * prototype-pollution keys, content types with parameters or several values, chunked bodies, a stalled body,
 * numbers beyond floating point, and Idempotency-Key reuse across forms or with keys too short to be keys.
 * Every post crosses a real TCP connection (tests/helpers/http.ts).
 */

let serial = 0
const unique = (prefix: string) => `${prefix} ${Date.now().toString(36)} ${++serial}`

const membership = (name: string): Record<string, unknown> => ({
  name,
  email: 'andré@exemple.fr',
  organisation: 'Association partenaire',
  message: 'Je souhaite adhérer.',
  consent: true,
  locale: 'fr',
})

const post = (
  body: string | Buffer,
  contentType: string,
  extra: Record<string, string> = {},
  form = 'membership-request',
) =>
  httpFetch('POST', `forms/${form}`, {
    from: '127.0.0.62',
    headers: { 'Content-Type': contentType, Origin: testSiteUrl, ...extra },
    body,
  })

async function storedNamed(name: string): Promise<number> {
  const { payload } = await bootPayload()
  const { totalDocs } = await payload.count({
    collection: 'form-submissions',
    where: {
      or: [
        { 'membershipRequest.name': { equals: name } },
        { 'appointmentRequest.name': { equals: name } },
      ],
    },
  })
  return totalDocs
}

/** Sends a body in chunks (`Transfer-Encoding: chunked`, no Content-Length), as a streaming client does. */
async function postChunked(chunks: Buffer[]): Promise<{ status: number; text: string }> {
  const port = await serve()
  return new Promise((resolve, reject) => {
    const outgoing = request(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/api/forms/membership-request',
        localAddress: '127.0.0.63',
        headers: { 'Content-Type': 'application/json', Origin: testSiteUrl },
        agent: false,
      },
      (incoming) => {
        const parts: Buffer[] = []
        incoming.on('data', (part: Buffer) => parts.push(part))
        incoming.on('end', () =>
          resolve({ status: incoming.statusCode ?? 0, text: Buffer.concat(parts).toString() }),
        )
        incoming.on('error', reject)
      },
    )
    // The server may answer 413 and close before every chunk is written.
    outgoing.on('error', () => undefined)
    for (const chunk of chunks) outgoing.write(chunk)
    outgoing.end()
  })
}

beforeEach(resetFormIntake)

describe('form intake against prototype pollution', () => {
  it('takes no field from `__proto__` or `constructor` keys, and pollutes no object of the server', async () => {
    const name = unique('Proto')
    const { consent: _consent, ...withoutConsent } = membership(name)
    const json = `{"__proto__":{"consent":true,"polluted":"oui"},"constructor":{"prototype":{"polluted":"oui"}},${JSON.stringify(withoutConsent).slice(1)}`
    const form = new URLSearchParams({
      ...(withoutConsent as Record<string, string>),
      '__proto__[consent]': 'on',
      'constructor[prototype][consent]': 'on',
    }).toString()

    const asJson = await post(json, 'application/json')
    const asForm = await post(form, 'application/x-www-form-urlencoded')

    expect(asJson.status).toBe(400)
    expect(await asJson.json()).toEqual({ errors: { consent: ['form.errors.consent'] } })
    expect(asForm.status).toBe(303)
    expect(asForm.headers.get('location')).toBe(
      new URL(sectionPath('fr', 'invalid'), testSiteUrl).href,
    )
    expect(await storedNamed(name)).toBe(0)
    // The intake runs in this test's process: a polluted prototype would show on any new object.
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(({} as Record<string, unknown>).consent).toBeUndefined()
  })
})

describe('form intake content types', () => {
  it('accepts JSON and form posts whatever the case of the type or its charset parameter', async () => {
    const names = [unique('Type'), unique('Type'), unique('Type')]
    const answers = [
      await post(JSON.stringify(membership(names[0]!)), 'Application/JSON; charset=UTF-8'),
      await post(JSON.stringify(membership(names[1]!)), 'application/json;charset="utf-8"'),
      await post(
        new URLSearchParams({
          ...(membership(names[2]!) as Record<string, string>),
          consent: 'on',
        }).toString(),
        'application/x-www-form-urlencoded; charset=UTF-8',
      ),
    ]
    expect(answers.map((answer) => answer.status)).toEqual([201, 201, 303])
    for (const name of names) expect(await storedNamed(name)).toBe(1)
  })

  it('refuses multipart, several types in one header and a UTF-16 body, storing none of them', async () => {
    const name = unique('Refus')
    const boundary = 'mist-attack-boundary'
    const multipart = Object.entries(membership(name))
      .map(
        ([key, value]) =>
          `--${boundary}\r\nContent-Disposition: form-data; name="${key}"\r\n\r\n${String(value)}\r\n`,
      )
      .join('')
      .concat(`--${boundary}--\r\n`)
    const answers = [
      await post(multipart, `multipart/form-data; boundary=${boundary}`),
      await post(JSON.stringify(membership(name)), 'application/json, text/plain'),
      await post(JSON.stringify(membership(name)), 'text/plain; charset=utf-8'),
      await post(
        Buffer.from(JSON.stringify(membership(name)), 'utf16le'),
        'application/json; charset=utf-16le',
      ),
    ]
    expect(answers.map((answer) => answer.status)).toEqual([415, 415, 415, 400])
    expect(await storedNamed(name)).toBe(0)
  })
})

describe('form intake bodies sent in chunks or not at all', () => {
  it('stores a valid body sent in chunked pieces, and answers 413 to one that passes 32 KB without a Content-Length', async () => {
    const name = unique('Morceaux')
    const valid = Buffer.from(JSON.stringify(membership(name)))
    const small = await postChunked([
      valid.subarray(0, 10),
      valid.subarray(10, 40),
      valid.subarray(40),
    ])
    const bigName = unique('Géant')
    const big = Buffer.from(JSON.stringify({ ...membership(bigName), message: 'x'.repeat(40_000) }))
    const pieces = Array.from({ length: Math.ceil(big.length / 4096) }, (_, index) =>
      big.subarray(index * 4096, (index + 1) * 4096),
    )
    const large = await postChunked(pieces)

    expect(small.status).toBe(201)
    expect(await storedNamed(name)).toBe(1)
    expect(large.status).toBe(413)
    expect(await storedNamed(bigName)).toBe(0)
  })

  it('keeps serving other people while a client holds a body half sent', async () => {
    const port = await serve()
    const stalled = connect({ host: '127.0.0.1', port, localAddress: '127.0.0.64' })
    await new Promise<void>((resolve) => stalled.once('connect', resolve))
    const half = JSON.stringify(membership(unique('Bloqué'))).slice(0, 30)
    stalled.write(
      `POST /api/forms/membership-request HTTP/1.1\r\nHost: cms.test\r\nOrigin: ${testSiteUrl}\r\n` +
        `Content-Type: application/json\r\nContent-Length: 500\r\n\r\n${half}`,
    )
    try {
      const name = unique('Suivante')
      const other = await post(JSON.stringify(membership(name)), 'application/json')
      expect(other.status).toBe(201)
      expect(await storedNamed(name)).toBe(1)
    } finally {
      stalled.destroy()
    }
  })
})

describe('form intake body cut off by its sender', () => {
  it('takes a body whose connection was reset for an incomplete body, not for a database outage', async () => {
    // What Node's request stream does when the client closes the connection mid-body (the intake answered
    // 503 and logged "database unavailable" for it: a false alarm any client could raise).
    const source = new Readable({ read: () => undefined })
    source.push('{"name":"Coup')
    setImmediate(() => source.destroy(Object.assign(new Error('aborted'), { code: 'ECONNRESET' })))
    const body = Readable.toWeb(source) as ReadableStream<Uint8Array>
    const reading = readLimitedBody({ headers: new Headers(), body }, 32 * 1024)
    const error: unknown = await reading.catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(BodyIncompleteError)
    expect(isDatabaseUnavailable(error)).toBe(false)
  })
})

describe('form intake numbers and keys', () => {
  it('refuses numbers beyond floating point or past 2^53 with the field named, never a server error', async () => {
    const { payload } = await bootPayload()
    const training = await payload.create({
      collection: 'trainings',
      locale: 'fr',
      data: {
        title: 'Formation (attaque)',
        audience: 'both',
        format: 'initial',
        _status: 'published',
      },
    })
    const name = unique('Nombres')
    const quote = (participants: string, trainingId = String(training.id)) =>
      `{"name":"${name}","organisation":"Structure","message":"Formation.","email":"andre@exemple.fr","training":${trainingId},"participants":${participants},"consent":true,"locale":"fr"}`
    const answers = []
    for (const body of [
      quote('1e400'),
      quote('-1e400'),
      quote('9007199254740993'),
      quote('8', '1e400'),
      quote('8', '2.5'),
    ]) {
      const answer = await post(body, 'application/json', {}, 'quote-request')
      answers.push({
        status: answer.status,
        errors: Object.keys(((await answer.json()) as { errors: object }).errors),
      })
    }
    expect(answers).toEqual([
      { status: 400, errors: ['participants'] },
      { status: 400, errors: ['participants'] },
      { status: 400, errors: ['participants'] },
      { status: 400, errors: ['training'] },
      { status: 400, errors: ['training'] },
    ])
    expect(await storedNamed(name)).toBe(0)
  })

  it('does not replay an Idempotency-Key on another form, nor take a key too short to be random', async () => {
    const key = 'a'.repeat(32)
    const first = unique('Clé')
    const second = unique('Clé')
    const appointment = {
      name: second,
      contactBy: 'phone',
      phone: '06 12 34 56 78',
      consent: true,
      locale: 'fr',
    }
    const onMembership = await post(JSON.stringify(membership(first)), 'application/json', {
      'Idempotency-Key': key,
    })
    const onAppointment = await post(
      JSON.stringify(appointment),
      'application/json',
      { 'Idempotency-Key': key },
      'appointment-request',
    )
    const short = 'b'.repeat(21)
    const third = unique('Courte')
    const fourth = unique('Courte')
    const shortA = await post(JSON.stringify(membership(third)), 'application/json', {
      'Idempotency-Key': short,
    })
    const shortB = await post(JSON.stringify(membership(fourth)), 'application/json', {
      'Idempotency-Key': short,
    })

    expect([onMembership.status, onAppointment.status, shortA.status, shortB.status]).toEqual([
      201, 201, 201, 201,
    ])
    for (const name of [first, second, third, fourth]) expect(await storedNamed(name)).toBe(1)
  })
})
