import { z } from 'zod'

import {
  datePrecisions,
  hearingKinds,
  institutions,
  pageBlockLimits,
  partnerNetworkKinds,
  publicationKinds,
  publicationOrigins,
  siteDestinations,
  trainingAudiences,
  trainingFormats,
} from './vocabulary.ts'
import { routedCollections } from './routes.ts'

/**
 * Shapes of the documents the site reads from the CMS REST API, fetched one locale at a time with fallback
 * off: a field not written in that locale is `null` (or absent). Every response passes one of these schemas;
 * the site names the collection, document id and field of any failure.
 */

/** A Lexical editor node as Payload stores it: a `type`, optional `children`, other keys per node type. */
export interface LexicalNode {
  type: string
  children?: LexicalNode[]
  [key: string]: unknown
}

export const LexicalNodeSchema: z.ZodType<LexicalNode> = z.lazy(() =>
  z.looseObject({
    type: z.string(),
    children: z.array(LexicalNodeSchema).optional(),
  }),
)

/** A Lexical rich-text value (`{ root }`), or `null` when the field is empty in this locale. */
export const RichTextSchema = z.object({ root: LexicalNodeSchema }).nullable().optional()
export type RichText = z.infer<typeof RichTextSchema>

const id = z.number().int().positive()
const localizedText = z.string().nullable().optional()
/** ISO 8601 timestamp as Payload serialises dates (UTC). */
const isoDate = z.iso.datetime({ offset: true })

/**
 * The SEO plugin's `meta` group: what search engines and link previews show, per locale. Empty fields mean
 * "use the title and the summary".
 */
export const MetaSchema = z
  .object({
    /** Replaces the title in `<title>` and `og:title`. */
    title: localizedText,
    /** Replaces the summary in the description and `og:description`. */
    description: localizedText,
  })
  .nullable()
  .optional()
export type Meta = z.infer<typeof MetaSchema>

export const pagePurposes = [
  'home',
  'victims',
  'professionals',
  'peer-education',
  'advocacy',
  'networks',
  'membership-contact',
] as const
export type PagePurpose = (typeof pagePurposes)[number]

/**
 * A link of a block (CMS field factory `siteLinkFields`): to a page of the site (its id, read at depth 0) or to
 * a place of the site the site knows the address of (`siteDestinations`). The site drops a link whose page has
 * no version in the locale.
 */
export const SiteLinkSchema = z.object({
  destination: z.enum(siteDestinations),
  /** The chosen page when `destination` is `page`; `null` otherwise. */
  page: id.nullable().optional(),
  /** The link's text; empty means the page's title or the destination's usual name. */
  label: localizedText,
})
export type SiteLink = z.infer<typeof SiteLinkSchema>

/** What every block carries: Payload's row id and the optional name editors give it in the admin. */
const blockBase = {
  /** Payload's id of the block row (a string), unique within the page. */
  id: z.string().optional(),
  /** The editors' own name for the block in the admin; never shown on the site. */
  blockName: z.string().nullable().optional(),
}
const requiredText = z.string().trim().min(1)

/** "Vous êtes victime ou proche" → links: a few audience paths side by side, each a heading, a text and links. */
export const AudiencePathsBlockSchema = z.object({
  ...blockBase,
  blockType: z.literal('audience-paths'),
  paths: z
    .array(
      z.object({
        id: z.string().optional(),
        heading: requiredText,
        text: localizedText,
        links: z
          .array(SiteLinkSchema.extend({ id: z.string().optional() }))
          .min(1)
          .max(pageBlockLimits.linksPerPath),
      }),
    )
    .min(1)
    .max(pageBlockLimits.paths),
})
export type AudiencePathsBlock = z.infer<typeof AudiencePathsBlockSchema>

/** The urgent-contacts global's numbers, where editors put the block (never typed twice). */
export const UrgentNumbersBlockSchema = z.object({
  ...blockBase,
  blockType: z.literal('urgent-numbers'),
  /** Replaces the usual heading ("En cas d’urgence"); empty keeps it. */
  heading: localizedText,
  /** A sentence above the numbers. */
  text: localizedText,
})
export type UrgentNumbersBlock = z.infer<typeof UrgentNumbersBlockSchema>

/** The `count` newest hearings and publications of the locale's advocacy timeline, as cards. */
export const LatestAdvocacyBlockSchema = z.object({
  ...blockBase,
  blockType: z.literal('latest-advocacy'),
  heading: requiredText,
  count: z.number().int().min(1).max(pageBlockLimits.advocacyItems),
})
export type LatestAdvocacyBlock = z.infer<typeof LatestAdvocacyBlockSchema>

/** Trainings chosen by editors (ids, depth 0), as cards, in the editors' order. */
export const FeaturedTrainingsBlockSchema = z.object({
  ...blockBase,
  blockType: z.literal('featured-trainings'),
  heading: requiredText,
  trainings: z.array(id).min(1).max(pageBlockLimits.featuredTrainings),
})
export type FeaturedTrainingsBlock = z.infer<typeof FeaturedTrainingsBlockSchema>

