import { partnerNetworkKinds, type PartnerNetworkKind } from '@mist/schema'
import type { CollectionConfig } from 'payload'

import { editorialCollection } from './editorial.ts'

import { externalUrlField } from '../fields/externalUrl.ts'
import { translationsField } from '../fields/translations.ts'
import { previewUrlFor } from '../utilities/previewUrl.ts'

export const partnerNetworksSlug = 'partner-networks'

const kindLabels: Record<PartnerNetworkKind, { fr: string; en: string }> = {
  'network-membership': { fr: 'Réseau dont Mist est membre', en: 'Network Mist belongs to' },
  'work-group': { fr: 'Groupe de travail', en: 'Work group' },
  partnership: { fr: 'Partenariat', en: 'Partnership' },
}

/** Networks Mist belongs to, work groups it sits in, and its partners. */
export const PartnerNetworks: CollectionConfig = {
  slug: partnerNetworksSlug,
  labels: {
    singular: { fr: 'Réseau ou groupe de travail', en: 'Network or work group' },
    plural: { fr: 'Réseaux et groupes de travail', en: 'Networks and work groups' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'missingTranslations', '_status'],
    preview: previewUrlFor(partnerNetworksSlug),
  },
  ...editorialCollection,
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      localized: true,
      label: { fr: 'Nom', en: 'Name' },
    },
    translationsField(),
    {
      name: 'kind',
      type: 'select',
      required: true,
      label: { fr: 'Type', en: 'Kind' },
      options: partnerNetworkKinds.map((value) => ({ value, label: kindLabels[value] })),
    },
    {
      name: 'description',
      type: 'textarea',
      localized: true,
      label: { fr: 'Description', en: 'Description' },
      admin: {
        description: {
          fr: 'Ce que fait ce réseau ou ce groupe, et le rôle qu’y tient Mist, en quelques phrases.',
          en: 'What this network or group does, and Mist’s part in it, in a few sentences.',
        },
      },
    },
    externalUrlField({
      name: 'url',
      label: { fr: 'Site web', en: 'Website' },
    }),
  ],
}
