import type {
  DatePrecision,
  HearingKind,
  Institution,
  PagePurpose,
  PartnerNetworkKind,
  PublicationKind,
  PublicationOrigin,
  SiteDestination,
  TrainingAudience,
  TrainingFormat,
} from '@mist/schema'

/** A text in both locales. French is Mist's working language; English follows the source text. */
export interface Localized<T = string> {
  fr: T
  en: T
}

/** A block of seeded rich text, turned into Lexical JSON by the seed. Plain text only: no markup. */
export type SeedBlock =
  | { kind: 'heading'; level: 2 | 3; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; items: string[] }

/**
 * A block's link: to the page with that purpose, or to a fixed destination of the site. Without `label`, the
 * site shows the page's title or the destination's usual name.
 */
export type SeedLink = (
  { destination: 'page'; page: PagePurpose } | { destination: Exclude<SiteDestination, 'page'> }
) & { label?: Localized }

/**
 * One block of a page's layout (the pages collection's `layout` field), with its texts in both locales: the
 * seed writes the same blocks in French and in English, as editors do with "copy to another language".
 */
export type SeedPageBlock =
  | {
      blockType: 'audience-paths'
      paths: Array<{ heading: Localized; text: Localized; links: SeedLink[] }>
    }
  | { blockType: 'urgent-numbers'; heading?: Localized; text?: Localized }
  | { blockType: 'latest-advocacy'; heading: Localized; count: number }
  /** `trainings`: keys of {@link SeedTraining}s. */
  | { blockType: 'featured-trainings'; heading: Localized; trainings: string[] }
  | { blockType: 'call-to-action'; heading: Localized; text?: Localized; link: SeedLink }
  | { blockType: 'rich-text'; content: Localized<SeedBlock[]> }

export interface SeedPage {
  /** Stable key used by the seed to find the page again (idempotence). */
  purpose: PagePurpose
  title: Localized
  slug: Localized
  summary: Localized
  body: Localized<SeedBlock[]>
  seoDescription: Localized
  /** The page's blocks, shown under its title and before its body. */
  layout?: SeedPageBlock[]
}

export interface SeedPublication {
  key: string
  kind: PublicationKind
  origin: PublicationOrigin
  institution?: Institution
  /** `YYYY-MM-DD`; with `datePrecision: 'month'` the day is `01` and never shown. */
  date: string
  datePrecision: DatePrecision
  title: Localized
  slug: Localized
  summary: Localized
  body: Localized<SeedBlock[]>
}

export interface SeedHearing {
  key: string
  kind: HearingKind
  institution: Institution
  date: string
  datePrecision: DatePrecision
  title: Localized
  slug: Localized
  summary: Localized
  /** Keys of {@link SeedPublication}s this hearing relates to. */
  relatedPublications: string[]
}

export interface SeedPartnerNetwork {
  key: string
  kind: PartnerNetworkKind
  name: Localized
  description: Localized
}

export interface SeedTraining {
  key: string
  title: Localized
  slug: Localized
  audience: TrainingAudience
  format: TrainingFormat
  description: Localized
  onRequest: boolean
}

export interface SeedContent {
  pages: SeedPage[]
  publications: SeedPublication[]
  hearings: SeedHearing[]
  partnerNetworks: SeedPartnerNetwork[]
  trainings: SeedTraining[]
}

/** A well-known French public number (only numbers whose service is certain). */
export interface SeedUrgentContact {
  number: string
  label: Localized
  description: Localized
}
