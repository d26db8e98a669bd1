import { contactChannels, formTypes, locales, type FormType } from '@mist/schema'
import type { CollectionConfig, Field } from 'payload'

import { isStaff } from '../access/isStaff.ts'
import { nobody, nobodyField } from '../access/nobody.ts'
import { exportSubmissionsCsvEndpoint } from '../endpoints/exportSubmissionsCsv.ts'
import { formTypeLabels, submissionGroups } from '../fields/submissionGroups.ts'
import { submissionStatusField } from '../fields/submissionStatus.ts'
import { logSubmissionDelete } from '../hooks/audit/logSubmissionDelete.ts'
import { logSubmissionRead } from '../hooks/audit/logSubmissionRead.ts'
import { logSubmissionStatusChange } from '../hooks/audit/logSubmissionStatusChange.ts'
import { trainingsSlug } from './Trainings.ts'

export const formSubmissionsSlug = 'form-submissions'

/** A read-only group of what the person sent with one form, shown for that form only. */
function submissionGroup(formType: FormType, interfaceName: string, fields: Field[]): Field {
  return {
    name: submissionGroups[formType],
    type: 'group',
    interfaceName,
    label: formTypeLabels[formType],
    access: { update: nobodyField },
    admin: { condition: (data) => data.formType === formType, readOnly: true },
    fields,
  }
}

const consentField: Field = {
  name: 'consent',
  type: 'checkbox',
  label: { fr: 'Consentement', en: 'Consent' },
}

/**
 * Requests sent from the site's forms. Created only by the intake endpoint (`POST /api/forms/<type>`), which
 * validates with the shared schema, stores in SQL and tells staff (endpoints/intake/storeSubmission.ts,
 * notifyStaff.ts); the plain REST create is refused to everyone. No IP address is stored.
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
    listSearchableFields: [
      'quoteRequest.name',
      'quoteRequest.email',
      'quoteRequest.organisation',
      'membershipRequest.name',
      'membershipRequest.email',
      'membershipRequest.organisation',
      'appointmentRequest.name',
      'appointmentRequest.email',
      'appointmentRequest.phone',
    ],
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
      options: formTypes.map((value) => ({ value, label: formTypeLabels[value] })),
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
    submissionGroup('quote-request', 'QuoteRequestSubmission', [
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
      { name: 'trainingOther', type: 'text', label: { fr: 'Autre demande', en: 'Other request' } },
      { name: 'participants', type: 'number', label: { fr: 'Participants', en: 'Participants' } },
      { name: 'message', type: 'textarea', label: { fr: 'Message', en: 'Message' } },
      consentField,
    ]),
    submissionGroup('membership-request', 'MembershipRequestSubmission', [
      { name: 'name', type: 'text', label: { fr: 'Nom', en: 'Name' } },
      { name: 'email', type: 'text', label: { fr: 'Courriel', en: 'Email' } },
      { name: 'phone', type: 'text', label: { fr: 'Téléphone', en: 'Phone' } },
      { name: 'organisation', type: 'text', label: { fr: 'Structure', en: 'Organisation' } },
      { name: 'message', type: 'textarea', label: { fr: 'Message', en: 'Message' } },
      consentField,
    ]),
    submissionGroup('appointment-request', 'AppointmentRequestSubmission', [
      {
        name: 'name',
        type: 'text',
        label: { fr: 'Prénom ou pseudonyme', en: 'First name or pseudonym' },
      },
      {
        name: 'contactBy',
        type: 'select',
        label: { fr: 'Être contacté·e par', en: 'To be reached by' },
        options: contactChannels.map((value) => ({
          value,
          label:
            value === 'phone' ? { fr: 'Téléphone', en: 'Phone' } : { fr: 'Courriel', en: 'Email' },
        })),
      },
      { name: 'phone', type: 'text', label: { fr: 'Téléphone', en: 'Phone' } },
      { name: 'email', type: 'text', label: { fr: 'Courriel', en: 'Email' } },
      {
        name: 'safeTimes',
        type: 'text',
        label: { fr: 'Quand appeler sans risque', en: 'When it is safe to call' },
      },
      { name: 'message', type: 'textarea', label: { fr: 'Message', en: 'Message' } },
      consentField,
    ]),
  ],
}
