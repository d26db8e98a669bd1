import type { Field } from 'payload'

/** Where a request received stands in the team's follow-up. */
export const submissionStatuses = ['new', 'handled', 'archived'] as const
export type SubmissionStatus = (typeof submissionStatuses)[number]

/** The status names editors see, in the admin and in the CSV export. */
export const submissionStatusLabels: Record<SubmissionStatus, Record<'fr' | 'en', string>> = {
  new: { fr: 'Nouvelle', en: 'New' },
  handled: { fr: 'Traitée', en: 'Handled' },
  archived: { fr: 'Archivée', en: 'Archived' },
}

/** The one field of a request received that staff may change: its follow-up status. */
export const submissionStatusField: Field = {
  name: 'status',
  type: 'select',
  // Not `required`: the intake and the seed need not name it, the default applies.
  defaultValue: 'new',
  index: true,
  label: { fr: 'Suivi', en: 'Status' },
  options: submissionStatuses.map((value) => ({ value, label: submissionStatusLabels[value] })),
  admin: {
    position: 'sidebar',
    description: {
      fr: 'Marquez la demande « Traitée » une fois la réponse envoyée.',
      en: 'Mark the request “Handled” once it has been answered.',
    },
  },
}
