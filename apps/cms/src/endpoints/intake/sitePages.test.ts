import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import { createServer, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { forgetSitePages, readSitePage, sitePageMaxBytes, sitePageSource } from './sitePages.ts'

const page = '<!doctype html><html lang="fr"><title>Devenir membre</title><form></form></html>'

/** What the stand-in site answers, by path. */
const answers = new Map<string, (res: ServerResponse) => void>()
let siteUrl: string
let requests: string[] = []
const server = createServer((req, res) => {
  requests.push(req.url ?? '')
  const answer = answers.get(req.url ?? '')
  if (answer) answer(res)
  else res.writeHead(404).end('not found')
})

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  siteUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => {
  server.closeAllConnections()
  return new Promise<void>((resolve) => server.close(() => resolve()))
})
beforeEach(() => {
  forgetSitePages()
  answers.clear()
  requests = []
})

const html = (body: string) => (res: ServerResponse) =>
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(body)

describe('reading a page of the site over HTTP', () => {
  it('reads a page the site serves, and reads it once for several answers', async () => {
    answers.set('/fr/devenir-membre/', html(page))
    const source = sitePageSource(undefined, siteUrl)
    expect(await readSitePage(source, '/fr/devenir-membre/')).toBe(page)
    expect(await readSitePage(source, '/fr/devenir-membre/')).toBe(page)
    expect(requests).toEqual(['/fr/devenir-membre/'])
  })

  it('gives nothing for a missing page, a redirect, another type, an oversized page or a silent site', async () => {
    answers.set('/fr/ancienne/', (res) => res.writeHead(301, { Location: '/fr/' }).end())
    answers.set('/fr/texte/', (res) =>
      res.writeHead(200, { 'Content-Type': 'text/plain' }).end(page),
    )
    answers.set('/fr/enorme/', html('x'.repeat(sitePageMaxBytes + 1)))
    answers.set('/fr/lente/', () => undefined) // never answers
    const source = { kind: 'site', siteUrl, timeoutMs: 200 } as const
    for (const missing of [
      '/fr/absente/',
      '/fr/ancienne/',
      '/fr/texte/',
      '/fr/enorme/',
      '/fr/lente/',
    ]) {
      expect(await readSitePage(source, missing), missing).toBeNull()
    }
  })
})

describe('reading a page of the CMS’s own site build', () => {
  let buildsDir: string

  beforeAll(async () => {
    buildsDir = await mkdtemp(path.join(tmpdir(), 'mist-site-pages-'))
    for (const release of ['first', 'second']) {
      const folder = path.join(buildsDir, 'releases', release, 'fr', 'devenir-membre')
      await mkdir(folder, { recursive: true })
      await writeFile(path.join(folder, 'index.html'), `${page}<!-- ${release} -->`)
    }
    await symlink('releases/first', path.join(buildsDir, 'current'))
  })
  afterAll(() => rm(buildsDir, { recursive: true, force: true }))

  it('reads the current release rather than the site, and the new one once it is switched', async () => {
    answers.set('/fr/devenir-membre/', html('from the site'))
    const source = sitePageSource(buildsDir, siteUrl)
    expect(source.kind).toBe('release')
    expect(await readSitePage(source, '/fr/devenir-membre/')).toBe(`${page}<!-- first -->`)
    await rm(path.join(buildsDir, 'current'))
    await symlink('releases/second', path.join(buildsDir, 'current'))
    expect(await readSitePage(source, '/fr/devenir-membre/')).toBe(`${page}<!-- second -->`)
    expect(await readSitePage(source, '/fr/absente/')).toBeNull()
    expect(requests).toEqual([])
  })

  it('reads the site when the builds folder has no release yet', async () => {
    const empty = await mkdtemp(path.join(tmpdir(), 'mist-site-pages-empty-'))
    answers.set('/fr/devenir-membre/', html(page))
    try {
      expect(await readSitePage(sitePageSource(empty, siteUrl), '/fr/devenir-membre/')).toBe(page)
    } finally {
      await rm(empty, { recursive: true, force: true })
    }
  })
})
