import { formTypes, locales } from '@mist/schema'
import type { CollectionConfig } from 'payload'

import { isStaff } from '../access/isStaff.ts'
import { nobody, nobodyField } from '../access/nobody.ts'
import { exportSubmissionsCsvEndpoint } from '../endpoints/exportSubmissionsCsv.ts'
import { submissionStatusField } from '../fields/submissionStatus.ts'
import { logSubmissionDelete } from '../hooks/audit/logSubmissionDelete.ts'
import { logSubmissionRead } from '../hooks/audit/logSubmissionRead.ts'
import { logSubmissionStatusChange } from '../hooks/audit/logSubmissionStatusChange.ts'
import { trainingsSlug } from './Trainings.ts'

export const formSubmissionsSlug = 'form-submissions'

/**
 * Requests sent from the site's forms. Created only by the intake endpoint (`POST /api/forms/<type>`), which
 * validates with the shared schema; the plain REST create is refused to everyone. No IP address is stored.
 * Field lengths are those of the shared schema (packages/schema), never stricter.
 *
 * What the person sent is evidence of what they asked: staff change only its follow-up status (every other
 * field refuses updates, and a PATCH leaves it as it was), and delete it at the person's request. Opening,
 * exporting, deleting and status changes go to the access log (`audit-entries`); the retention job purges
 * requests older than SUBMISSION_RETENTION_MONTHS.
 */
export const FormSubmissions: CollectionConfig = {
  slug: formSubmissionsSlug,
  labels: {
    singular: { fr: 'Demande reçue', en: 'Request received' },
    plural: { fr: 'Demandes reçues', en: 'Requests received' },
  },
  admin: {
    defaultColumns: ['createdAt', 'status', 'formType', 'locale'],
    useAsTitle: 'formType',
    // The list's search box: find the requests of one person, e.g. to delete them at their request.
    listSearchableFields: ['quoteRequest.name', 'quoteRequest.email', 'quoteRequest.organisation'],
    description: {
      fr: 'Filtrez par formulaire, date de réception ou suivi avec « Filtres » ; le bouton d’export télécharge la liste filtrée. Les demandes sont supprimées automatiquement après la durée de conservation.',
      en: 'Filter by form, date received or status with “Filters”; the export button downloads the filtered list. Requests are deleted automatically after the retention period.',
    },
    components: {
      beforeListTable: ['/components/ExportSubmissionsButton.tsx#ExportSubmissionsButton'],
    },
  },
  defaultSort: '-createdAt',
  access: { read: isStaff, create: nobody, update: isStaff, delete: isStaff },
  hooks: {
    afterOperation: [logSubmissionRead],
    afterChange: [logSubmissionStatusChange],
    afterDelete: [logSubmissionDelete],
  },
  endpoints: [exportSubmissionsCsvEndpoint],
  fields: [
    submissionStatusField,
    {
      // Declared here (Payload adds a hidden one otherwise) so that the list can filter on it and an update
      // cannot move a request's date, which the retention purge relies on.
      name: 'createdAt',
      type: 'date',
      index: true,
      label: { fr: 'Reçue le', en: 'Received on' },
      access: { update: nobodyField },
      admin: {
        readOnly: true,
        position: 'sidebar',
        date: { pickerAppearance: 'dayAndTime' },
      },
    },
    {
      name: 'formType',
      type: 'select',
      required: true,
      label: { fr: 'Formulaire', en: 'Form' },
      options: formTypes.map((value) => ({
        value,
        label: { fr: 'Demande de devis de formation', en: 'Training quote request' },
      })),
      access: { update: nobodyField },
      admin: { readOnly: true },
    },
    {
      name: 'locale',
      type: 'select',
      required: true,
      label: { fr: 'Langue du formulaire', en: 'Form language' },
      options: locales.map((value) => ({ value, label: value.toUpperCase() })),
      access: { update: nobodyField },
      admin: { readOnly: true },
    },
    {
      name: 'quoteRequest',
      type: 'group',
      interfaceName: 'QuoteRequestSubmission',
      label: { fr: 'Demande de devis', en: 'Quote request' },
      access: { update: nobodyField },
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
