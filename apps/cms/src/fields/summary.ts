import type { TextareaField } from 'payload'

/** The localized summary of a hearing or publication, the text the advocacy timeline shows under its title. */
export function timelineSummaryField(): TextareaField {
  return {
    name: 'summary',
    type: 'textarea',
    localized: true,
    label: { fr: 'Résumé', en: 'Summary' },
    admin: {
      description: {
        fr: 'Deux ou trois phrases : ce qui a été dit ou demandé, et pourquoi cela compte. Affiché dans la frise Plaidoyer.',
        en: 'Two or three sentences: what was said or asked, and why it matters. Shown in the Advocacy timeline.',
      },
    },
  }
}
