import type { FormType } from '@mist/schema'

/** What each form is called in the admin, the CSV export and the staff notification. */
export const formTypeLabels: Record<FormType, { fr: string; en: string }> = {
  'quote-request': { fr: 'Demande de devis de formation', en: 'Training quote request' },
  'membership-request': { fr: 'Demande d’adhésion', en: 'Membership request' },
  'appointment-request': { fr: 'Demande de rendez-vous', en: 'Appointment request' },
}

/** The group holding what the person sent, per form (one group per form type, read-only). */
export const submissionGroups = {
  'quote-request': 'quoteRequest',
  'membership-request': 'membershipRequest',
  'appointment-request': 'appointmentRequest',
} as const satisfies Record<FormType, string>
