import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { bootPayload } from '../helpers/payload.ts'
import { authHeader, rest } from '../helpers/rest.ts'

let payload: Payload

beforeAll(async () => {
  ;({ payload } = await bootPayload())
})

const draftHearing = (title: string) =>
  payload.create({
    collection: 'hearings',
    locale: 'fr',
    draft: true,
    data: {
      title,
      kind: 'hearing',
      institution: 'greta',
      date: '2026-10-01',
      datePrecision: 'day',
      _status: 'draft',
    },
  })

const editorUser = async () => {
  await authHeader('editor')
  const found = await payload.find({
    collection: 'users',
    where: { email: { equals: 'editor@tests.mist.invalid' } },
    overrideAccess: true,
  })
  const user = found.docs[0]
  if (!user) throw new Error('editor account missing')
  return user
}

/** Queues what the admin's "Schedule" drawer queues: a job run by the editor, due `inMs` from now. */
const schedule = async (type: 'publish' | 'unpublish', id: number, inMs: number) => {
  const editor = await editorUser()
  await payload.jobs.queue({
    task: 'schedulePublish',
    input: {
      type,
      doc: { relationTo: 'hearings', value: id },
      user: { relationTo: 'users', value: editor.id },
    },
    waitUntil: new Date(Date.now() + inMs),
  })
}

const buildRequestsFor = async (id: number) =>
  (
    await payload.find({
      collection: 'site-build-requests',
      where: { trigger: { like: `hearings ${id} ` } },
      overrideAccess: true,
    })
  ).docs.map((request) => request.trigger)

describe('missing translations (list column)', () => {
  it('shows English missing for a new French hearing, then nothing once the English title is written', async () => {
    // Setup
    const hearing = await draftHearing('Audition par le GRETA : colonne des langues')
    // Action
    const updated = await payload.update({
      collection: 'hearings',
      id: hearing.id,
      locale: 'en',
      draft: true,
      data: { title: 'Hearing by GRETA: languages column' },
    })
    // Assert
    expect(hearing.missingTranslations).toEqual(['en'])
    expect(updated.missingTranslations).toEqual([])
  })

  it('keeps English done when only another field of the French version changes', async () => {
    const hearing = await draftHearing('Audition : résumé modifié plus tard')
    await payload.update({
      collection: 'hearings',
      id: hearing.id,
      locale: 'en',
      draft: true,
      data: { title: 'Hearing: summary changed later' },
    })
    const updated = await payload.update({
      collection: 'hearings',
      id: hearing.id,
      locale: 'fr',
      draft: true,
      data: { summary: 'Nouveau résumé' },
    })
    expect(updated.missingTranslations).toEqual([])
  })

  it('lets editors filter the list for documents still missing English', async () => {
    const missing = await draftHearing('Audition sans version anglaise (filtre)')
    const translated = await draftHearing('Audition traduite (filtre)')
    await payload.update({
      collection: 'hearings',
      id: translated.id,
      locale: 'en',
      draft: true,
      data: { title: 'Translated hearing (filter)' },
    })
    const response = await rest(
      'GET',
      'hearings?draft=true&limit=100&where[missingTranslations][in][0]=en',
      { headers: await authHeader('editor') },
    )
    const body = (await response.json()) as { docs: Array<{ id: number }> }
    expect(response.status).toBe(200)
    expect(body.docs.map((doc) => doc.id)).toContain(missing.id)
    expect(body.docs.map((doc) => doc.id)).not.toContain(translated.id)
  })
})

describe('scheduled publishing', () => {
  it('publishes a draft when its scheduled time has come, and asks for a site build', async () => {
    // Setup: what the admin's "Schedule" drawer queues
    const hearing = await draftHearing('Audition programmée (publication)')
    await schedule('publish', hearing.id, -1000)
    // Action: what the server's JOBS_CRON tick does
    await payload.jobs.run({ queue: 'default' })
    // Assert
    const published = await payload.findByID({ collection: 'hearings', id: hearing.id })
    expect(published._status).toBe('published')
    expect(published.slug).toBe('audition-programmee-publication')
    expect(await buildRequestsFor(hearing.id)).toEqual([`hearings ${hearing.id} published`])
  })

  it('leaves a draft alone until its scheduled time', async () => {
    const hearing = await draftHearing('Audition programmée plus tard')
    await schedule('publish', hearing.id, 3_600_000)
    await payload.jobs.run({ queue: 'default' })
    const still = await payload.findByID({ collection: 'hearings', id: hearing.id })
    expect(still._status).toBe('draft')
    expect(await buildRequestsFor(hearing.id)).toEqual([])
  })

  it('unpublishes at the scheduled time', async () => {
    const hearing = await draftHearing('Audition à retirer à date fixe')
    await payload.update({
      collection: 'hearings',
      id: hearing.id,
      locale: 'fr',
      data: { _status: 'published' },
    })
    await schedule('unpublish', hearing.id, -1000)
    await payload.jobs.run({ queue: 'default' })
    const response = await rest('GET', `hearings/${hearing.id}`)
    expect(response.status).toBe(404)
    expect(await buildRequestsFor(hearing.id)).toContain(`hearings ${hearing.id} unpublished`)
  })
})

describe('versions', () => {
  it('restores an earlier published version through REST, as the admin’s "Restore" button does', async () => {
    // Setup: two published versions
    const hearing = await draftHearing('Audition, premier titre')
    await payload.update({
      collection: 'hearings',
      id: hearing.id,
      locale: 'fr',
      data: { _status: 'published' },
    })
    await payload.update({
      collection: 'hearings',
      id: hearing.id,
      locale: 'fr',
      data: { title: 'Audition, titre changé', _status: 'published' },
    })
    const versions = await payload.findVersions({
      collection: 'hearings',
      where: {
        and: [
          { parent: { equals: hearing.id } },
          { 'version.title': { equals: 'Audition, premier titre' } },
          { 'version._status': { equals: 'published' } },
        ],
      },
      locale: 'fr',
    })
    const first = versions.docs[0]
    if (!first) throw new Error('first published version missing')
    // Action
    const restored = await rest('POST', `hearings/versions/${first.id}?locale=fr`, {
      headers: await authHeader('editor'),
    })
    // Assert
    expect(restored.status).toBe(200)
    const now = await payload.findByID({ collection: 'hearings', id: hearing.id, locale: 'fr' })
    expect(now.title).toBe('Audition, premier titre')
  })

  it('refuses version history to anonymous visitors', async () => {
    const response = await rest('GET', 'hearings/versions')
    expect(response.status).toBe(403)
  })
})

describe('drafts', () => {
  it('shows anonymous visitors nothing more with ?draft=true', async () => {
    const hearing = await draftHearing('Audition encore en brouillon')
    const single = await rest('GET', `hearings/${hearing.id}?draft=true`)
    const list = await rest('GET', 'hearings?draft=true&limit=200')
    const body = (await list.json()) as { docs: Array<{ id: number; _status: string }> }
    expect(single.status).toBe(404)
    expect(body.docs.map((doc) => doc.id)).not.toContain(hearing.id)
    expect(body.docs.every((doc) => doc._status === 'published')).toBe(true)
  })
})
