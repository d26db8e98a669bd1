import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { buildRelease } from '@mist/platform/releases'
import type { Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { startBuildScheduler, type BuildScheduler } from '../../src/siteBuild/scheduler.ts'
import { readSiteBuildStatus } from '../../src/siteBuild/status.ts'
import { bootPayload } from '../helpers/payload.ts'

let payload: Payload
let scheduler: BuildScheduler
const runs: string[] = []
/** How the stand-in build behaves; `buildsDir` runs the real release builder into that folder instead. */
let behaviour: { delayMs: number; fail: string | null; buildsDir?: string } = {
  delayMs: 0,
  fail: null,
}

const pending = async () =>
  (
    await payload.count({
      collection: 'site-build-requests',
      where: { build: { exists: false } },
      overrideAccess: true,
    })
  ).totalDocs
const requestCount = async () =>
  (await payload.count({ collection: 'site-build-requests', overrideAccess: true })).totalDocs
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Waits (bounded) until the queue is empty and no build runs, then a little longer to see nothing else starts. */
async function settle(): Promise<void> {
  for (let i = 0; i < 100; i += 1) {
    await scheduler.tick()
    const running = await payload.count({
      collection: 'site-builds',
      where: { status: { equals: 'running' } },
      overrideAccess: true,
    })
    if ((await pending()) === 0 && running.totalDocs === 0) break
    await sleep(50)
  }
  await sleep(300)
  await scheduler.tick()
}

const newTraining = (title: string) =>
  payload.create({
    collection: 'trainings',
    locale: 'fr',
    data: { title, audience: 'adults', format: 'continued', _status: 'published' },
  })

beforeAll(async () => {
  ;({ payload } = await bootPayload())
  scheduler = startBuildScheduler({
    payload,
    databaseUrl: String(process.env.DATABASE_URL),
    quietMs: 150,
    maxWaitMs: 1500,
    pollMs: 50,
    log: () => {},
    run: async (trigger) => {
      runs.push(trigger)
      await sleep(behaviour.delayMs)
      if (behaviour.fail) throw new Error(behaviour.fail)
      if (behaviour.buildsDir) {
        const release = await buildRelease({
          buildsDir: behaviour.buildsDir,
          siteDir: path.resolve(import.meta.dirname, '../../../site'),
          cmsUrl: 'http://127.0.0.1:9',
          siteUrl: 'http://localhost:4321',
        })
        return { pages: release.pages }
      }
      return { pages: 42 }
    },
  })
  await settle()
})

afterAll(async () => {
  await scheduler?.stop()
})

beforeEach(async () => {
  behaviour = { delayMs: 0, fail: null }
  await settle()
  runs.length = 0
})

describe('publishing rebuilds the site', () => {
  it('builds exactly once after a publish', async () => {
    await newTraining('Formation publiée une fois')
    await settle()
    expect(runs).toHaveLength(1)
    expect(runs[0]).toMatch(/^trainings \d+ published$/)
  })

  it('does not build for a draft save or an autosave of a published document', async () => {
    const training = await newTraining('Formation avec brouillon')
    await settle()
    runs.length = 0
    const before = await requestCount()
    await payload.update({
      collection: 'trainings',
      id: training.id,
      locale: 'fr',
      draft: true,
      data: { title: 'Brouillon' },
    })
    await payload.update({
      collection: 'trainings',
      id: training.id,
      locale: 'fr',
      draft: true,
      autosave: true,
      data: { title: 'Autosave' },
    })
    await settle()
    expect(await requestCount()).toBe(before)
    expect(runs).toHaveLength(0)
  })

  it('does not build for a new draft, nor for deleting a draft', async () => {
    const draft = await payload.create({
      collection: 'trainings',
      locale: 'fr',
      draft: true,
      data: { title: 'Jamais publiée', audience: 'adults', format: 'initial', _status: 'draft' },
    })
    await payload.delete({ collection: 'trainings', id: draft.id })
    await settle()
    expect(runs).toHaveLength(0)
  })

  it('builds when a published document is unpublished, changed or deleted', async () => {
    const training = await newTraining('Formation qui change')
    await settle()
    runs.length = 0
    await payload.update({
      collection: 'trainings',
      id: training.id,
      locale: 'fr',
      data: { title: 'Formation changée', _status: 'published' },
    })
    await settle()
    await payload.update({
      collection: 'trainings',
      id: training.id,
      locale: 'fr',
      data: { _status: 'draft' },
    })
    await settle()
    await payload.update({
      collection: 'trainings',
      id: training.id,
      locale: 'fr',
      data: { _status: 'published' },
    })
    await settle()
    await payload.delete({ collection: 'trainings', id: training.id })
    await settle()
    expect(runs.map((run) => run.replace(/\d+/, 'N'))).toEqual([
      'trainings N changed',
      'trainings N unpublished',
      'trainings N published',
      'trainings N deleted',
    ])
  })

  it('builds when the site settings change', async () => {
    await payload.updateGlobal({ slug: 'site-settings', data: { postalAddress: null } })
    await settle()
    expect(runs).toEqual(['site-settings changed'])
  })

  it('coalesces 30 publishes in a burst into at most two builds', async () => {
    await Promise.all(
      Array.from({ length: 30 }, (_, i) => newTraining(`Formation en lot ${i + 1}`)),
    )
    await settle()
    expect(runs.length).toBeGreaterThanOrEqual(1)
    expect(runs.length).toBeLessThanOrEqual(2)
  })

  it('runs exactly one follow-up build for changes made during a build', async () => {
    behaviour.delayMs = 800
    await newTraining('Avant la construction')
    for (let i = 0; i < 60 && runs.length === 0; i += 1) await sleep(25)
    expect(runs).toHaveLength(1)
    await newTraining('Pendant la construction 1')
    await newTraining('Pendant la construction 2')
    await settle()
    expect(runs).toHaveLength(2)
  })

  it('records a failed build with its error, and the next successful build recovers', async () => {
    behaviour.fail = 'The CMS answered HTTP 500'
    await newTraining('Construction qui échoue')
    await settle()
    const failed = await payload.find({
      collection: 'site-builds',
      sort: '-startedAt',
      limit: 1,
      overrideAccess: true,
    })
    expect(failed.docs[0]?.status).toBe('failed')
    expect(failed.docs[0]?.error).toContain('HTTP 500')

    behaviour.fail = null
    await newTraining('Construction qui réussit')
    await settle()
    const recovered = await payload.find({
      collection: 'site-builds',
      sort: '-startedAt',
      limit: 1,
      overrideAccess: true,
    })
    expect(recovered.docs[0]?.status).toBe('succeeded')
    expect(recovered.docs[0]?.pages).toBe(42)
  })

  it('shows editors a build folder that cannot be written, naming it, in the site builds and the Site panel', async () => {
    // Setup: SITE_BUILDS_DIR below a regular file
    const scratch = mkdtempSync(path.join(tmpdir(), 'mist-unwritable-'))
    const file = path.join(scratch, 'not-a-folder')
    writeFileSync(file, '')
    behaviour.buildsDir = path.join(file, 'site-builds')
    try {
      // Action
      await newTraining('Construction sans dossier')
      await settle()
      // Assert
      const failed = await payload.find({
        collection: 'site-builds',
        sort: '-startedAt',
        limit: 1,
        overrideAccess: true,
      })
      const folder = path.join(file, 'site-builds', 'releases')
      expect(failed.docs[0]?.status).toBe('failed')
      expect(failed.docs[0]?.error).toContain(`build folder ${folder} cannot be created or written`)
      expect((await readSiteBuildStatus(payload)).lastError).toContain(folder)
    } finally {
      rmSync(scratch, { recursive: true, force: true })
    }
  })

  it('asks for a build only once the change is committed: a rolled-back publish builds nothing', async () => {
    const transactionID = await payload.db.beginTransaction()
    if (transactionID === null) throw new Error('the adapter gave no transaction')
    await payload.create({
      collection: 'trainings',
      locale: 'fr',
      req: { transactionID },
      data: {
        title: 'Dans une transaction annulée',
        audience: 'adults',
        format: 'initial',
        _status: 'published',
      },
    })
    await sleep(300)
    await scheduler.tick()
    expect(runs).toHaveLength(0)
    await payload.db.rollbackTransaction(transactionID)
    await settle()
    expect(runs).toHaveLength(0)
  })

  it('lets a seed or an import write without asking for a build', async () => {
    const before = await requestCount()
    await payload.create({
      collection: 'trainings',
      locale: 'fr',
      context: { skipSiteBuild: true },
      data: { title: 'Importée', audience: 'adults', format: 'initial', _status: 'published' },
    })
    expect(await requestCount()).toBe(before)
  })
})
