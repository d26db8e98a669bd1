import { readFileSync } from 'node:fs'

import { hasLocaleVersion } from '@mist/schema'
import { beforeAll, describe, expect, it } from 'vitest'

import { seed } from '../../src/seed/index.ts'
import { bootPayload } from '../helpers/payload.ts'

const months = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]

/** Dated items of Mist's own text: lines such as "June 2023 – …" or "February 18, 2022 – …". */
interface DatedItem {
  date: string
  precision: 'day' | 'month'
  line: string
}

function datedItemsOfSource(): DatedItem[] {
  const text = readFileSync(
    new URL('../../src/seed/source/mist-about.en.txt', import.meta.url),
    'utf8',
  )
  const pattern = new RegExp(`^(${months.join('|')})(?: (\\d{1,2}),)? (\\d{4}) –`, 'u')
  return text.split('\n').flatMap((line): DatedItem[] => {
    const match = pattern.exec(line.trim())
    if (!match) return []
    const [, month = '', day, year = ''] = match
    const mm = String(months.indexOf(month) + 1).padStart(2, '0')
    return day
      ? [{ date: `${year}-${mm}-${day.padStart(2, '0')}`, precision: 'day', line }]
      : [{ date: `${year}-${mm}`, precision: 'month', line }]
  })
}

describe('seed', () => {
  beforeAll(async () => {
    // Seeding is idempotent (same identities are left alone), so it runs whatever earlier test files created.
    const { payload } = await bootPayload()
    await seed(payload)
  })

  it('publishes every dated item of Mist’s text as a hearing or publication, in French and English', async () => {
    const { payload } = await bootPayload()
    const items = datedItemsOfSource()
    expect(items.length).toBe(8)
    for (const locale of ['fr', 'en'] as const) {
      const [hearings, publications] = await Promise.all(
        (['hearings', 'publications'] as const).map((collection) =>
          payload.find({
            collection,
            locale,
            limit: 100,
            depth: 0,
            fallbackLocale: false,
            overrideAccess: false,
          }),
        ),
      )
      const docs = [...(hearings?.docs ?? []), ...(publications?.docs ?? [])]
      for (const item of items) {
        const match = docs.find(
          (doc) => doc.date.startsWith(item.date) && doc.datePrecision === item.precision,
        )
        expect(match, `${locale}: ${item.line}`).toBeDefined()
        expect(match && hasLocaleVersion(match), `${locale} version of: ${item.line}`).toBe(true)
      }
    }
  })

  it('uses the official French name of the CNCDH and invents no phone number or web address', async () => {
    const { payload } = await bootPayload()
    const hearings = await payload.find({
      collection: 'hearings',
      locale: 'fr',
      limit: 100,
      depth: 0,
    })
    const all = JSON.stringify(hearings.docs)
    expect(all).toContain('Commission nationale consultative des droits de l’homme')
    for (const collection of [
      'pages',
      'publications',
      'hearings',
      'partner-networks',
      'trainings',
    ] as const) {
      for (const locale of ['fr', 'en'] as const) {
        const found = await payload.find({ collection, locale, limit: 100, depth: 0 })
        const text = JSON.stringify(found.docs)
        expect(text, `${collection} ${locale}`).not.toMatch(
          /https?:\/\/|www\.|\+33|\b0\d( ?\d\d){4}\b/,
        )
      }
    }
  })

  it('fills the urgent numbers with France’s public emergency lines, in both languages', async () => {
    const { payload } = await bootPayload()
    for (const locale of ['fr', 'en'] as const) {
      const urgent = await payload.findGlobal({
        slug: 'urgent-contacts',
        locale,
        fallbackLocale: false,
      })
      expect(urgent.contacts?.map((contact) => contact.number)).toEqual([
        '17',
        '112',
        '114',
        '119',
        '3919',
      ])
      expect(urgent.contacts?.every((contact) => Boolean(contact.label))).toBe(true)
    }
  })

  it('gives the home and victims pages their blocks in both languages, with the appointment form and the urgent numbers first', async () => {
    const { payload } = await bootPayload()
    for (const locale of ['fr', 'en'] as const) {
      const pages = await payload.find({
        collection: 'pages',
        where: { purpose: { in: ['home', 'victims'] } },
        locale,
        fallbackLocale: false,
        depth: 0,
        overrideAccess: false,
      })
      const home = pages.docs.find((page) => page.purpose === 'home')
      const victims = pages.docs.find((page) => page.purpose === 'victims')
      expect(
        home?.layout?.map((block) => block.blockType),
        locale,
      ).toEqual(['audience-paths', 'urgent-numbers', 'featured-trainings', 'latest-advocacy'])
      const paths = home?.layout?.[0]
      if (paths?.blockType !== 'audience-paths') throw new Error('no audience paths')
      expect(paths.paths[0]?.links.map((link) => link.destination)).toEqual([
        'appointment',
        'urgent-numbers',
        'page',
      ])
      const featured = home?.layout?.[2]
      if (featured?.blockType !== 'featured-trainings') throw new Error('no featured trainings')
      const trainings = await payload.find({
        collection: 'trainings',
        where: { id: { in: featured.trainings } },
        locale,
        fallbackLocale: false,
        overrideAccess: false,
      })
      expect(trainings.docs.every((training) => hasLocaleVersion(training))).toBe(true)
      expect(trainings.totalDocs).toBe(3)
      expect(
        victims?.layout?.map((block) => block.blockType),
        locale,
      ).toEqual(['call-to-action', 'urgent-numbers'])
    }
  })

  it('gives no blocks to a page that existed before the seed ran', async () => {
    // Setup: a database seeded before blocks existed, as far as the home page goes
    const { payload } = await bootPayload()
    const home = (
      await payload.find({ collection: 'pages', where: { purpose: { equals: 'home' } } })
    ).docs[0]
    if (!home) throw new Error('no home page')
    for (const locale of ['fr', 'en'] as const) {
      await payload.update({
        collection: 'pages',
        id: home.id,
        locale,
        data: { layout: [] },
      })
    }
    // Action
    await seed(payload)
    // Assert
    for (const locale of ['fr', 'en'] as const) {
      const after = await payload.findByID({ collection: 'pages', id: home.id, locale })
      expect(after.layout ?? []).toEqual([])
    }
  })

  it('changes nothing when run again, so editors’ work is never overwritten', async () => {
    const { payload } = await bootPayload()
    const page = (
      await payload.find({
        collection: 'pages',
        where: { purpose: { equals: 'victims' } },
        locale: 'fr',
      })
    ).docs[0]
    if (!page) throw new Error('no victims page')
    await payload.update({
      collection: 'pages',
      id: page.id,
      locale: 'fr',
      data: { summary: 'Texte revu par l’équipe' },
    })
    const report = await seed(payload)
    expect(report.created).toBe(0)
    const after = await payload.findByID({ collection: 'pages', id: page.id, locale: 'fr' })
    expect(after.summary).toBe('Texte revu par l’équipe')
  })
})