/** A heading, a short text and one link shown as a button. */
export const CallToActionBlockSchema = z.object({
  ...blockBase,
  blockType: z.literal('call-to-action'),
  heading: requiredText,
  text: localizedText,
  link: SiteLinkSchema,
})
export type CallToActionBlock = z.infer<typeof CallToActionBlockSchema>

/** Rich text, written with the same editor and rendered with the same rules as a page's body (ADR 005). */
export const RichTextBlockSchema = z.object({
  ...blockBase,
  blockType: z.literal('rich-text'),
  content: z.object({ root: LexicalNodeSchema }),
})
export type RichTextBlock = z.infer<typeof RichTextBlockSchema>

/** One block of a page's `layout`, told apart by `blockType` (`pageBlockTypes`). */
export const PageBlockSchema = z.discriminatedUnion('blockType', [
  AudiencePathsBlockSchema,
  UrgentNumbersBlockSchema,
  LatestAdvocacyBlockSchema,
  FeaturedTrainingsBlockSchema,
  CallToActionBlockSchema,
  RichTextBlockSchema,
])
export type PageBlock = z.infer<typeof PageBlockSchema>

export const PageDocSchema = z.object({
  id,
  title: localizedText,
  slug: localizedText,
  /** Which part of the site the page introduces; the site adds that part's listings below the body. */
  purpose: z.enum(pagePurposes).nullable().optional(),
  summary: localizedText,
  /**
   * The page's blocks in this locale, in order, shown under the title and before the body. The whole list is
   * localized (docs/decisions/026-page-blocks.md): a locale whose layout is empty shows none.
   */
  layout: z.array(PageBlockSchema).nullable().optional(),
  body: RichTextSchema,
  meta: MetaSchema,
  updatedAt: isoDate,
})
export type PageDoc = z.infer<typeof PageDocSchema>

/** A PDF from the CMS's media, as a populated upload (depth ≥ 1 and read access to media). */
export const MediaFileSchema = z.object({
  id,
  /** Where the CMS serves the file, e.g. `/api/media/file/rapport-2025.pdf` (relative to the CMS origin). */
  url: z.string().nullable().optional(),
  filename: z.string().nullable().optional(),
  /** Size in bytes. */
  filesize: z.number().int().nonnegative().nullable().optional(),
  mimeType: z.string().nullable().optional(),
})
export type MediaFile = z.infer<typeof MediaFileSchema>

/** One image size made by the CMS (WebP), or nulls when the original was narrower than that size. */
const MediaSizeSchema = z
  .object({
    url: z.string().nullable().optional(),
    /** Pixels. */
    width: z.number().int().positive().nullable().optional(),
    height: z.number().int().positive().nullable().optional(),
  })
  .nullable()
  .optional()

/**
 * A media document as the public reads it (`GET /api/media?locale=…`): only files that published content uses.
 * Images have `width`/`height` in pixels and the sizes `small` (480 px wide), `medium` (960), `large` (1600).
 */
export const MediaDocSchema = MediaFileSchema.extend({
  /** The editor's description of the image in this locale; `null` for PDFs or when not written. */
  alt: localizedText,
  width: z.number().int().positive().nullable().optional(),
  height: z.number().int().positive().nullable().optional(),
  sizes: z
    .object({ small: MediaSizeSchema, medium: MediaSizeSchema, large: MediaSizeSchema })
    .nullable()
    .optional(),
})
export type MediaDoc = z.infer<typeof MediaDocSchema>

export const PublicationDocSchema = z.object({
  id,
  kind: z.enum(publicationKinds),
  origin: z.enum(publicationOrigins),
  institution: z.enum(institutions).nullable().optional(),
  date: isoDate,
  datePrecision: z.enum(datePrecisions),
  title: localizedText,
  slug: localizedText,
  summary: localizedText,
  body: RichTextSchema,
  externalUrl: z
    .url({ protocol: /^https?$/ })
    .nullable()
    .optional(),
  /**
   * The publication's PDF in this locale: a media id (depth 0, or media not readable by the caller), the
   * populated media, or `null`/absent when there is none.
   */
  file: z.union([id, MediaFileSchema]).nullable().optional(),
  meta: MetaSchema,
  updatedAt: isoDate,
})
export type PublicationDoc = z.infer<typeof PublicationDocSchema>

export const HearingDocSchema = z.object({
  id,
  kind: z.enum(hearingKinds),
  institution: z.enum(institutions),
  date: isoDate,
  datePrecision: z.enum(datePrecisions),
  title: localizedText,
  slug: localizedText,
  summary: localizedText,
  /** Ids of related publications (the site reads them at depth 0). */
  relatedPublications: z.array(id).nullable().optional(),
  meta: MetaSchema,
  updatedAt: isoDate,
})
export type HearingDoc = z.infer<typeof HearingDocSchema>

export const PartnerNetworkDocSchema = z.object({
  id,
  kind: z.enum(partnerNetworkKinds),
  name: localizedText,
  description: localizedText,
  url: z
    .url({ protocol: /^https?$/ })
    .nullable()
    .optional(),
  updatedAt: isoDate,
})
export type PartnerNetworkDoc = z.infer<typeof PartnerNetworkDocSchema>

