import { redirectFromPattern } from '@mist/schema'
import type { CollectionConfig, Field, Validate } from 'payload'

import { anyone } from '../../access/anyone.ts'
import { isStaff } from '../../access/isStaff.ts'
import { normalizeFrom } from './hooks/normalizeFrom.ts'
import {
  requestSiteBuildOnRedirectChange,
  requestSiteBuildOnRedirectDelete,
} from './hooks/requestSiteBuildOnRedirectChange.ts'
import { say } from '../../utilities/say.ts'

export const redirectsSlug = 'redirects'

const validateFrom: Validate<string> = (value, { req }) => {
  if (typeof value !== 'string' || value === '') return true // `required` reports it
  return redirectFromPattern.test(value)
    ? true
    : say(
        req,
        'Ancienne adresse : un chemin de ce site qui commence par /fr/ ou /en/, en lettres minuscules, chiffres et tirets (par exemple /fr/auditions/ancienne-adresse/).',
        'Old address: a path of this site starting with /fr/ or /en/, in lowercase letters, digits and dashes (for example /en/hearings/old-address/).',
      )
}

const validateUrl: Validate<string> = (value, { req }) => {
  if (typeof value !== 'string' || value === '') return true
  if (/^\/(?:fr|en)\/\S*$/.test(value)) return true
  try {
    if (/^https?:$/.test(new URL(value).protocol)) return true
  } catch {
    // not an absolute URL: reported below
  }
  return say(
    req,
    'Adresse de destination : un chemin de ce site (/fr/… ou /en/…) ou une adresse complète commençant par https://.',
    'Destination: a path of this site (/fr/… or /en/…) or a full address starting with https://.',
  )
}

const fieldSettings: Record<string, Partial<Field>> = {
  from: {
    label: { fr: 'Ancienne adresse', en: 'Old address' },
    validate: validateFrom,
    hooks: { beforeValidate: [normalizeFrom] },
    admin: {
      description: {
        fr: 'Le chemin qui ne doit plus mener nulle part, par exemple /fr/auditions/ancienne-adresse/.',
        en: 'The path that no longer leads anywhere, for example /en/hearings/old-address/.',
      },
    },
  },
  type: {
    label: { fr: 'Destination', en: 'Destination' },
  },
  reference: {
    label: { fr: 'Contenu vers lequel rediriger', en: 'Content to redirect to' },
    admin: {
      description: {
        fr: 'Le site envoie vers son adresse actuelle, dans la langue de l’ancienne adresse.',
        en: 'The site sends readers to its current address, in the language of the old address.',
      },
    },
  },
  url: {
    label: { fr: 'Adresse de destination', en: 'Destination address' },
    validate: validateUrl,
  },
}

const optionLabels: Record<string, { fr: string; en: string }> = {
  reference: { fr: 'Un contenu du site', en: 'Content of the site' },
  custom: { fr: 'Une adresse', en: 'An address' },
}

/** French and English labels, descriptions and validation on the plugin's fields (recursing into `to`). */
function localizeFields(fields: Field[]): Field[] {
  return fields.map((field) => {
    if (!('name' in field)) return field
    const settings = fieldSettings[field.name] ?? {}
    const merged = {
      ...field,
      ...settings,
      admin: { ...field.admin, ...settings.admin },
    } as Field
    if (merged.type === 'group') return { ...merged, fields: localizeFields(merged.fields) }
    if (merged.type === 'radio') {
      return {
        ...merged,
        options: merged.options.map((option) =>
          typeof option === 'string'
            ? option
            : { ...option, label: optionLabels[option.value] ?? option.label },
        ),
      }
    }
    return merged
  })
}

/**
 * What Mist adds to the redirects plugin's collection. Read by anyone: the site build reads it without
 * credentials, and it holds only addresses the public site already showed. Written by staff only.
 */
export const redirectsOverrides = {
  slug: redirectsSlug,
  labels: {
    singular: { fr: 'Redirection', en: 'Redirect' },
    plural: { fr: 'Redirections', en: 'Redirects' },
  },
  admin: {
    useAsTitle: 'from',
    defaultColumns: ['from', 'to.type', 'updatedAt'],
    description: {
      fr: 'Les anciennes adresses et la page où elles mènent. Quand vous changez l’adresse d’un contenu publié, la redirection est créée toute seule.',
      en: 'Old addresses and the page they lead to. When you change the address of published content, the redirect is created for you.',
    },
  },
  access: { read: anyone, create: isStaff, update: isStaff, delete: isStaff },
  hooks: {
    afterChange: [requestSiteBuildOnRedirectChange],
    afterDelete: [requestSiteBuildOnRedirectDelete],
  },
  fields: ({ defaultFields }: { defaultFields: Field[] }) => localizeFields(defaultFields),
} satisfies Partial<Omit<CollectionConfig, 'fields'>> & {
  fields: (args: { defaultFields: Field[] }) => Field[]
}
