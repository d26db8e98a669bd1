/**
 * The only module that talks to the CMS. Reads the REST API at build time, one locale per request
 * (`locale=<code>&fallback-locale=none`), every document in batches of {@link batchSize} by ascending id, as an anonymous
 * reader (so only published documents), and validates each document with its schema from `@mist/schema`.
 * Any failure stops the build: an unreachable CMS, an HTTP error, or a document that does not fit its schema
 * (the error names the collection, the document id and the field).
 * The preview server (src/preview/) also reads one draft at a time here, with an editor's credentials.
 */
import {
  HearingDocSchema,
  MediaDocSchema,
  PageDocSchema,
  PaginatedSchema,
  PartnerNetworkDocSchema,
  PublicationDocSchema,
  RedirectDocSchema,
  SafetySettingsSchema,
  NavigationSchema,
  SiteSettingsSchema,
  TrainingDocSchema,
  UrgentContactsSchema,
  type Locale,
} from '@mist/schema'
import type { z } from 'zod'

/** Collections the site reads, with the schema each document must pass. */
export const collectionSchemas = {
  pages: PageDocSchema,
  publications: PublicationDocSchema,
  hearings: HearingDocSchema,
  'partner-networks': PartnerNetworkDocSchema,
  trainings: TrainingDocSchema,
  redirects: RedirectDocSchema,
  /** Only the media that published content uses are readable by the public (ADR 009). */
  media: MediaDocSchema,
} as const
export type CollectionSlug = keyof typeof collectionSchemas

export class CmsError extends Error {
  override name = 'CmsError'
}

function cmsUrl(): string {
  const value = process.env.CMS_URL ?? 'http://localhost:3000'
  return value.replace(/\/+$/, '')
}

/** A staff member's session token (the admin's `payload-token`), sent as `Authorization: JWT <token>`. */
export interface CmsCredentials {
  token: string
}

async function request(path: string, credentials?: CmsCredentials): Promise<Response> {
  const url = `${cmsUrl()}${path}`
  try {
    return await fetch(url, {
      headers: {
        Accept: 'application/json',
        ...(credentials ? { Authorization: `JWT ${credentials.token}` } : {}),
      },
    })
  } catch (error) {
    const reason =
      error instanceof Error
        ? error.cause instanceof Error
          ? error.cause.message
          : error.message
        : ''
    throw new CmsError(
      `The CMS at ${cmsUrl()} cannot be reached (${reason}). Start it, or set CMS_URL.`,
    )
  }
}

async function getJson(path: string, credentials?: CmsCredentials): Promise<unknown> {
  const response = await request(path, credentials)
  if (!response.ok) throw new CmsError(`GET ${cmsUrl()}${path} answered HTTP ${response.status}`)
  return response.json()
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => `field "${issue.path.join('.') || '(document)'}": ${issue.message}`)
    .join('; ')
}

/**
 * Documents per list request at build time. 500 rather than Payload's usual 100: each request costs the CMS a
 * count query and a round of access checks, so larger batches cost about a quarter less per document at
 * 20,000 documents (issue 8's `pnpm bench build-scale`), and a batch of 500 documents at depth 0 is a few MB.
 */
const batchSize = 500

/**
 * Every published document of `collection` in `locale`, validated; with `credentials` (the preview), what that
 * staff member may read.
 * @throws CmsError naming the collection, document id and field of the first invalid document
 */
export async function fetchCollection<C extends CollectionSlug>(
  collection: C,
  locale: Locale,
  credentials?: CmsCredentials,
): Promise<Array<z.infer<(typeof collectionSchemas)[C]>>> {
  const schema = collectionSchemas[collection]
  const docs: Array<z.infer<(typeof collectionSchemas)[C]>> = []
  for (;;) {
    const after = docs.at(-1)?.id
    const query = new URLSearchParams({
      locale,
      'fallback-locale': 'none',
      depth: '0',
      limit: String(batchSize),
      // A unique sort key: Payload's default (-createdAt) ties for documents created in the same millisecond
      // (imports, copies), and PostgreSQL may then page them in a different order on each request, listing one
      // twice and skipping another (seen by `pnpm bench build-scale`).
      sort: 'id',
      draft: 'false',
    })
    // The next documents are asked for by id (after the last one read), not by page number: PostgreSQL reads
    // page n by stepping over the (n - 1) × batch documents before it, so reading a collection page by page took
    // time growing with the square of its size (at 20,000 documents, page 50 took 25 times as long as page 1
    // and the build waited over two minutes for the CMS).
    if (after !== undefined) query.set('where[id][greater_than]', String(after))
    const body = PaginatedSchema.safeParse(
      await getJson(`/api/${collection}?${query}`, credentials),
    )
    if (!body.success)
      throw new CmsError(`${collection}: unexpected list response: ${describeIssues(body.error)}`)
    for (const raw of body.data.docs) {
      const parsed = schema.safeParse(raw)
      if (!parsed.success) {
        const id = typeof raw === 'object' && raw !== null && 'id' in raw ? String(raw.id) : '?'
        throw new CmsError(
          `${collection} document ${id} (${locale}) is invalid: ${describeIssues(parsed.error)}`,
        )
      }
      docs.push(parsed.data as z.infer<(typeof collectionSchemas)[C]>)
    }
    if (!body.data.hasNextPage) return docs
  }
}

