import { stringify } from 'csv-stringify/sync'
import type { Endpoint, PayloadRequest, Where } from 'payload'
import { mergeListSearchAndWhere } from 'payload/shared'

import { roleOf } from '../access/roles.ts'
import { formSubmissionsSlug } from '../collections/FormSubmissions.ts'
import { formTypeLabels, submissionGroups } from '../fields/submissionGroups.ts'
import { submissionStatusLabels } from '../fields/submissionStatus.ts'
import type { FormSubmission } from '../payload-types.ts'
import { writeAuditEntry } from '../utilities/writeAuditEntry.ts'
import { neutraliseCsvCell } from './neutraliseCsvCell.ts'

/** Submissions read from the database per query while the file streams. */
const batchSize = 200

type Language = 'fr' | 'en'

/** What the person sent, whichever form it came from (the group of the submission's form type). */
function sent(
  doc: FormSubmission,
): Partial<
  NonNullable<FormSubmission['quoteRequest']> &
    NonNullable<FormSubmission['membershipRequest']> &
    NonNullable<FormSubmission['appointmentRequest']>
> {
  return doc[submissionGroups[doc.formType]] ?? {}
}

const yesNo = (value: boolean | null | undefined, lang: Language) =>
  value === true ? (lang === 'en' ? 'yes' : 'oui') : lang === 'en' ? 'no' : 'non'

const contactByLabels = {
  phone: { fr: 'Téléphone', en: 'Phone' },
  email: { fr: 'Courriel', en: 'Email' },
} as const

/**
 * One column per field of any form; a cell a form does not have is empty. Same order for every form, so a
 * filtered file of mixed forms stays one table.
 */
const columns: Array<{
  header: Record<Language, string>
  cell: (doc: FormSubmission, lang: Language) => string | number
}> = [
  { header: { fr: 'Numéro', en: 'Number' }, cell: (doc) => doc.id },
  { header: { fr: 'Reçue le', en: 'Received on' }, cell: (doc) => doc.createdAt },
  {
    header: { fr: 'Suivi', en: 'Status' },
    cell: (doc, lang) => (doc.status ? submissionStatusLabels[doc.status][lang] : ''),
  },
  {
    header: { fr: 'Formulaire', en: 'Form' },
    cell: (doc, lang) => formTypeLabels[doc.formType][lang],
  },
  { header: { fr: 'Langue', en: 'Language' }, cell: (doc) => doc.locale },
  { header: { fr: 'Nom', en: 'Name' }, cell: (doc) => sent(doc).name ?? '' },
  {
    header: { fr: 'Structure', en: 'Organisation' },
    cell: (doc) => sent(doc).organisation ?? '',
  },
  { header: { fr: 'Courriel', en: 'Email' }, cell: (doc) => sent(doc).email ?? '' },
  { header: { fr: 'Téléphone', en: 'Phone' }, cell: (doc) => sent(doc).phone ?? '' },
  {
    header: { fr: 'Être contacté·e par', en: 'To be reached by' },
    cell: (doc, lang) => {
      const channel = sent(doc).contactBy
      return channel ? contactByLabels[channel][lang] : ''
    },
  },
  {
    header: { fr: 'Quand appeler sans risque', en: 'When it is safe to call' },
    cell: (doc) => sent(doc).safeTimes ?? '',
  },
  {
    header: { fr: 'Formation demandée', en: 'Training requested' },
    cell: (doc) => {
      const training = doc.quoteRequest?.training
      return typeof training === 'object' && training !== null ? (training.title ?? '') : ''
    },
  },
  {
    header: { fr: 'Autre demande', en: 'Other request' },
    cell: (doc) => doc.quoteRequest?.trainingOther ?? '',
  },
  {
    header: { fr: 'Participants', en: 'Participants' },
    cell: (doc) => doc.quoteRequest?.participants ?? '',
  },
  { header: { fr: 'Message', en: 'Message' }, cell: (doc) => sent(doc).message ?? '' },
  {
    header: { fr: 'Consentement', en: 'Consent' },
    cell: (doc, lang) => yesNo(sent(doc).consent, lang),
  },
]

