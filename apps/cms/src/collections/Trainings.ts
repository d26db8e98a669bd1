import {
  trainingAudiences,
  trainingFormats,
  type TrainingAudience,
  type TrainingFormat,
} from '@mist/schema'
import type { CollectionConfig } from 'payload'

import { editorialCollection } from './editorial.ts'

import { slugField } from '../fields/slug.ts'
import { titleField } from '../fields/title.ts'
import { translationsField } from '../fields/translations.ts'
import { previewUrlFor } from '../utilities/previewUrl.ts'

export const trainingsSlug = 'trainings'

const audienceLabels: Record<TrainingAudience, { fr: string; en: string }> = {
  minors: { fr: 'Mineurs', en: 'Minors' },
  adults: { fr: 'Majeurs', en: 'Adults' },
  both: { fr: 'Mineurs et majeurs', en: 'Minors and adults' },
}

const formatLabels: Record<TrainingFormat, { fr: string; en: string }> = {
  initial: { fr: 'Formation initiale', en: 'Initial training' },
  continued: { fr: 'Formation continue', en: 'Continued training' },
  'long-term-support': { fr: 'Accompagnement dans la durée', en: 'Long-term support' },
  'practice-analysis-group': {
    fr: 'Groupe d’analyse des pratiques (type Balint)',
    en: 'Practice-analysis group (Balint-type)',
  },
}

/** Training and support offers for professionals; each has a quote request on the site. */
export const Trainings: CollectionConfig = {
  slug: trainingsSlug,
  labels: {
    singular: { fr: 'Formation', en: 'Training' },
    plural: { fr: 'Formations', en: 'Trainings' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'format', 'audience', 'missingTranslations', '_status'],
    preview: previewUrlFor(trainingsSlug),
  },
  ...editorialCollection,
  fields: [
    titleField(),
    slugField(),
    translationsField(),
    {
      name: 'audience',
      type: 'select',
      required: true,
      label: { fr: 'Public accompagné', en: 'People supported' },
      admin: {
        description: {
          fr: 'Les personnes que les professionnels formés accompagnent. Sert de filtre dans le catalogue des formations.',
          en: 'The people the trained professionals support. Used as a filter in the trainings catalogue.',
        },
      },
      options: trainingAudiences.map((value) => ({ value, label: audienceLabels[value] })),
    },
    {
      name: 'format',
      type: 'select',
      required: true,
      label: { fr: 'Format', en: 'Format' },
      options: trainingFormats.map((value) => ({ value, label: formatLabels[value] })),
    },
    {
      name: 'description',
      type: 'textarea',
      localized: true,
      label: { fr: 'Description', en: 'Description' },
      admin: {
        description: {
          fr: 'Ce que la formation apporte et à qui elle s’adresse, en quelques phrases.',
          en: 'What the training brings and who it is for, in a few sentences.',
        },
      },
    },
    {
      name: 'duration',
      type: 'text',
      localized: true,
      label: { fr: 'Durée', en: 'Duration' },
      admin: {
        description: {
          fr: 'Par exemple « 2 jours ». Laissez vide si elle dépend de la demande.',
          en: 'For example “2 days”. Leave empty if it depends on the request.',
        },
      },
    },
    {
      name: 'onRequest',
      type: 'checkbox',
      defaultValue: false,
      label: { fr: 'Sur demande', en: 'On request' },
      admin: {
        description: {
          fr: 'Cochez si la formation est organisée à la demande d’une structure (devis) plutôt qu’à date fixe.',
          en: 'Tick if the training is organised at an organisation’s request (quote) rather than on fixed dates.',
        },
      },
    },
  ],
}
