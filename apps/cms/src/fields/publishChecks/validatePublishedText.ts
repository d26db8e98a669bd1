import {
  defaultLocale,
  hasLocaleVersion,
  isLocale,
  type LexicalNode,
  type Locale,
} from '@mist/schema'
import type { CollectionSlug, PayloadRequest, RichTextFieldValidation } from 'payload'
import { richText as editorValidation } from 'payload/shared'

import { say } from '../../utilities/say.ts'

import { findReferences, findTextProblems, type TextProblem } from './textChecks.ts'

const localeNames: Record<Locale, { fr: string; en: string }> = {
  fr: { fr: 'en français', en: 'in French' },
  en: { fr: 'en anglais', en: 'in English' },
}

/**
 * Reads the published (or only) version of one stored document for `locale` without fallback, leaving the
 * save's own `req.locale` as it was.
 */
async function readStored(
  req: PayloadRequest,
  collection: CollectionSlug,
  id: number | string,
  locale: Locale,
): Promise<Record<string, unknown> | null> {
  const editing = req.locale
  try {
    return (await req.payload.findByID({
      collection,
      id,
      locale,
      fallbackLocale: false,
      draft: false,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
      req,
    })) as Record<string, unknown> | null
  } finally {
    req.locale = editing
  }
}

const isFilled = (value: unknown): boolean => typeof value === 'string' && value.trim() !== ''

/**
 * The problems that need what is stored: an image shown without alternative text in `locale` (WCAG 2.2, 1.1.1
 * Non-text Content) or no longer stored; an internal link to a document that has no published version in
 * `locale` (the translation rule, ADR 001), which the site would send to another language or show as plain
 * text (ADR 029).
 */
async function findStoredProblems(
  root: LexicalNode,
  locale: Locale,
  req: PayloadRequest,
): Promise<TextProblem[]> {
  const problems: TextProblem[] = []
  const language = localeNames[locale]
  for (const reference of findReferences(root)) {
    if (reference.kind === 'upload') {
      const media = await readStored(req, 'media', reference.id, locale)
      if (!media) {
        problems.push({
          fr: 'Une image ou un fichier de ce texte a été supprimé : retirez-le ou choisissez-en un autre.',
          en: 'An image or file in this text was deleted: remove it or choose another.',
        })
        continue
      }
      const mimeType = typeof media.mimeType === 'string' ? media.mimeType : ''
      const name = typeof media.filename === 'string' ? media.filename : String(reference.id)
      if (mimeType.startsWith('image/') && !isFilled(media.alt))
        problems.push({
          fr: `L’image « ${name} » n’a pas de texte alternatif ${language.fr} : ajoutez-le dans Fichiers, sur cette image, dans cette langue.`,
          en: `The image “${name}” has no alternative text ${language.en}: add it in Files, on that image, in this language.`,
        })
      continue
    }
    const config = req.payload.collections[reference.collection as CollectionSlug]?.config
    if (!config) continue
    const target = await readStored(
      req,
      reference.collection as CollectionSlug,
      reference.id,
      locale,
    )
    const titleName = config.admin.useAsTitle ?? 'title'
    const published =
      target !== null &&
      target._status === 'published' &&
      hasLocaleVersion({
        title: typeof target[titleName] === 'string' ? target[titleName] : null,
        slug: typeof target.slug === 'string' ? target.slug : null,
      })
    if (!published)
      problems.push({
        fr: `Le lien « ${reference.text} » mène à un contenu qui n’est pas publié ${language.fr} : publiez-le d’abord, ou changez le lien.`,
        en: `The link “${reference.text}” leads to content that is not published ${language.en}: publish it first, or change the link.`,
      })
  }
  return problems
}

/** At most three problems in the editor's language, then how many more. */
function describe(problems: readonly TextProblem[], req: PayloadRequest): string {
  const shown = problems.slice(0, 3).map((problem) => say(req, problem.fr, problem.en))
  const more = problems.length - shown.length
  if (more > 0) shown.push(say(req, `(et ${more} autre(s))`, `(and ${more} more)`))
  return shown.join(' ')
}

/**
 * Validation of every rich-text field of the site: the editor's own checks (Lexical's node validations), then
 * the checks before publishing (textChecks.ts, and files and links against what is stored, in the locale being
 * saved). Payload validates on publish and skips validation on draft saves and autosave (`versions.drafts`
 * without `validate`), so these checks refuse publication and never a draft; the message shows next to the
 * field and names each problem. The admin's checks while typing (`event: 'onChange'`) skip the database.
 *
 * @returns `true`, or a message in the editor's interface language
 */
export const validatePublishedText: RichTextFieldValidation = async (value, options) => {
  const own = await editorValidation(value, options)
  if (own !== true) return own
  const root = (value as { root?: LexicalNode } | null | undefined)?.root
  if (!root) return true
  const { req } = options
  const locale: Locale = isLocale(req.locale) ? req.locale : defaultLocale
  const problems = findTextProblems(root)
  if (options.event !== 'onChange') problems.push(...(await findStoredProblems(root, locale, req)))
  return problems.length === 0 ? true : describe(problems, req)
}
