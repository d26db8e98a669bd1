import { datePrecisions } from '@mist/schema'
import type { Field } from 'payload'

/**
 * A date and how precise it is. Sources often give only a month ("June 2023"): the date is then stored as
 * the first of that month and the site shows the month only.
 */
export const datedItemFields: Field[] = [
  {
    name: 'date',
    type: 'date',
    required: true,
    label: { fr: 'Date', en: 'Date' },
    admin: { date: { pickerAppearance: 'dayOnly' } },
  },
  {
    name: 'datePrecision',
    type: 'select',
    required: true,
    defaultValue: 'day',
    label: { fr: 'Précision de la date', en: 'Date precision' },
    options: datePrecisions.map((value) => ({
      value,
      label:
        value === 'day' ? { fr: 'Jour', en: 'Day' } : { fr: 'Mois seulement', en: 'Month only' },
    })),
  },
]
