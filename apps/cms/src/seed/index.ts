import type { PagePurpose } from '@mist/schema'
import type { Payload, PayloadRequest, Where } from 'payload'

import { hearingsSlug } from '../collections/Hearings.ts'
import { pagesSlug } from '../collections/Pages.ts'
import { partnerNetworksSlug } from '../collections/PartnerNetworks.ts'
import { publicationsSlug } from '../collections/Publications.ts'
import { trainingsSlug } from '../collections/Trainings.ts'
import { skipSiteBuild } from '../hooks/requestSiteBuild.ts'
import { seedContent } from './content.ts'
import { toLexical } from './lexical.ts'
import { seedUrgentContacts } from './urgent-contacts.ts'
import type { Localized, SeedContent, SeedLink, SeedPageBlock } from './types.ts'

/** Set on every seed write: a seed requests no site build (the first build follows start-up anyway). */
export const seedContext = { seeding: true, [skipSiteBuild]: true } as const

type SeededCollection =
  | typeof pagesSlug
  | typeof publicationsSlug
  | typeof hearingsSlug
  | typeof partnerNetworksSlug
  | typeof trainingsSlug

export interface SeedReport {
  created: number
  skipped: number
}

/**
 * Writes Mist's content (FR, then EN) into the CMS, published. Idempotent: a document whose French slug (or
 * page purpose, or network name) already exists is left alone, so editors' changes are never overwritten.
 * Pages get their blocks (`layout`) last, once the pages and trainings they link to exist, and only the pages
 * this run created: a page that existed before keeps its blocks, or its lack of them (a database seeded before
 * blocks existed stays as editors left it; docs/decisions/026-page-blocks.md).
 * @returns how many documents were created and how many already existed
 */
export async function seed(
  payload: Payload,
  content: SeedContent = seedContent,
): Promise<SeedReport> {
  const report: SeedReport = { created: 0, skipped: 0 }
  const publicationIds = new Map<string, number>()
  const pageIds = new Map<PagePurpose, number>()
  const trainingIds = new Map<string, number>()
  const createdIds = new Set<number>()

  const upsert = async (
    collection: SeededCollection,
    identity: Where,
    data: Localized<Record<string, unknown>>,
  ): Promise<number> => {
    const existing = await payload.find({
      collection,
      where: identity,
      locale: 'fr',
      limit: 1,
      depth: 0,
      draft: true,
      overrideAccess: true,
    })
    const found = existing.docs[0]
    if (found) {
      report.skipped += 1
      return found.id
    }
    const created = await payload.create({
      collection,
      locale: 'fr',
      // The seed's loosely typed data is checked by Payload's field validation on write.
      data: { ...data.fr, _status: 'published' } as never,
      context: seedContext,
      overrideAccess: true,
    })
    await payload.update({
      collection,
      id: created.id,
      locale: 'en',
      data: { ...data.en, _status: 'published' } as never,
      context: seedContext,
      overrideAccess: true,
    })
    report.created += 1
    if (collection === pagesSlug) createdIds.add(created.id)
    return created.id
  }

  const pick = <T>(value: Localized<T>, locale: 'fr' | 'en'): T => value[locale]
  const both = (
    make: (locale: 'fr' | 'en') => Record<string, unknown>,
  ): Localized<Record<string, unknown>> => ({ fr: make('fr'), en: make('en') })

  for (const page of content.pages) {
    const data = both((locale) => ({
      title: pick(page.title, locale),
      slug: pick(page.slug, locale),
      summary: pick(page.summary, locale),
      body: toLexical(pick(page.body, locale)),
      meta: { description: pick(page.seoDescription, locale) },
    }))
    data.fr = { ...data.fr, purpose: page.purpose }
    pageIds.set(page.purpose, await upsert(pagesSlug, { purpose: { equals: page.purpose } }, data))
  }

  for (const publication of content.publications) {
    const data = both((locale) => ({
      title: pick(publication.title, locale),
      slug: pick(publication.slug, locale),
      summary: pick(publication.summary, locale),
      body: toLexical(pick(publication.body, locale)),
    }))
    data.fr = {
      ...data.fr,
      kind: publication.kind,
      origin: publication.origin,
      institution: publication.institution ?? null,
      date: publication.date,
      datePrecision: publication.datePrecision,
    }
    const id = await upsert(publicationsSlug, { slug: { equals: publication.slug.fr } }, data)
    publicationIds.set(publication.key, id)
  }

  for (const hearing of content.hearings) {
    const data = both((locale) => ({
      title: pick(hearing.title, locale),
      slug: pick(hearing.slug, locale),
      summary: pick(hearing.summary, locale),
    }))
    data.fr = {
      ...data.fr,
      kind: hearing.kind,
      institution: hearing.institution,
      date: hearing.date,
      datePrecision: hearing.datePrecision,
      relatedPublications: hearing.relatedPublications.map((key) => {
        const id = publicationIds.get(key)
        if (id === undefined)
          throw new Error(`Seed: hearing ${hearing.key} relates to unknown publication ${key}`)
        return id
      }),
    }
    await upsert(hearingsSlug, { slug: { equals: hearing.slug.fr } }, data)
  }

  for (const network of content.partnerNetworks) {
    const data = both((locale) => ({
      name: pick(network.name, locale),
      description: pick(network.description, locale),
    }))
    data.fr = { ...data.fr, kind: network.kind }
    await upsert(partnerNetworksSlug, { name: { equals: network.name.fr } }, data)
  }

  for (const training of content.trainings) {
    const data = both((locale) => ({
      title: pick(training.title, locale),
      slug: pick(training.slug, locale),
      description: pick(training.description, locale),
    }))
    data.fr = {
      ...data.fr,
      audience: training.audience,
      format: training.format,
      onRequest: training.onRequest,
    }
    trainingIds.set(
      training.key,
      await upsert(trainingsSlug, { slug: { equals: training.slug.fr } }, data),
    )
  }

  for (const page of content.pages) {
    const id = pageIds.get(page.purpose)
    if (!page.layout || id === undefined || !createdIds.has(id)) continue
    for (const locale of ['fr', 'en'] as const) {
      await payload.update({
        collection: pagesSlug,
        id,
        locale,
        data: {
          layout: page.layout.map((block) => layoutBlock(block, locale, { pageIds, trainingIds })),
          _status: 'published',
        } as never,
        context: seedContext,
        overrideAccess: true,
      })
    }
  }

  await seedUrgentContactsGlobal(payload, report)
  return report
}