/**
 * One CSV line per submission; every text cell is neutralised against formula injection.
 * @returns CSV text (RFC 4180 quoting by csv-stringify), header line included when `withHeader`
 */
export function submissionsToCsv(
  docs: FormSubmission[],
  lang: Language,
  withHeader: boolean,
): string {
  const rows = docs.map((doc) =>
    columns.map(({ cell }) => {
      const value = cell(doc, lang)
      return typeof value === 'string' ? neutraliseCsvCell(value) : value
    }),
  )
  if (withHeader) rows.unshift(columns.map(({ header }) => header[lang]))
  return stringify(rows, { record_delimiter: 'windows' })
}

function badRequest(field: string): Response {
  return Response.json(
    { errors: [{ message: `Invalid query parameter: ${field}`, field }] },
    { status: 400 },
  )
}

/**
 * `GET /api/form-submissions/export.csv`: the requests received as a CSV file for a spreadsheet, staff only.
 * Takes the admin list's own query parameters (`where[…]`, `search`, `sort`), so the file holds exactly the
 * filtered list. UTF-8 with a byte-order mark (Excel otherwise misreads accents), `Cache-Control: no-store`,
 * streamed and never written to disk or to the uploads. The export is logged (user, numbers, count) before
 * the first line leaves. Answers 403 to anyone else, 400 for a malformed filter.
 */
export const exportSubmissionsCsvEndpoint: Endpoint = {
  path: '/export.csv',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    if (roleOf(req) === null)
      return Response.json({ errors: [{ message: 'Forbidden' }] }, { status: 403 })
    const { where, search, sort } = req.query
    if (where !== undefined && (typeof where !== 'object' || Array.isArray(where)))
      return badRequest('where')
    if (search !== undefined && typeof search !== 'string') return badRequest('search')
    if (sort !== undefined && typeof sort !== 'string') return badRequest('sort')
    const lang: Language = req.i18n?.language === 'en' ? 'en' : 'fr'
    const filter = mergeListSearchAndWhere({
      collectionConfig: req.payload.collections[formSubmissionsSlug].config,
      search: search ?? '',
      where: where as Where | undefined,
    })

    // Access rules apply (overrideAccess: false): the file never holds more than the user may read. As the
    // user rather than with `req`, so this lookup is not logged as a REST `read` besides the `export` entry.
    const matching = await req.payload.find({
      collection: formSubmissionsSlug,
      where: filter,
      sort: sort ?? '-createdAt',
      select: { createdAt: true },
      pagination: false,
      depth: 0,
      overrideAccess: false,
      user: req.user,
    })
    const ids = matching.docs.map((doc) => doc.id)
    await writeAuditEntry(req, { action: 'export', submissions: ids, count: ids.length })

    const encoder = new TextEncoder()
    let next = 0
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(encoder.encode('\uFEFF' + submissionsToCsv([], lang, true)))
      },
      async pull(controller) {
        const batch = ids.slice(next, next + batchSize)
        next += batchSize
        if (batch.length === 0) {
          controller.close()
          return
        }
        const { docs } = await req.payload.find({
          collection: formSubmissionsSlug,
          where: { id: { in: batch } },
          sort: sort ?? '-createdAt',
          pagination: false,
          depth: 1,
          populate: { trainings: { title: true } },
          locale: lang,
          fallbackLocale: 'fr',
          overrideAccess: false,
          user: req.user,
        })
        controller.enqueue(encoder.encode(submissionsToCsv(docs, lang, false)))
      },
    })
    const day = new Date().toISOString().slice(0, 10)
    return new Response(body, {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${lang === 'en' ? 'requests' : 'demandes'}-${day}.csv"`,
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
      },
    })
  },
}