const globalSchemas = {
  'site-settings': SiteSettingsSchema,
  navigation: NavigationSchema,
  'urgent-contacts': UrgentContactsSchema,
  safety: SafetySettingsSchema,
} as const
export type GlobalSlug = keyof typeof globalSchemas

/**
 * A global (site settings, urgent contacts, safety) in `locale`, validated.
 * @throws CmsError naming the global and the field
 */
export async function fetchGlobal<G extends GlobalSlug>(
  slug: G,
  locale: Locale,
): Promise<z.infer<(typeof globalSchemas)[G]>> {
  const parsed = globalSchemas[slug].safeParse(
    await getJson(`/api/globals/${slug}?locale=${locale}&fallback-locale=none&depth=0`),
  )
  if (!parsed.success) throw new CmsError(`${slug} is invalid: ${describeIssues(parsed.error)}`)
  return parsed.data as z.infer<(typeof globalSchemas)[G]>
}

/**
 * The staff member (editor or admin) whose session `credentials` carry, or `null` when the CMS does not accept
 * them (expired, signed by another secret, logged out) or the account is not staff. The CMS is the only judge.
 * @throws CmsError when the CMS cannot be reached or answers an error other than 401/403
 */
export async function fetchStaffMember(
  credentials: CmsCredentials,
): Promise<{ id: number | string; role: 'admin' | 'editor' } | null> {
  const response = await request('/api/users/me?depth=0', credentials)
  if (response.status === 401 || response.status === 403) return null
  if (!response.ok) throw new CmsError(`GET /api/users/me answered HTTP ${response.status}`)
  const body = (await response.json()) as { user?: { id?: unknown; role?: unknown } | null }
  const user = body.user
  if (!user || (typeof user.id !== 'number' && typeof user.id !== 'string')) return null
  return user.role === 'admin' || user.role === 'editor' ? { id: user.id, role: user.role } : null
}

/**
 * The newest version of one document in `locale` (its draft when it has one, as the admin shows it), read
 * with a staff member's credentials, unvalidated: the preview explains which fields a draft still lacks.
 * @returns `null` when the document does not exist (or the credentials may not read it)
 * @throws CmsError when the CMS cannot be reached or answers another error
 */
export async function fetchDraft(
  collection: CollectionSlug,
  id: number,
  locale: Locale,
  credentials: CmsCredentials,
): Promise<unknown> {
  const query = new URLSearchParams({
    locale,
    'fallback-locale': 'none',
    depth: '0',
    draft: 'true',
  })
  const response = await request(`/api/${collection}/${id}?${query}`, credentials)
  if (response.status === 404 || response.status === 403 || response.status === 401) return null
  if (!response.ok)
    throw new CmsError(`GET /api/${collection}/${id} answered HTTP ${response.status}`)
  return response.json()
}

/**
 * Validates one document of `collection` with the schema the build uses.
 * @returns the document, or the names of the fields that do not fit (`(document)` for the whole)
 */
export function parseDocument<C extends CollectionSlug>(
  collection: C,
  raw: unknown,
): { ok: true; doc: z.infer<(typeof collectionSchemas)[C]> } | { ok: false; fields: string[] } {
  const parsed = collectionSchemas[collection].safeParse(raw)
  if (parsed.success)
    return { ok: true, doc: parsed.data as z.infer<(typeof collectionSchemas)[C]> }
  return {
    ok: false,
    fields: [...new Set(parsed.error.issues.map((issue) => String(issue.path[0] ?? '(document)')))],
  }
}

/** The CMS origin that browsers post forms to (same as the build's CMS_URL). */
export function publicCmsUrl(): string {
  return cmsUrl()
}
