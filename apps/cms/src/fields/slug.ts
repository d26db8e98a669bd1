import { isLocale, isValidSlug, locales, sectionSegments, slugify, type Locale } from '@mist/schema'
import type { CollectionSlug, FieldHook, PayloadRequest, TextField, Validate } from 'payload'
import { say } from '../utilities/say.ts'

/**
 * Fills an empty slug from the title of the same locale (policy in docs/decisions/002-slugs.md), so editors
 * get a readable URL without typing one; a slug they type is kept as typed and validated. Draft saves and
 * autosaves leave it empty: otherwise the first autosave would freeze the slug of a half-typed title.
 */
const fillSlugFromTitle =
  (titleField: string): FieldHook =>
  ({ value, siblingData, data }): unknown => {
    const current: unknown = value
    if (typeof current === 'string' && current.trim() !== '') return current.trim()
    if ((data as { _status?: unknown } | undefined)?._status === 'draft') return current
    const title: unknown = (siblingData as Record<string, unknown>)[titleField]
    return typeof title === 'string' && title.trim() !== '' ? slugify(title) : current
  }

/** Page slugs that would take the address of a section or of the site's own pages (`/fr/merci/`, 404). */
const reservedPageSlugs = new Set([
  '404',
  ...Object.values(sectionSegments).flatMap((segments) => Object.values(segments)),
])

/**
 * Publishing is the moment a locale's title becomes final: fills the empty slug of every OTHER locale whose title
 * is written, so that a document published while the editor looks at one language, or by the scheduled-publish
 * job (which runs in the default locale), appears in every language it has a title in (ADR 001). Without it, a
 * hearing written in French, copied to English and published from the English tab would lose its French page.
 *
 * Field hooks receive the edited locale only; Payload merges the other locales from `siblingDocWithLocales`
 * after the hooks ran (the "merge locale action" of payload/src/fields/hooks/beforeChange/promise.ts), so the
 * other locales' slugs are written there. tests/int/slugs.int.spec.ts checks that this still holds.
 * A slug already taken in that locale gets `-2`, `-3`…: a publish, often unattended, must not fail on it.
 */
const fillOtherLocalesOnPublish =
  (titleField: string): FieldHook =>
  async ({
    value,
    data,
    siblingDocWithLocales,
    collection,
    originalDoc,
    req,
  }): Promise<unknown> => {
    if ((data as { _status?: unknown } | undefined)?._status === 'draft') return value
    if (!siblingDocWithLocales || !collection) return value
    const titles = siblingDocWithLocales[titleField]
    const slugs = siblingDocWithLocales.slug
    if (titles === null || typeof titles !== 'object') return value
    const id = (originalDoc as { id?: number | string } | undefined)?.id
    for (const locale of locales) {
      if (locale === req.locale) continue
      const title: unknown = (titles as Record<string, unknown>)[locale]
      const slug: unknown =
        slugs !== null && typeof slugs === 'object'
          ? (slugs as Record<string, unknown>)[locale]
          : undefined
      if (typeof title !== 'string' || slugify(title) === '') continue
      if (typeof slug === 'string' && slug.trim() !== '') continue
      siblingDocWithLocales.slug = {
        ...(slugs !== null && typeof slugs === 'object' ? slugs : {}),
        [locale]: await freeSlug(req, collection.slug, locale, slugify(title), id),
      }
    }
    return value
  }

/** `base`, or `base-2`, `base-3`… : the first that no other document of the collection has in `locale`. */
async function freeSlug(
  req: PayloadRequest,
  collectionSlug: CollectionSlug,
  locale: Locale,
  base: string,
  id: number | string | undefined,
): Promise<string> {
  for (let suffix = 1; ; suffix++) {
    const candidate = suffix === 1 ? base : `${base}-${suffix}`
    if (collectionSlug === 'pages' && reservedPageSlugs.has(candidate)) continue
    // The database adapter, not the Local API: a Local API call given `req` switches `req.locale` for the
    // rest of the save (see hooks/redirectOldPaths.ts).
    const taken = await req.payload.db.findOne({
      collection: collectionSlug,
      where: {
        and: [
          { slug: { equals: candidate } },
          ...(id === undefined ? [] : [{ id: { not_equals: id } }]),
        ],
      },
      locale,
      req,
    })
    if (!taken) return candidate
  }
}

/**
 * A slug must be URL-safe and unique in its collection and locale: two documents with one address would stop
 * the site build, and with it everybody's publishing. Messages follow the admin's language.
 */
const validateSlug: Validate<string> = async (value, { collectionSlug, event, id, req }) => {
  if (value === null || value === undefined || value === '') return true
  if (!isValidSlug(value)) {
    return say(
      req,
      'Adresse : lettres minuscules sans accents, chiffres et tirets seulement (par exemple formation-initiale).',
      'Address: lowercase letters without accents, digits and dashes only (for example initial-training).',
    )
  }
  if (collectionSlug === 'pages' && reservedPageSlugs.has(value)) {
    return say(
      req,
      'Cette adresse est réservée par le site. Choisissez-en une autre.',
      'The site reserves this address. Choose another one.',
    )
  }
  // Checked when the document is saved, not at every keystroke.
  if (event === 'onChange' || !collectionSlug || !isLocale(req.locale)) return true
  const others = await req.payload.find({
    collection: collectionSlug as CollectionSlug,
    where: {
      and: [{ slug: { equals: value } }, ...(id === undefined ? [] : [{ id: { not_equals: id } }])],
    },
    locale: req.locale,
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const other = others.docs[0] as { title?: unknown; name?: unknown } | undefined
  if (!other) return true
  const title =
    typeof other.title === 'string' ? other.title : typeof other.name === 'string' ? other.name : ''
  return say(
    req,
    `Cette adresse est déjà utilisée par « ${title} ». Choisissez-en une autre.`,
    `This address is already used by “${title}”. Choose another one.`,
  )
}

/** A localized, URL-safe slug derived from `titleField` when left empty, unique per collection and locale. */
export function slugField(titleField = 'title', overrides: Partial<TextField> = {}): TextField {
  return {
    name: 'slug',
    type: 'text',
    localized: true,
    index: true,
    label: { fr: 'Adresse (slug)', en: 'URL slug' },
    admin: {
      position: 'sidebar',
      description: {
        fr: 'Fin de l’adresse de la page. Laissez vide : elle est faite à partir du titre.',
        en: 'End of the page address. Leave empty: it is made from the title.',
      },
    },
    hooks: {
      beforeValidate: [fillSlugFromTitle(titleField)],
      beforeChange: [fillOtherLocalesOnPublish(titleField)],
    },
    validate: validateSlug,
    ...overrides,
  } as TextField
}
