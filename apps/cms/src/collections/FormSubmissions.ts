import { formTypes, locales } from '@mist/schema'
import type { CollectionConfig } from 'payload'

import { isAdmin } from '../access/isAdmin.ts'
import { isStaff } from '../access/isStaff.ts'
import { nobody } from '../access/nobody.ts'
import { trainingsSlug } from './Trainings.ts'

export const formSubmissionsSlug = 'form-submissions'

/**
 * Requests sent from the site's forms. Created only by the intake endpoint (`POST /api/forms/<type>`), which
 * validates with the shared schema; the plain REST create is refused to everyone. No IP address is stored.
 * Field lengths are those of the shared schema (packages/schema), never stricter.
 */
export const FormSubmissions: CollectionConfig = {
  slug: formSubmissionsSlug,
  labels: {
    singular: { fr: 'Demande reçue', en: 'Request received' },
    plural: { fr: 'Demandes reçues', en: 'Requests received' },
  },
  admin: { defaultColumns: ['formType', 'createdAt', 'locale'], useAsTitle: 'formType' },
  defaultSort: '-createdAt',
  // Submissions are evidence of what a person asked: nobody edits them through the API (a handled/archived
  // status for editors comes with the editors' issue).
  access: { read: isStaff, create: nobody, update: nobody, delete: isAdmin },
  fields: [
    {
      name: 'formType',
      type: 'select',
      required: true,
      label: { fr: 'Formulaire', en: 'Form' },
      options: formTypes.map((value) => ({
        value,
        label: { fr: 'Demande de devis de formation', en: 'Training quote request' },
      })),
      admin: { readOnly: true },
    },
    {
      name: 'locale',
      type: 'select',
      required: true,
      label: { fr: 'Langue du formulaire', en: 'Form language' },
      options: locales.map((value) => ({ value, label: value.toUpperCase() })),
      admin: { readOnly: true },
    },
    {
      name: 'quoteRequest',
      type: 'group',
      interfaceName: 'QuoteRequestSubmission',
      label: { fr: 'Demande de devis', en: 'Quote request' },
      admin: { condition: (data) => data.formType === 'quote-request', readOnly: true },
      fields: [
        { name: 'name', type: 'text', label: { fr: 'Nom', en: 'Name' } },
        { name: 'organisation', type: 'text', label: { fr: 'Structure', en: 'Organisation' } },
        { name: 'email', type: 'text', label: { fr: 'Courriel', en: 'Email' } },
        { name: 'phone', type: 'text', label: { fr: 'Téléphone', en: 'Phone' } },
        {
          name: 'training',
          type: 'relationship',
          relationTo: trainingsSlug,
          label: { fr: 'Formation demandée', en: 'Training requested' },
        },
        {
          name: 'trainingOther',
          type: 'text',
          label: { fr: 'Autre demande', en: 'Other request' },
        },
        { name: 'participants', type: 'number', label: { fr: 'Participants', en: 'Participants' } },
        { name: 'message', type: 'textarea', label: { fr: 'Message', en: 'Message' } },
        { name: 'consent', type: 'checkbox', label: { fr: 'Consentement', en: 'Consent' } },
      ],
    },
  ],
}
