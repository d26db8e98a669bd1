import { hearingKinds, type HearingKind } from '@mist/schema'
import type { CollectionConfig } from 'payload'

import { editorialCollection } from './editorial.ts'

import { datedItemFields } from '../fields/datedItem.ts'
import { institutionField } from '../fields/institution.ts'
import { slugField } from '../fields/slug.ts'
import { timelineSummaryField } from '../fields/summary.ts'
import { titleField } from '../fields/title.ts'
import { translationsField } from '../fields/translations.ts'
import { publicationsSlug } from './Publications.ts'
import { previewUrlFor } from '../utilities/previewUrl.ts'

export const hearingsSlug = 'hearings'

const kindLabels: Record<HearingKind, { fr: string; en: string }> = {
  hearing: { fr: 'Audition', en: 'Hearing' },
  'work-group': { fr: 'Groupe de travail', en: 'Work group' },
  consultation: { fr: 'Consultation', en: 'Consultation' },
}

/** Mist's hearings by institutions and its participation in work groups and consultations. */
export const Hearings: CollectionConfig = {
  slug: hearingsSlug,
  labels: {
    singular: { fr: 'Audition ou participation', en: 'Hearing or participation' },
    plural: { fr: 'Auditions et participations', en: 'Hearings and participations' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'institution', 'date', 'missingTranslations', '_status'],
    preview: previewUrlFor(hearingsSlug),
  },
  defaultSort: '-date',
  ...editorialCollection,
  fields: [
    titleField(),
    slugField(),
    translationsField(),
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'hearing',
      label: { fr: 'Type', en: 'Kind' },
      options: hearingKinds.map((value) => ({ value, label: kindLabels[value] })),
    },
    institutionField({ required: true }),
    ...datedItemFields,
    timelineSummaryField(),
    {
      name: 'relatedPublications',
      type: 'relationship',
      relationTo: publicationsSlug,
      hasMany: true,
      label: { fr: 'Publications liées', en: 'Related publications' },
    },
  ],
}
