import type { PagePurpose } from '@mist/schema'

import type { SeedPageBlock } from './types.ts'

/**
 * The blocks of Mist's home and victims pages. Every text is Mist's own (shared/content/mist-about.en.txt, the
 * French as in ./content.ts); the audience-path headings are the wording of the issue that asked for them.
 * No number is typed here: the urgent-numbers block shows the urgent-contacts global. Links name a page by its
 * purpose or a destination of the site, never an address.
 *
 * The first path of the home and the victims page's first block hold the appointment form and the urgent
 * numbers, so that both are one tap away within a phone's first screen (tests/e2e/home-blocks.e2e.spec.ts).
 */
export const seedLayouts: Partial<Record<PagePurpose, SeedPageBlock[]>> = {
  home: [
    {
      blockType: 'audience-paths',
      paths: [
        {
          heading: { fr: 'Vous êtes victime ou proche', en: 'You are a victim or close to one' },
          text: {
            fr: 'Mist informe, oriente et accompagne les victimes de traite dans l’accès à leurs droits.',
            en: 'Mist informs, guides and supports victims of trafficking in accessing their rights.',
          },
          links: [
            { destination: 'appointment' },
            { destination: 'urgent-numbers' },
            {
              destination: 'page',
              page: 'victims',
              label: { fr: 'Information et orientation', en: 'Information and guidance' },
            },
          ],
        },
        {
          heading: { fr: 'Vous êtes professionnel·le', en: 'You are a professional' },
          text: {
            fr:
              'Mist forme et accompagne les professionnels qui interviennent en France auprès de ' +
              'victimes de traite des êtres humains, mineures comme majeures.',
            en:
              'Mist provides training and support for professionals working in France with ' +
              'victims of human trafficking, both minors and adults.',
          },
          links: [
            {
              destination: 'trainings',
              label: {
                fr: 'Formations et demandes de devis',
                en: 'Trainings and quote requests',
              },
            },
            { destination: 'page', page: 'membership-contact' },
          ],
        },
        {
          heading: { fr: 'Vous souhaitez vous engager', en: 'You wish to take part' },
          text: {
            fr:
              'Mist accompagne les victimes de traite et de proxénétisme qui souhaitent prendre part ' +
              'à la lutte contre ces phénomènes, à titre bénévole ou salarié.',
            en:
              'Mist supports victims of trafficking and pimping who wish to take part in the fight ' +
              'against these phenomena, either on a voluntary or salaried basis.',
          },
          links: [{ destination: 'page', page: 'peer-education' }, { destination: 'membership' }],
        },
      ],
    },
    { blockType: 'urgent-numbers' },
    {
      blockType: 'featured-trainings',
      heading: { fr: 'Formations pour les professionnels', en: 'Training for professionals' },
      trainings: ['initial-training', 'continued-training', 'long-term-support'],
    },
    {
      blockType: 'latest-advocacy',
      heading: {
        fr: 'Recommandations aux pouvoirs publics',
        en: 'Recommendations for public authorities',
      },
      count: 3,
    },
  ],
  victims: [
    {
      blockType: 'call-to-action',
      heading: { fr: 'Prendre rendez-vous', en: 'Making an appointment' },
      link: { destination: 'appointment' },
    },
    { blockType: 'urgent-numbers' },
  ],
}
