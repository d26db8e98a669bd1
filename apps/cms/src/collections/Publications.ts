import { publicationKinds, publicationOrigins, type PublicationKind } from '@mist/schema'
import type { CollectionConfig } from 'payload'

import { editorialCollection } from './editorial.ts'

import { datedItemFields } from '../fields/datedItem.ts'
import { externalUrlField } from '../fields/externalUrl.ts'
import { institutionField } from '../fields/institution.ts'
import { pdfFileField } from '../fields/pdfFile.ts'
import { validatePublishedText } from '../fields/publishChecks/validatePublishedText.ts'
import { slugField } from '../fields/slug.ts'
import { timelineSummaryField } from '../fields/summary.ts'
import { titleField } from '../fields/title.ts'
import { translationsField } from '../fields/translations.ts'
import { previewUrlFor } from '../utilities/previewUrl.ts'

export const publicationsSlug = 'publications'

const kindLabels: Record<PublicationKind, { fr: string; en: string }> = {
  contribution: { fr: 'Contribution écrite', en: 'Written contribution' },
  report: { fr: 'Rapport', en: 'Report' },
  recommendation: { fr: 'Recommandation', en: 'Recommendation' },
  podcast: { fr: 'Podcast', en: 'Podcast' },
  'official-text': { fr: 'Texte officiel', en: 'Official text' },
}

/** Mist's contributions, reports and podcasts, and the third-party texts its advocacy relies on. */
export const Publications: CollectionConfig = {
  slug: publicationsSlug,
  labels: {
    singular: { fr: 'Publication', en: 'Publication' },
    plural: { fr: 'Publications', en: 'Publications' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'date', 'missingTranslations', '_status'],
    preview: previewUrlFor(publicationsSlug),
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
      label: { fr: 'Type', en: 'Kind' },
      options: publicationKinds.map((value) => ({ value, label: kindLabels[value] })),
    },
    {
      name: 'origin',
      type: 'select',
      required: true,
      defaultValue: 'mist',
      label: { fr: 'Origine', en: 'Origin' },
      admin: {
        description: {
          fr: '« Texte d’un tiers » : un texte qui n’est pas de Mist (rapport d’une institution, par exemple) ; le site l’indique.',
          en: '“Third-party text”: a text not written by Mist (an institution’s report, for example); the site says so.',
        },
      },
      options: publicationOrigins.map((value) => ({
        value,
        label:
          value === 'mist'
            ? { fr: 'Mist', en: 'Mist' }
            : { fr: 'Texte d’un tiers', en: 'Third-party text' },
      })),
    },
    institutionField(),
    ...datedItemFields,
    timelineSummaryField(),
    {
      name: 'body',
      type: 'richText',
      localized: true,
      validate: validatePublishedText,
      label: { fr: 'Texte', en: 'Body' },
    },
    externalUrlField(),
    pdfFileField(),
  ],
}
