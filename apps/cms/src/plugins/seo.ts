import { documentPath, hasLocaleVersion, isLocale, isRoutedCollection } from '@mist/schema'
import { seoPlugin } from '@payloadcms/plugin-seo'
import type { GenerateDescription, GenerateTitle, GenerateURL } from '@payloadcms/plugin-seo/types'
import type { CollectionConfig, Field, Plugin } from 'payload'

import { hearingsSlug } from '../collections/Hearings.ts'
import { pagesSlug } from '../collections/Pages.ts'
import { publicationsSlug } from '../collections/Publications.ts'
import { trainingsSlug } from '../collections/Trainings.ts'
import { siteOrigin } from '../env.ts'
import { metaDescriptionFrom, metaTitleFrom } from '../utilities/metaText.ts'

/**
 * Collections with a page of their own on the site. Partner networks have none (they are listed on the
 * networks page), so search-engine fields there would do nothing: they are left out.
 */
export const seoCollections = [pagesSlug, publicationsSlug, hearingsSlug, trainingsSlug]

/** The form's values as the plugin posts them: one locale's fields, unknown shapes. */
type FormDoc = Record<string, unknown> | undefined

const generateTitle: GenerateTitle<FormDoc> = ({ doc }) => metaTitleFrom(doc?.title)

// Trainings have a description where the other collections have a summary.
const generateDescription: GenerateDescription<FormDoc> = ({ doc }) =>
  metaDescriptionFrom(doc?.summary, doc?.description)

/** The address shown in the plugin's search-result preview; empty until the document has one. */
const generateURL: GenerateURL<FormDoc> = ({ collectionConfig, doc, locale }) => {
  const slug = collectionConfig?.slug
  if (!doc || !isRoutedCollection(slug) || !isLocale(locale)) return ''
  const routed = { title: doc.title as string | null, slug: doc.slug as string | null }
  if (!hasLocaleVersion(routed)) return ''
  return `${siteOrigin}${documentPath(slug, locale, { ...routed, purpose: doc.purpose as string | null })}`
}

const labels: Record<string, { fr: string; en: string }> = {
  title: { fr: 'Titre pour les moteurs de recherche', en: 'Title for search engines' },
  description: {
    fr: 'Description pour les moteurs de recherche',
    en: 'Description for search engines',
  },
  overview: { fr: 'Aperçu', en: 'Overview' },
  preview: { fr: 'Aperçu du résultat de recherche', en: 'Search result preview' },
}

const descriptions: Record<string, { fr: string; en: string }> = {
  title: {
    fr: 'Facultatif. Laissez vide : le titre de la page est utilisé.',
    en: 'Optional. Leave empty: the page title is used.',
  },
  description: {
    fr: 'Facultatif. Laissez vide : le résumé est utilisé. Une ou deux phrases.',
    en: 'Optional. Leave empty: the summary is used. One or two sentences.',
  },
}

/** French and English labels on the plugin's fields (it ships English labels only, or none). */
function relabel(defaultFields: Field[]): Field[] {
  return defaultFields.map((field) => {
    if (!('name' in field)) return field
    const label = labels[field.name]
    const description = descriptions[field.name]
    return {
      ...field,
      ...(label ? { label } : {}),
      ...(description ? { admin: { ...field.admin, description } } : {}),
    } as Field
  })
}

/** The plugin names its group "SEO"; editors read the group's purpose instead. */
function relabelGroup(collection: CollectionConfig): CollectionConfig {
  return {
    ...collection,
    fields: collection.fields.map((field) =>
      field.type === 'group' && 'name' in field && field.name === 'meta'
        ? {
            ...field,
            label: { fr: 'Moteurs de recherche et partages', en: 'Search engines and sharing' },
            admin: {
              ...field.admin,
              description: {
                fr: 'Ce que montrent Google et les aperçus de liens. Tout est facultatif ; chaque langue a ses textes.',
                en: 'What search engines and link previews show. All optional; each language has its own texts.',
              },
            },
          }
        : field,
    ),
  }
}

/**
 * Search-engine title and description per locale (`meta` group of @payloadcms/plugin-seo) on the collections
 * with pages, with "auto-generate" from the title and the summary. No image: media are private to staff for
 * now, so a shared image could not be shown.
 */
export function seo(): Plugin {
  const upstream = seoPlugin({
    collections: seoCollections,
    interfaceName: 'Meta',
    fields: ({ defaultFields }) => relabel(defaultFields),
    generateTitle,
    generateDescription,
    generateURL,
  })
  return (config) => {
    const withSeo = upstream(config)
    return {
      ...withSeo,
      collections: withSeo.collections?.map((collection) =>
        seoCollections.includes(collection.slug) ? relabelGroup(collection) : collection,
      ),
    }
  }
}
