import type { ArrayField, GlobalConfig, Validate } from 'payload'

import { anyone } from '../access/anyone.ts'
import { isStaff } from '../access/isStaff.ts'
import { validateHttpUrl } from '../fields/externalUrl.ts'
import { clearUrlOfPageLink } from '../hooks/clearUrlOfPageLink.ts'
import { requestSiteBuildOnGlobalChange } from '../hooks/requestSiteBuild.ts'
import { pagesSlug } from '../collections/Pages.ts'
import { say } from '../utilities/say.ts'

export const navigationSlug = 'navigation'

interface LinkData {
  page?: unknown
  url?: unknown
}

/** A link leads somewhere: a page, or an external address. */
const validateDestination: Validate<string> = (value, { req, siblingData }) => {
  const ok = validateHttpUrl(value)
  if (ok !== true) return ok
  if (!value && !(siblingData as LinkData).page) {
    return say(
      req,
      'Choisissez une page du site ou indiquez une adresse externe.',
      'Choose a page of the site or give an external address.',
    )
  }
  return true
}

/** An external link has no page title to fall back on. */
const validateLabel: Validate<string> = (value, { req, siblingData }) => {
  if (value?.trim() || (siblingData as LinkData).page) return true
  return say(
    req,
    'Texte du lien : obligatoire pour une adresse externe.',
    'Link text: required for an external address.',
  )
}

/** A localized menu: each language has its own list of links, to a page of the site or to another site. */
function menu(
  name: string,
  label: { fr: string; en: string },
  description: { fr: string; en: string },
): ArrayField {
  return {
    name,
    type: 'array',
    localized: true,
    label,
    labels: { singular: { fr: 'Lien', en: 'Link' }, plural: { fr: 'Liens', en: 'Links' } },
    admin: { description },
    fields: [
      {
        name: 'label',
        type: 'text',
        label: { fr: 'Texte du lien', en: 'Link text' },
        validate: validateLabel,
        admin: {
          description: {
            fr: 'Laissez vide pour reprendre le titre de la page choisie.',
            en: 'Leave empty to use the chosen page’s title.',
          },
        },
      },
      {
        name: 'page',
        type: 'relationship',
        relationTo: pagesSlug,
        label: { fr: 'Page du site', en: 'Page of the site' },
        admin: {
          description: {
            fr: 'Choisissez une page, ou remplissez plutôt l’adresse externe ci-dessous.',
            en: 'Choose a page, or fill the external address below instead.',
          },
        },
      },
      {
        name: 'url',
        type: 'text',
        label: { fr: 'Adresse externe', en: 'External address' },
        admin: {
          condition: (_data, siblingData) => !(siblingData as { page?: unknown }).page,
          description: {
            fr: 'Adresse complète commençant par https://, seulement si le lien ne mène pas à une page du site.',
            en: 'Full address starting with https://, only when the link does not lead to a page of the site.',
          },
        },
        validate: validateDestination,
        hooks: { beforeValidate: [clearUrlOfPageLink] },
      },
    ],
  }
}

/**
 * Header and footer menus per locale. While a locale's header menu is empty, the site lists its section pages
 * (home, victims, professionals …) in their usual order, so a fresh installation has a working menu.
 */
export const Navigation: GlobalConfig = {
  slug: navigationSlug,
  label: { fr: 'Menus', en: 'Menus' },
  access: { read: anyone, update: isStaff },
  hooks: { afterChange: [requestSiteBuildOnGlobalChange] },
  fields: [
    menu(
      'header',
      { fr: 'Menu du haut', en: 'Header menu' },
      {
        fr: 'Liens en haut de chaque page, dans cette langue. Vide : le site montre ses rubriques dans l’ordre habituel.',
        en: 'Links at the top of every page, in this language. Empty: the site shows its sections in the usual order.',
      },
    ),
    menu(
      'footer',
      { fr: 'Menu du bas', en: 'Footer menu' },
      {
        fr: 'Liens en bas de chaque page (mentions légales, confidentialité…), dans cette langue.',
        en: 'Links at the bottom of every page (legal notice, privacy…), in this language.',
      },
    ),
  ],
}
