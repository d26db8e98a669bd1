/**
 * Payload's French admin calls a language "paramètre régional", "lieu" or "locale": words that confuse editors
 * who are not technical. These replace them with "langue" wherever the admin speaks of a content language,
 * and mend a few French texts an editor meets on the way to publishing: "Globals(es)", "Créer un(e) nouveau ou
 * nouvelle", the copy button labelled "Copie", "Temps" for a date and time, and a scheduling title that showed
 * "{{titre}}" verbatim
 * (Payload's French text names its placeholder `titre` where the code passes `title`).
 * Shape: Payload's `i18n.translations` (namespace → key → text).
 */
export const frenchOverrides: Record<string, Record<string, string>> = {
  error: {
    localesNotSaved_one: 'La langue suivante n’a pas pu être enregistrée :',
    localesNotSaved_other: 'Les langues suivantes n’ont pas pu être enregistrées :',
  },
  general: {
    allLocales: 'Toutes les langues',
    copy: 'Copier',
    copying: 'Copie en cours…',
    createNew: 'Créer',
    createNewLabel: 'Créer : {{label}}',
    fallbackToDefaultLocale: 'Revenir à la langue par défaut',
    globals: 'Réglages',
    locale: 'Langue',
    locales: 'Langues',
    schedulePublishFor: 'Programmer la publication de « {{title}} »',
    time: 'Date et heure',
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
