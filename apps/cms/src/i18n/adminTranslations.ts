/**
 * Payload's French admin calls a language "paramètre régional", "lieu" or "locale": words that confuse editors
 * who are not technical. These replace them with "langue" wherever the admin speaks of a content language, and
 * the dashboard's "Globals(es)" with "Réglages".
 * Shape: Payload's `i18n.translations` (namespace → key → text).
 */
export const frenchOverrides: Record<string, Record<string, string>> = {
  error: {
    localesNotSaved_one: 'La langue suivante n’a pas pu être enregistrée :',
    localesNotSaved_other: 'Les langues suivantes n’ont pas pu être enregistrées :',
  },
  general: {
    allLocales: 'Toutes les langues',
    // "Globals(es)" in Payload's French: the dashboard heading above site settings, menus, urgent numbers.
    globals: 'Réglages',
    fallbackToDefaultLocale: 'Revenir à la langue par défaut',
    locale: 'Langue',
    locales: 'Langues',
  },
  localization: {
    cannotCopySameLocale: 'Choisissez une autre langue que celle du texte copié',
    copyToLocale: 'Copier vers une autre langue',
    localeToPublish: 'Langue à publier',
    selectLocaleToCopy: 'Choisissez la langue vers laquelle copier',
    selectLocaleToDuplicate: 'Choisissez les langues à dupliquer',
  },
  version: {
    publishAllLocales: 'Publier toutes les langues',
    selectLocales: 'Choisissez les langues à afficher',
    showLocales: 'Afficher les langues :',
  },
}
