import { pagePurposes, type PagePurpose } from '@mist/schema'
import type { CollectionConfig } from 'payload'

import { editorialCollection } from './editorial.ts'

import { pageBlocks } from '../blocks/index.ts'
import { validatePublishedText } from '../fields/publishChecks/validatePublishedText.ts'
import { slugField } from '../fields/slug.ts'
import { titleField } from '../fields/title.ts'
import { translationsField } from '../fields/translations.ts'
import { previewUrlFor } from '../utilities/previewUrl.ts'

export const pagesSlug = 'pages'

const purposeLabels: Record<PagePurpose, { fr: string; en: string }> = {
  home: { fr: 'Accueil', en: 'Home' },
  victims: { fr: 'Victimes : information et orientation', en: 'Victims: information and guidance' },
  professionals: { fr: 'Professionnels : formation', en: 'Professionals: training' },
  'peer-education': { fr: 'Pair-aidance et mobilisation', en: 'Peer education and mobilisation' },
  advocacy: { fr: 'Plaidoyer', en: 'Advocacy' },
  networks: { fr: 'Réseaux', en: 'Networks' },
  'membership-contact': { fr: 'Adhésion et contact', en: 'Membership and contact' },
}

/** Editorial pages of the site (home, victims, professionals, …), one per purpose plus free pages. */
export const Pages: CollectionConfig = {
  slug: pagesSlug,
  labels: { singular: { fr: 'Page', en: 'Page' }, plural: { fr: 'Pages', en: 'Pages' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'purpose', 'missingTranslations', '_status', 'updatedAt'],
    preview: previewUrlFor(pagesSlug),
  },
  ...editorialCollection,
  fields: [
    titleField(),
    slugField(),
    translationsField(),
    {
      name: 'purpose',
      type: 'select',
      unique: true,
      label: { fr: 'Rôle dans le site', en: 'Role in the site' },
      admin: {
        position: 'sidebar',
        description: {
          fr: 'La page d’accueil ou d’une rubrique ; le site ajoute les listes de la rubrique sous le texte.',
          en: 'The home page or a section page; the site adds that section’s listings below the text.',
        },
      },
      options: pagePurposes.map((value) => ({ value, label: purposeLabels[value] })),
    },
    {
      name: 'summary',
      type: 'textarea',
      localized: true,
      label: { fr: 'Chapeau', en: 'Summary' },
      admin: {
        description: {
          fr: 'Deux ou trois phrases sous le titre, qui disent l’essentiel.',
          en: 'Two or three sentences under the title that say what matters most.',
        },
      },
    },
    {
      name: 'layout',
      type: 'blocks',
      // The whole list is per language, not each text in it: docs/decisions/026-page-blocks.md.
      localized: true,
      label: { fr: 'Sections de la page', en: 'Page sections' },
      labels: {
        singular: { fr: 'Section', en: 'Section' },
        plural: { fr: 'Sections', en: 'Sections' },
      },
      blocks: pageBlocks,
      admin: {
        initCollapsed: true,
        description: {
          fr: 'Facultatif. Des sections prêtes à l’emploi (parcours par public, numéros d’urgence, formations, plaidoyer, bouton, texte), montrées sous le titre et avant le texte, dans cet ordre. Chaque langue a les siennes : une fois la page composée en français, « Copier vers une autre langue » (menu ⋮ en haut) les recopie en anglais, à traduire.',
          en: 'Optional. Ready-made sections (paths by audience, urgent numbers, trainings, advocacy, button, text), shown under the title and before the body, in this order. Each language has its own: once the page is built in French, “Copy to locale” (⋮ menu at the top) copies them into English, to translate.',
        },
      },
    },
    {
      name: 'body',
      type: 'richText',
      localized: true,
      validate: validatePublishedText,
      label: { fr: 'Texte', en: 'Body' },
      admin: {
        description: {
          fr: 'Intertitres, listes, citations et liens. Écrivez simplement : des victimes lisent ce site, parfois sur un petit téléphone.',
          en: 'Headings, lists, quotes and links. Write plainly: victims read this site, sometimes on a small phone.',
        },
      },
    },
  ],
}
