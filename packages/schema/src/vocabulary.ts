/**
 * Closed vocabularies shared by the CMS (select options) and the site (labels, filters).
 * Values are stable identifiers stored in the database; labels live in the site's and the CMS's i18n files.
 */

export const publicationKinds = [
  'contribution',
  'report',
  'recommendation',
  'podcast',
  'official-text',
] as const
export type PublicationKind = (typeof publicationKinds)[number]

/** `mist`: written by Mist; `external`: a third party's text that Mist relays (e.g. the GRETA report). */
export const publicationOrigins = ['mist', 'external'] as const
export type PublicationOrigin = (typeof publicationOrigins)[number]

/** Institutions Mist addresses or is heard by. `government` covers ministries and interministerial plans. */
export const institutions = [
  'greta',
  'cncdh',
  'miprof',
  'un-special-rapporteur',
  'government',
] as const
export type Institution = (typeof institutions)[number]

export const hearingKinds = ['hearing', 'work-group', 'consultation'] as const
export type HearingKind = (typeof hearingKinds)[number]

/** `month`: the source gives only a month (e.g. "June 2023"); the site then shows the month, never a day. */
export const datePrecisions = ['day', 'month'] as const
export type DatePrecision = (typeof datePrecisions)[number]

export const partnerNetworkKinds = ['network-membership', 'work-group', 'partnership'] as const
export type PartnerNetworkKind = (typeof partnerNetworkKinds)[number]

export const trainingAudiences = ['minors', 'adults', 'both'] as const
export type TrainingAudience = (typeof trainingAudiences)[number]

export const trainingFormats = [
  'initial',
  'continued',
  'long-term-support',
  'practice-analysis-group',
] as const
export type TrainingFormat = (typeof trainingFormats)[number]

export const userRoles = ['admin', 'editor'] as const
export type UserRole = (typeof userRoles)[number]

export const formTypes = ['quote-request', 'membership-request', 'appointment-request'] as const
export type FormType = (typeof formTypes)[number]

/**
 * The blocks editors can stack on a page (the pages collection's `layout` field), by their `blockType`:
 * audience paths ("Vous êtes victime ou proche" → …), the urgent numbers (from the urgent-contacts global),
 * the latest hearings and publications, chosen trainings, a call to action, and rich text.
 */
export const pageBlockTypes = [
  'audience-paths',
  'urgent-numbers',
  'latest-advocacy',
  'featured-trainings',
  'call-to-action',
  'rich-text',
] as const
export type PageBlockType = (typeof pageBlockTypes)[number]

/**
 * Where a block's link may lead: a page of the site chosen by editors (`page`), or a place of the site the
 * site itself knows the address of in every locale: the appointment and membership request forms, the urgent
 * numbers (on the same page when it has an urgent-numbers block, else the footer's call-out), the trainings
 * catalogue (on the professionals page) and the advocacy timeline (on the advocacy page).
 */
export const siteDestinations = [
  'page',
  'appointment',
  'membership',
  'urgent-numbers',
  'trainings',
  'advocacy',
] as const
export type SiteDestination = (typeof siteDestinations)[number]

/** How much one block may hold, so that a page stays short on a phone (CMS `maxRows`/`max`, site schemas). */
export const pageBlockLimits = {
  /** Audience paths in one block. */
  paths: 4,
  /** Links under one audience path. */
  linksPerPath: 4,
  /** Hearings and publications a latest-advocacy block shows, at most (and by default 3). */
  advocacyItems: 6,
  /** Trainings a featured-trainings block shows, at most. */
  featuredTrainings: 6,
} as const
