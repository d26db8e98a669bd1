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