/** The ids the seed gave the documents a block may refer to. */
interface SeedIds {
  pageIds: Map<PagePurpose, number>
  trainingIds: Map<string, number>
}

/** A seeded link as the `siteLinkFields` store it, in `locale`. @throws when it names an unknown page */
function layoutLink(
  link: SeedLink,
  locale: 'fr' | 'en',
  { pageIds }: SeedIds,
): Record<string, unknown> {
  const label = link.label?.[locale] ?? null
  if (link.destination !== 'page') return { destination: link.destination, page: null, label }
  const page = pageIds.get(link.page)
  if (page === undefined) throw new Error(`Seed: a block links to the missing ${link.page} page`)
  return { destination: 'page', page, label }
}

/** A seeded block as the pages collection's `layout` stores it, in `locale`. @throws on unknown references */
function layoutBlock(
  block: SeedPageBlock,
  locale: 'fr' | 'en',
  ids: SeedIds,
): Record<string, unknown> {
  switch (block.blockType) {
    case 'audience-paths':
      return {
        blockType: block.blockType,
        paths: block.paths.map((path) => ({
          heading: path.heading[locale],
          text: path.text[locale],
          links: path.links.map((link) => layoutLink(link, locale, ids)),
        })),
      }
    case 'urgent-numbers':
      return {
        blockType: block.blockType,
        heading: block.heading?.[locale] ?? null,
        text: block.text?.[locale] ?? null,
      }
    case 'latest-advocacy':
      return { blockType: block.blockType, heading: block.heading[locale], count: block.count }
    case 'featured-trainings':
      return {
        blockType: block.blockType,
        heading: block.heading[locale],
        trainings: block.trainings.map((key) => {
          const id = ids.trainingIds.get(key)
          if (id === undefined)
            throw new Error(`Seed: a block features the unknown training ${key}`)
          return id
        }),
      }
    case 'call-to-action':
      return {
        blockType: block.blockType,
        heading: block.heading[locale],
        text: block.text?.[locale] ?? null,
        link: layoutLink(block.link, locale, ids),
      }
    case 'rich-text':
      return { blockType: block.blockType, content: toLexical(block.content[locale]) }
  }
}

/** Fills the urgent contacts global (FR, then EN on the same rows) unless editors already filled it. */
async function seedUrgentContactsGlobal(payload: Payload, report: SeedReport): Promise<void> {
  const current = await payload.findGlobal({ slug: 'urgent-contacts', locale: 'fr', depth: 0 })
  if ((current.contacts ?? []).length > 0) {
    report.skipped += 1
    return
  }
  const french = await payload.updateGlobal({
    slug: 'urgent-contacts',
    locale: 'fr',
    context: seedContext,
    data: {
      contacts: seedUrgentContacts.map((contact) => ({
        number: contact.number,
        label: contact.label.fr,
        description: contact.description.fr,
      })),
    },
  })
  await payload.updateGlobal({
    slug: 'urgent-contacts',
    locale: 'en',
    context: seedContext,
    data: {
      contacts: (french.contacts ?? []).map((row, index) => ({
        id: row.id,
        number: row.number,
        label: seedUrgentContacts[index]?.label.en ?? row.label,
        description: seedUrgentContacts[index]?.description.en ?? null,
      })),
    },
  })
  report.created += 1
}

/** True when the database holds no page yet: a fresh installation that `pnpm start` seeds. */
export async function isEmpty(payload: Payload, req?: PayloadRequest): Promise<boolean> {
  const pages = await payload.count({
    collection: pagesSlug,
    overrideAccess: true,
    ...(req ? { req } : {}),
  })
  return pages.totalDocs === 0
}
