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
    admin: {
      date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' },
      description: {
        fr: 'Si vous ne connaissez que le mois, choisissez le 1er du mois et « Mois seulement » ci-dessous.',
        en: 'If you only know the month, pick the 1st of the month and “Month only” below.',
      },
    },
  },
  {
    name: 'datePrecision',
    type: 'select',
    required: true,
    defaultValue: 'day',
    label: { fr: 'Précision de la date', en: 'Date precision' },
    admin: {
      description: {
        fr: '« Mois seulement » : le site affiche « juin 2023 » au lieu d’une date complète.',
        en: '“Month only”: the site shows “June 2023” instead of a full date.',
      },
    },
    options: datePrecisions.map((value) => ({
      value,
      label:
        value === 'day' ? { fr: 'Jour', en: 'Day' } : { fr: 'Mois seulement', en: 'Month only' },
    })),
  },
]