export const TrainingDocSchema = z.object({
  id,
  title: localizedText,
  slug: localizedText,
  audience: z.enum(trainingAudiences),
  format: z.enum(trainingFormats),
  description: localizedText,
  /** Free text such as "2 days"; empty until editors fill it. */
  duration: localizedText,
  onRequest: z.boolean().nullable().optional(),
  meta: MetaSchema,
  updatedAt: isoDate,
})
export type TrainingDoc = z.infer<typeof TrainingDocSchema>

/**
 * A redirect of the CMS's `redirects` collection (redirects plugin), read at depth 0: an old address of the
 * site and where it leads now, either a document (the site resolves its current path in the old address's
 * locale) or an address typed by an editor.
 */
export const RedirectDocSchema = z.object({
  id,
  /** An old path of the site, e.g. `/fr/auditions/ancienne-adresse/`. */
  from: z.string(),
  to: z.object({
    /** `null` in old rows: the plugin's default, a reference. */
    type: z.enum(['reference', 'custom']).nullable().optional(),
    /** The document; `null` once it has been deleted. */
    reference: z
      .object({ relationTo: z.enum(routedCollections), value: id })
      .nullable()
      .optional(),
    /** A path of the site (`/fr/…/`) or an `https://` address. */
    url: z.string().nullable().optional(),
  }),
  updatedAt: isoDate,
})
export type RedirectDoc = z.infer<typeof RedirectDocSchema>

/**
 * `redirects.json` at the root of a built site: the redirects the site emitted as stub pages, for servers that
 * answer them with a real HTTP redirect (packages/platform's site server).
 */
export const SiteRedirectsFileSchema = z.object({
  redirects: z.array(
    z.object({
      /** Old path, as requested (leading and trailing `/`). */
      from: z.string().startsWith('/'),
      /** A path of the site or an absolute `http(s)` URL. */
      to: z.string().min(1),
    }),
  ),
})
export type SiteRedirectsFile = z.infer<typeof SiteRedirectsFileSchema>

/** File name of {@link SiteRedirectsFileSchema} at the root of a built site. */
export const siteRedirectsFileName = 'redirects.json'

/** Contact details; empty until editors fill them, and the site shows only what is filled. */
export const SiteSettingsSchema = z.object({
  /** Official name for footers and the legal notice; empty until editors fill it. */
  organisationName: z.string().nullable().optional(),
  contactEmail: z.string().nullable().optional(),
  contactPhone: z.string().nullable().optional(),
  postalAddress: z.string().nullable().optional(),
})
export type SiteSettings = z.infer<typeof SiteSettingsSchema>

/** One menu link: to a page of the site (its id, read at depth 0) or to an external https address. */
export const NavigationLinkSchema = z.object({
  /** Link text; empty for a page link means the page's title. */
  label: z.string().nullable().optional(),
  page: z.number().int().nullable().optional(),
  url: z
    .url({ protocol: /^https?$/ })
    .nullable()
    .optional(),
})
export type NavigationLink = z.infer<typeof NavigationLinkSchema>

/** Header and footer menus of one locale (navigation global); empty lists mean "use the defaults". */
export const NavigationSchema = z.object({
  header: z.array(NavigationLinkSchema).nullable().optional(),
  footer: z.array(NavigationLinkSchema).nullable().optional(),
})
export type Navigation = z.infer<typeof NavigationSchema>

/** One page of a Payload REST list response. */
export const PaginatedSchema = z.object({
  docs: z.array(z.unknown()),
  hasNextPage: z.boolean(),
  nextPage: z.number().int().nullable().optional(),
  totalDocs: z.number().int(),
})

/** A phone number shown on every public page (urgent contacts global). */
export const UrgentContactSchema = z.object({
  /** Who answers, e.g. "Police secours" (localized; empty in a locale → not shown there). */
  label: localizedText,
  /** As dialled: digits, spaces and a leading + (used for the `tel:` link). */
  number: z.string().regex(/^\+?[0-9 ]{2,20}$/),
  /** When to call (localized). */
  description: localizedText,
})
export type UrgentContact = z.infer<typeof UrgentContactSchema>

export const UrgentContactsSchema = z.object({
  contacts: z
    .array(UrgentContactSchema.extend({ id: z.string().optional() }))
    .nullable()
    .optional(),
})
export type UrgentContacts = z.infer<typeof UrgentContactsSchema>

/** Browsing safety: the quick-exit destination and the advice shown with it. */
export const SafetySettingsSchema = z.object({
  /** Where "Quick exit" goes; `about:blank` until editors choose a neutral site. */
  quickExitUrl: z
    .url({ protocol: /^https?$/ })
    .nullable()
    .optional(),
  /** What the quick exit does and does not do, and how to browse more safely (localized). */
  advice: localizedText,
})
export type SafetySettings = z.infer<typeof SafetySettingsSchema>
