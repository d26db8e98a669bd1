import { institutions, type Institution } from '@mist/schema'
import type { SelectField } from 'payload'

const institutionLabels: Record<Institution, { fr: string; en: string }> = {
  greta: {
    fr: 'GRETA (Conseil de l’Europe)',
    en: 'GRETA (Council of Europe)',
  },
  cncdh: {
    fr: 'Commission nationale consultative des droits de l’homme (CNCDH)',
    en: 'National Consultative Commission on Human Rights (CNCDH)',
  },
  miprof: { fr: 'Miprof', en: 'MIPROF' },
  'un-special-rapporteur': {
    fr: 'Rapporteur spécial des Nations unies',
    en: 'United Nations Special Rapporteur',
  },
  government: { fr: 'Gouvernement', en: 'Government' },
}

/** The institution a hearing or publication is addressed to or comes from. */
export function institutionField(overrides: Partial<SelectField> = {}): SelectField {
  return {
    name: 'institution',
    type: 'select',
    label: { fr: 'Institution', en: 'Institution' },
    admin: {
      description: {
        fr: 'L’institution qui a entendu Mist, ou à qui le texte s’adresse. Sert de filtre sur la page Plaidoyer.',
        en: 'The institution that heard Mist, or that the text is addressed to. Used as a filter on the Advocacy page.',
      },
    },
    options: institutions.map((value) => ({ value, label: institutionLabels[value] })),
    ...overrides,
  } as SelectField
}
