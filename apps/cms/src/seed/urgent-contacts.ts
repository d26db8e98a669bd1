import type { SeedUrgentContact } from './types.ts'

/**
 * France's public emergency and helpline numbers, as the editors' issue asks (17, 112, 114, 119, 3919).
 * Names are the services' official ones; descriptions stay to what each service is for.
 */
export const seedUrgentContacts: SeedUrgentContact[] = [
  {
    number: '17',
    label: { fr: 'Police secours', en: 'Police emergency' },
    description: {
      fr: 'Danger immédiat, besoin de la police',
      en: 'Immediate danger, police needed',
    },
  },
  {
    number: '112',
    label: { fr: 'Numéro d’urgence européen', en: 'European emergency number' },
    description: {
      fr: 'Toute urgence, depuis tout téléphone, dans toute l’Union européenne',
      en: 'Any emergency, from any phone, anywhere in the European Union',
    },
  },
  {
    number: '114',
    label: { fr: 'Urgences par SMS', en: 'Emergencies by text message' },
    description: {
      fr: 'Pour les personnes sourdes ou malentendantes : SMS, fax ou visio',
      en: 'For deaf or hard-of-hearing people: text message, fax or video',
    },
  },
  {
    number: '119',
    label: { fr: 'Allô Enfance en danger', en: 'Allô Enfance en danger (children in danger)' },
    description: {
      fr: 'Enfants en danger ou en risque de l’être',
      en: 'Children in danger or at risk',
    },
  },
  {
    number: '3919',
    label: { fr: 'Violences Femmes Info', en: 'Violences Femmes Info (violence against women)' },
    description: {
      fr: 'Écoute et orientation des femmes victimes de violences',
      en: 'Listening and guidance for women victims of violence',
    },
  },
]
