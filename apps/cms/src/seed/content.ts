import { seedLayouts } from './layouts.ts'
import type { SeedContent } from './types.ts'

/**
 * Seed content for the Mist site. Every fact comes from Mist's own description
 * (shared/content/mist-about.en.txt); the French is a faithful translation of it.
 * No contact details, addresses or links are seeded: the source gives none. The home and victims pages'
 * blocks are in ./layouts.ts.
 */
export const seedContent: SeedContent = {
  pages: [
    {
      purpose: 'home',
      layout: seedLayouts.home,
      title: {
        en: 'Resource centre for victims of trafficking and professionals',
        fr: 'Centre de ressources : victimes de traite et professionnels',
      },
      slug: {
        en: 'resource-centre-for-victims-of-trafficking-and-professionals',
        fr: 'centre-de-ressources-victimes-de-traite-et-professionnels',
      },
      summary: {
        en:
          'Mist is a resource centre for victims of trafficking and the professionals who ' +
          'accompany, support them or interact with them.',
        fr:
          'Mist est un centre de ressources pour les victimes de traite et les professionnels ' +
          'qui les accompagnent, les soutiennent ou sont en contact avec elles.',
      },
      body: {
        en: [
          {
            kind: 'paragraph',
            text:
              'Mist is a resource centre for victims of trafficking and the professionals who ' +
              'accompany, support them or interact with them.',
          },
          {
            kind: 'paragraph',
            text:
              'Mist informs, guides and supports victims of trafficking in accessing their ' +
              'rights. Mist also supports volunteers, social workers and educational teams ' +
              'working with victims, by providing information, training and, when necessary, ' +
              'setting up co-accompaniment protocols.',
          },
          {
            kind: 'list',
            items: [
              'Information and guidance for victims',
              'Peer support',
              'Support and training for professionals',
            ],
          },
        ],
        fr: [
          {
            kind: 'paragraph',
            text:
              'Mist est un centre de ressources pour les victimes de traite et les ' +
              'professionnels qui les accompagnent, les soutiennent ou sont en contact avec ' +
              'elles.',
          },
          {
            kind: 'paragraph',
            text:
              'Mist informe, oriente et accompagne les victimes de traite dans l’accès à leurs ' +
              'droits. Mist soutient également les bénévoles, les travailleurs sociaux et les ' +
              'équipes éducatives qui interviennent auprès des victimes, en leur apportant ' +
              'information et formation et, si nécessaire, en mettant en place des protocoles de ' +
              'co-accompagnement.',
          },
          {
            kind: 'list',
            items: [
              'Information et orientation des victimes',
              'Soutien par les pairs',
              'Accompagnement et formation des professionnels',
            ],
          },
        ],
      },
      seoDescription: {
        en:
          'Mist, resource centre for victims of trafficking: information, guidance and peer ' +
          'support for victims, support and training for professionals.',
        fr:
          'Mist, centre de ressources pour les victimes de traite : information, orientation et ' +
          'soutien par les pairs, accompagnement et formation des professionnels.',
      },
    },
    {
      purpose: 'victims',
      layout: seedLayouts.victims,
      title: {
        en: 'Information and guidance for victims',
        fr: 'Information et orientation des victimes',
      },
      slug: {
        en: 'information-and-guidance-for-victims',
        fr: 'information-et-orientation-des-victimes',
      },
      summary: {
        en: 'Mist informs, guides and supports victims of trafficking in accessing their rights.',
        fr:
          'Mist informe, oriente et accompagne les victimes de traite dans l’accès à leurs ' +
          'droits.',
      },
      body: {
        en: [
          {
            kind: 'paragraph',
            text:
              'Mist informs, guides and supports victims of trafficking in accessing their ' +
              'rights.',
          },
          { kind: 'heading', level: 2, text: 'Access to rights' },
          {
            kind: 'paragraph',
            text:
              'These rights include asylum, justice, child protection and reparation, among ' +
              'others.',
          },
          { kind: 'heading', level: 2, text: 'Peer support' },
          {
            kind: 'paragraph',
            text:
              'Mist also offers peer support. Mist supports victims of trafficking and pimping ' +
              'who wish to take part in the fight against these phenomena, on a voluntary or ' +
              'salaried basis, for example by assisting other victims (awareness-raising, ' +
              'information, access to rights, discussion groups).',
          },
        ],
        fr: [
          {
            kind: 'paragraph',
            text:
              'Mist informe, oriente et accompagne les victimes de traite dans l’accès à leurs ' +
              'droits.',
          },
          { kind: 'heading', level: 2, text: 'L’accès aux droits' },
          {
            kind: 'paragraph',
            text:
              'Ces droits comprennent notamment l’asile, l’accès à la justice, la protection de ' +
              'l’enfance et la réparation.',
          },
          { kind: 'heading', level: 2, text: 'Le soutien par les pairs' },
          {
            kind: 'paragraph',
            text:
              'Mist propose également un soutien par les pairs. Mist accompagne les victimes de ' +
              'traite et de proxénétisme qui souhaitent prendre part à la lutte contre ces ' +
              'phénomènes, à titre bénévole ou salarié, par exemple en apportant leur aide à ' +
              'd’autres victimes (sensibilisation, information, accès aux droits, groupes de ' +
              'parole).',
          },
        ],
      },
      seoDescription: {
        en:
          'Mist informs, guides and supports victims of trafficking in accessing their rights: ' +
          'asylum, justice, child protection, reparation.',
        fr:
          'Mist informe, oriente et accompagne les victimes de traite dans l’accès à leurs ' +
          'droits : asile, justice, protection de l’enfance, réparation.',
      },
    },
    {
      purpose: 'professionals',
      title: {
        en: 'Training and support for professionals',
        fr: 'Formation et accompagnement des professionnels',
      },
      slug: {
        en: 'training-and-support-for-professionals',
        fr: 'formation-et-accompagnement-des-professionnels',
      },
      summary: {
        en:
          'Mist provides training and support for professionals working in France with victims ' +
          'of human trafficking, both minors and adults.',
        fr:
          'Mist forme et accompagne les professionnels qui interviennent en France auprès de ' +
          'victimes de traite des êtres humains, mineures comme majeures.',
      },
      body: {
        en: [
          {
            kind: 'paragraph',
            text:
              'Mist provides training and support for professionals working in France with ' +
              'victims of human trafficking, both minors and adults.',
          },
          {
            kind: 'paragraph',
            text:
              'Through initial training courses, long-term support schemes or analysis of ' +
              'practices’ groups (Balint-type), Mist helps professionals, social workers and ' +
              'peer helpers to:',
          },
          {
            kind: 'list',
            items: [
              'understand complex situations;',
              'access rights (asylum, justice, child protection, reparation, etc.);',
              'manage the professional difficulties inherent in helping people and dealing with ' +
                'trauma.',
            ],
          },
          {
            kind: 'paragraph',
            text:
              'Mist also supports volunteers, social workers and educational teams working with ' +
              'victims, by providing information, training and, when necessary, setting up ' +
              'co-accompaniment protocols.',
          },
          { kind: 'heading', level: 2, text: 'Training on request' },
          {
            kind: 'paragraph',
            text:
              'Initial training and continued training are available on request. To get a ' +
              'quotation, please contact Mist.',
          },
        ],
        fr: [
          {
            kind: 'paragraph',
            text:
              'Mist forme et accompagne les professionnels qui interviennent en France auprès de ' +
              'victimes de traite des êtres humains, mineures comme majeures.',
          },
          {
            kind: 'paragraph',
            text:
              'À travers des formations initiales, des dispositifs d’accompagnement au long ' +
              'cours ou des groupes d’analyse des pratiques (de type Balint), Mist aide les ' +
              'professionnels, les travailleurs sociaux et les pairs aidants à :',
          },
          {
            kind: 'list',
            items: [
              'comprendre des situations complexes ;',
              'accéder aux droits (asile, justice, protection de l’enfance, réparation, etc.) ;',
              'faire face aux difficultés professionnelles inhérentes à la relation d’aide et à ' +
                'la prise en charge du traumatisme.',
            ],
          },
          {
            kind: 'paragraph',
            text:
              'Mist soutient également les bénévoles, les travailleurs sociaux et les équipes ' +
              'éducatives qui interviennent auprès des victimes, en leur apportant information ' +
              'et formation et, si nécessaire, en mettant en place des protocoles de ' +
              'co-accompagnement.',
          },
          { kind: 'heading', level: 2, text: 'Formations sur demande' },
          {
            kind: 'paragraph',
            text:
              'Formation initiale et formation continue sur demande. Pour obtenir un devis, ' +
              'contactez Mist.',
          },
        ],
      },
      seoDescription: {
        en:
          'Training, long-term support and Balint-type analysis of practices groups for ' +
          'professionals working in France with victims of human trafficking.',
        fr:
          'Formations, accompagnement au long cours et groupes d’analyse des pratiques de type ' +
          'Balint pour les professionnels intervenant auprès de victimes de traite.',
      },
    },
    {
      purpose: 'peer-education',
      title: {
        en: 'Peer education and collective mobilization',
        fr: 'Pair-éducation et mobilisation collective',
      },
      slug: {
        en: 'peer-education-and-collective-mobilization',
        fr: 'pair-education-et-mobilisation-collective',
      },
      summary: {
        en:
          'Mist is a place for training and innovation in peer education and collective ' +
          'mobilization.',
        fr:
          'Mist est un lieu de formation et d’innovation en matière de pair-éducation et de ' +
          'mobilisation collective.',
      },
      body: {
        en: [
          { kind: 'heading', level: 2, text: 'Peer education' },
          {
            kind: 'paragraph',
            text:
              'Mist supports victims of trafficking and pimping who wish to take part in the ' +
              'fight against these phenomena, either on a voluntary or salaried basis, within ' +
              'the framework of expertise activities (feedback, diagnosis, recommendations) or ' +
              'assistance to other victims (awareness-raising, information, access to rights, ' +
              'discussion groups).',
          },
          {
            kind: 'paragraph',
            text: 'Members receive support and training as part of an individualized program.',
          },
          { kind: 'heading', level: 2, text: 'Collective mobilization' },
          {
            kind: 'paragraph',
            text:
              'Mist is a place for collective mobilization. Members participate in the ' +
              'development of a participative model in partnership with the association ' +
              '“Organisez-vous”.',
          },
          {
            kind: 'paragraph',
            text:
              'Through trainings and workshops, the association is developing a methodology and ' +
              'an expertise dedicated to participatory action applied to the fight against ' +
              'trafficking.',
          },
        ],
        fr: [
          { kind: 'heading', level: 2, text: 'La pair-éducation' },
          {
            kind: 'paragraph',
            text:
              'Mist accompagne les victimes de traite et de proxénétisme qui souhaitent prendre ' +
              'part à la lutte contre ces phénomènes, à titre bénévole ou salarié, dans le cadre ' +
              'd’activités d’expertise (retours d’expérience, diagnostics, recommandations) ou ' +
              'd’aide à d’autres victimes (sensibilisation, information, accès aux droits, ' +
              'groupes de parole).',
          },
          {
            kind: 'paragraph',
            text: 'Les membres sont accompagnés et formés dans le cadre d’un parcours individualisé.',
          },
          { kind: 'heading', level: 2, text: 'La mobilisation collective' },
          {
            kind: 'paragraph',
            text:
              'Mist est un lieu de mobilisation collective. Ses membres participent à ' +
              'l’élaboration d’un modèle participatif, en partenariat avec l’association « ' +
              'Organisez-vous ».',
          },
          {
            kind: 'paragraph',
            text:
              'À travers des formations et des ateliers, l’association développe une ' +
              'méthodologie et une expertise dédiées à l’action participative appliquée à la ' +
              'lutte contre la traite.',
          },
        ],
      },
      seoDescription: {
        en:
          'Mist supports victims of trafficking who wish to take part in the fight against it, ' +
          'and develops a participative model with the association “Organisez-vous”.',
        fr:
          'Mist accompagne les victimes de traite qui souhaitent prendre part à la lutte et ' +
          'élabore un modèle participatif avec l’association « Organisez-vous ».',
      },
    },
    {
      purpose: 'advocacy',
      title: {
        en: 'Recommendations for public authorities',
        fr: 'Recommandations aux pouvoirs publics',
      },
      slug: {
        en: 'recommendations-for-public-authorities',
        fr: 'recommandations-aux-pouvoirs-publics',
      },
      summary: {
        en:
          'Mist produces expertise and recommendations for the attention of public authorities ' +
          'and institutions on the fight against human trafficking and access to rights for ' +
          'victims.',
        fr:
          'Mist produit une expertise et des recommandations à l’attention des pouvoirs publics ' +
          'et des institutions sur la lutte contre la traite des êtres humains et l’accès aux ' +
          'droits des victimes.',
      },
      body: {
        en: [
          {
            kind: 'paragraph',
            text:
              'Mist produces expertise and recommendations for the attention of public ' +
              'authorities and institutions on the fight against human trafficking and access to ' +
              'rights for victims.',
          },
          {
            kind: 'paragraph',
            text:
              'Results of collective work are produced by members – on various themes identified ' +
              'as priorities by the group – in the form of written contributions, podcasts and ' +
              'reports.',
          },
        ],
        fr: [
          {
            kind: 'paragraph',
            text:
              'Mist produit une expertise et des recommandations à l’attention des pouvoirs ' +
              'publics et des institutions sur la lutte contre la traite des êtres humains et ' +
              'l’accès aux droits des victimes.',
          },
          {
            kind: 'paragraph',
            text:
              'Les membres produisent les résultats de ce travail collectif – sur différents ' +
              'thèmes que le groupe a identifiés comme prioritaires – sous forme de ' +
              'contributions écrites, de podcasts et de rapports.',
          },
        ],
      },
      seoDescription: {
        en:
          'Mist’s expertise and recommendations to public authorities on the fight against human ' +
          'trafficking and victims’ access to rights.',
        fr:
          'Expertise et recommandations de Mist aux pouvoirs publics sur la lutte contre la ' +
          'traite des êtres humains et l’accès aux droits des victimes.',
      },
    },
    {
      purpose: 'networks',
      title: {
        en: 'National and international work groups',
        fr: 'Groupes de travail nationaux et internationaux',
      },
      slug: {
        en: 'national-and-international-work-groups',
        fr: 'groupes-de-travail-nationaux-et-internationaux',
      },
      summary: {
        en:
          'Mist is a member of the Global Alliance Against Traffic in Women (GAATW), La Strada ' +
          'International and the Beyond Borders network, and participates in French work groups.',
        fr:
          'Mist est membre de la Global Alliance Against Traffic in Women (GAATW), de La Strada ' +
          'International et du réseau Beyond Borders, et participe à des groupes de travail en ' +
          'France.',
      },
      body: {
        en: [
          {
            kind: 'paragraph',
            text:
              'Mist is a member of the Global Alliance Against Traffic in Women (GAATW), La ' +
              'Strada International and the Beyond Borders network.',
          },
          {
            kind: 'paragraph',
            text:
              'Mist also participates in work groups and a steering committee coordinated or led ' +
              'by the Interministerial Mission for the Protection of Women against Violence and ' +
              'the Fight against Human Trafficking (MIPROF).',
          },
        ],
        fr: [
          {
            kind: 'paragraph',
            text:
              'Mist est membre de la Global Alliance Against Traffic in Women (GAATW), de La ' +
              'Strada International et du réseau Beyond Borders.',
          },
          {
            kind: 'paragraph',
            text:
              'Mist participe également à des groupes de travail et à un comité de pilotage ' +
              'coordonnés ou pilotés par la Mission interministérielle pour la protection des ' +
              'femmes contre les violences et la lutte contre la traite des êtres humains ' +
              '(Miprof).',
          },
        ],
      },
      seoDescription: {
        en:
          'Mist is a member of GAATW, La Strada International and Beyond Borders, and takes part ' +
          'in work groups coordinated by MIPROF.',
        fr:
          'Mist est membre de GAATW, de La Strada International et de Beyond Borders, et ' +
          'participe à des groupes de travail coordonnés par la Miprof.',
      },
    },
    {
      purpose: 'membership-contact',
      title: {
        en: 'Membership and contact',
        fr: 'Adhésion et contact',
      },
      slug: {
        en: 'membership-and-contact',
        fr: 'adhesion-et-contact',
      },
      summary: {
        en:
          'A welcome booklet for new members has been drawn up by the association’s active ' +
          'members, who have also established its rules and regulations.',
        fr:
          'Un livret d’accueil des nouveaux membres a été rédigé par les membres actifs de ' +
          'l’association, qui en ont aussi établi le règlement intérieur.',
      },
      body: {
        en: [
          { kind: 'heading', level: 2, text: 'Becoming a member' },
          {
            kind: 'paragraph',
            text:
              'A welcome booklet for Mist’s new members has been drawn up by the association’s ' +
              'active members, who have also established its rules and regulations.',
          },
          {
            kind: 'paragraph',
            text: 'To become a member, please contact Mist.',
          },
          { kind: 'heading', level: 2, text: 'Making an appointment' },
          {
            kind: 'paragraph',
            text: 'To make an appointment, please contact Mist.',
          },
        ],
        fr: [
          { kind: 'heading', level: 2, text: 'Devenir membre' },
          {
            kind: 'paragraph',
            text:
              'Un livret d’accueil des nouveaux membres de Mist a été rédigé par les membres ' +
              'actifs de l’association, qui en ont aussi établi le règlement intérieur.',
          },
          {
            kind: 'paragraph',
            text: 'Pour devenir membre, contactez Mist.',
          },
          { kind: 'heading', level: 2, text: 'Prendre rendez-vous' },
          {
            kind: 'paragraph',
            text: 'Pour prendre rendez-vous, contactez Mist.',
          },
        ],
      },
      seoDescription: {
        en:
          'Become a member of Mist: welcome booklet and rules and regulations drawn up by active ' +
          'members. Membership and appointments.',
        fr:
          'Devenir membre de Mist : livret d’accueil et règlement intérieur rédigés par les ' +
          'membres actifs. Adhésion et prise de rendez-vous.',
      },
    },
  ],

  publications: [
    {
      key: 'un-homelessness-contribution',
      kind: 'contribution',
      origin: 'mist',
      institution: 'un-special-rapporteur',
      date: '2023-03-01',
      datePrecision: 'month',
      title: {
        en: 'Homelessness and contemporary forms of slavery',
        fr: 'Sans-abrisme et formes contemporaines d’esclavage',
      },
      slug: {
        en: 'homelessness-and-contemporary-forms-of-slavery',
        fr: 'sans-abrisme-et-formes-contemporaines-desclavage',
      },
      summary: {
        en:
          'Contribution by Mist to the United Nations Special Rapporteur on Contemporary Forms ' +
          'of Slavery, on homelessness as a cause and consequence of contemporary forms of ' +
          'slavery.',
        fr:
          'Contribution de Mist au Rapporteur spécial des Nations unies sur les formes ' +
          'contemporaines d’esclavage, sur le sans-abrisme comme cause et conséquence des formes ' +
          'contemporaines d’esclavage.',
      },
      body: {
        en: [
          {
            kind: 'paragraph',
            text:
              'In March 2023, Mist contributed to the work of the United Nations Special ' +
              'Rapporteur on Contemporary Forms of Slavery, on homelessness as a cause and ' +
              'consequence of contemporary forms of slavery.',
          },
          {
            kind: 'paragraph',
            text:
              'This contribution was made as part of the call for contributions issued by the ' +
              'Rapporteur for the preparation of the report published in July 2023.',
          },
        ],
        fr: [
          {
            kind: 'paragraph',
            text:
              'En mars 2023, Mist a contribué aux travaux du Rapporteur spécial des Nations ' +
              'unies sur les formes contemporaines d’esclavage, sur le sans-abrisme comme cause ' +
              'et conséquence des formes contemporaines d’esclavage.',
          },
          {
            kind: 'paragraph',
            text:
              'Cette contribution s’inscrit dans l’appel à contributions lancé par le Rapporteur ' +
              'spécial pour la préparation de son rapport, publié en juillet 2023.',
          },
        ],
      },
    },
    {
      key: 'greta-third-report-france',
      kind: 'report',
      origin: 'external',
      institution: 'greta',
      date: '2022-02-18',
      datePrecision: 'day',
      title: {
        en: '3rd GRETA evaluation report on France',
        fr: '3e rapport d’évaluation du GRETA sur la France',
      },
      slug: {
        en: '3rd-greta-evaluation-report-on-france',
        fr: '3e-rapport-devaluation-du-greta-sur-la-france',
      },
      summary: {
        en:
          'Online publication of the 3rd evaluation report on France by the Council of Europe’s ' +
          'Group of Experts on Action against Trafficking in Human Beings (GRETA).',
        fr:
          'Publication en ligne du 3e rapport d’évaluation sur la France du Groupe d’experts sur ' +
          'la lutte contre la traite des êtres humains (GRETA) du Conseil de l’Europe.',
      },
      body: {
        en: [
          {
            kind: 'paragraph',
            text:
              'On February 18, 2022, the Council of Europe’s Group of Experts on Action against ' +
              'Trafficking in Human Beings (GRETA) published online its 3rd evaluation report on ' +
              'France.',
          },
        ],
        fr: [
          {
            kind: 'paragraph',
            text:
              'Le 18 février 2022, le Groupe d’experts sur la lutte contre la traite des êtres ' +
              'humains (GRETA) du Conseil de l’Europe a publié en ligne son 3e rapport ' +
              'd’évaluation sur la France.',
          },
        ],
      },
    },
    {
      key: 'minors-prostitution-plan',
      kind: 'official-text',
      origin: 'external',
      institution: 'government',
      date: '2021-11-15',
      datePrecision: 'day',
      title: {
        en: 'First national plan to combat the prostitution of minors',
        fr: 'Premier plan national contre la prostitution des mineurs',
      },
      slug: {
        en: 'first-national-plan-to-combat-the-prostitution-of-minors',
        fr: 'premier-plan-national-contre-la-prostitution-des-mineurs',
      },
      summary: {
        en: 'Launch of the first national plan to combat the prostitution of minors in France.',
        fr:
          'Lancement du premier plan national de lutte contre la prostitution des mineurs en ' +
          'France.',
      },
      body: {
        en: [
          {
            kind: 'paragraph',
            text:
              'On November 15, 2021, the first national plan to combat the prostitution of ' +
              'minors in France was launched.',
          },
        ],
        fr: [
          {
            kind: 'paragraph',
            text:
              'Le 15 novembre 2021 a été lancé le premier plan national de lutte contre la ' +
              'prostitution des mineurs en France.',
          },
        ],
      },
    },
    {
      key: 'cncdh-peer-mediators-recommendation',
      kind: 'recommendation',
      origin: 'external',
      institution: 'cncdh',
      date: '2021-04-15',
      datePrecision: 'day',
      title: {
        en: 'CNCDH recommends collaboration with peer mediators',
        fr: 'La CNCDH recommande de collaborer avec des médiateurs pairs',
      },
      slug: {
        en: 'cncdh-recommends-collaboration-with-peer-mediators',
        fr: 'la-cncdh-recommande-de-collaborer-avec-des-mediateurs-pairs',
      },
      summary: {
        en:
          'The National Consultative Commission on Human Rights (CNCDH) recommended developing ' +
          'collaboration with peer mediators to encourage the identification and support of ' +
          'minors in prostitution (Recommendation n°7).',
        fr:
          'La Commission nationale consultative des droits de l’homme (CNCDH) a recommandé de ' +
          'développer la collaboration avec des médiateurs pairs pour favoriser l’identification ' +
          'et l’accompagnement des mineurs en situation de prostitution (recommandation n° 7).',
      },
      body: {
        en: [
          {
            kind: 'paragraph',
            text:
              'On April 15, 2021, the National Consultative Commission on Human Rights (CNCDH) ' +
              'recommended the development of collaboration with peer mediators to encourage the ' +
              'identification and support of minors in prostitution (Recommendation n°7).',
          },
          {
            kind: 'paragraph',
            text:
              'This recommendation is part of its opinion on preventing and combating ' +
              'prostitution and trafficking in minors for the purposes of sexual exploitation.',
          },
        ],
        fr: [
          {
            kind: 'paragraph',
            text:
              'Le 15 avril 2021, la Commission nationale consultative des droits de l’homme ' +
              '(CNCDH) a recommandé de développer la collaboration avec des médiateurs pairs ' +
              'pour favoriser l’identification et l’accompagnement des mineurs en situation de ' +
              'prostitution (recommandation n° 7).',
          },
          {
            kind: 'paragraph',
            text:
              'Cette recommandation figure dans son avis sur la prévention et la lutte contre la ' +
              'prostitution et la traite des mineurs à des fins d’exploitation sexuelle.',
          },
        ],
      },
    },
  ],

  hearings: [
    {
      key: 'interministerial-work-groups-2023',
      kind: 'work-group',
      institution: 'miprof',
      date: '2023-06-01',
      datePrecision: 'month',
      title: {
        en: 'Participation in French interministerial work groups',
        fr: 'Participation aux groupes de travail interministériels',
      },
      slug: {
        en: 'participation-in-french-interministerial-work-groups',
        fr: 'participation-aux-groupes-de-travail-interministeriels',
      },
      summary: {
        en:
          'Mist took part in the French interministerial work groups drawing up the 3rd national ' +
          'action plan against human trafficking (anti-trafficking national coordinator, MIPROF) ' +
          'and the 1st national strategy to combat the prostitution system (cabinet of the ' +
          'minister Isabelle Rome).',
        fr:
          'Mist a participé aux groupes de travail interministériels chargés d’élaborer le 3e ' +
          'plan national d’action contre la traite des êtres humains (Miprof, coordinatrice ' +
          'nationale de la lutte contre la traite) et la 1re stratégie nationale de lutte contre ' +
          'le système prostitutionnel (cabinet de la ministre Isabelle Rome).',
      },
      relatedPublications: [],
    },
    {
      key: 'minors-prostitution-work-group-hearing',
      kind: 'hearing',
      institution: 'government',
      date: '2021-03-04',
      datePrecision: 'day',
      title: {
        en: 'Hearing by the work group on the prostitution of minors',
        fr: 'Audition : groupe de travail sur la prostitution des mineurs',
      },
      slug: {
        en: 'hearing-by-the-work-group-on-the-prostitution-of-minors',
        fr: 'audition-groupe-de-travail-sur-la-prostitution-des-mineurs',
      },
      summary: {
        en:
          'Hearing of Mist by the work group dedicated to improving the prevention of and fight ' +
          'against the prostitution of minors, as part of the plan to combat violence against ' +
          'children (2020-2022).',
        fr:
          'Audition de Mist par le groupe de travail consacré à l’amélioration de la prévention ' +
          'et de la lutte contre la prostitution des mineurs, dans le cadre du plan de lutte ' +
          'contre les violences faites aux enfants (2020-2022).',
      },
      relatedPublications: [],
    },
    {
      key: 'greta-hearing',
      kind: 'hearing',
      institution: 'greta',
      date: '2021-02-06',
      datePrecision: 'day',
      title: {
        en: 'Hearing by GRETA for France’s 3rd evaluation cycle',
        fr: 'Audition par le GRETA (3e cycle d’évaluation de la France)',
      },
      slug: {
        en: 'hearing-by-greta-for-frances-3rd-evaluation-cycle',
        fr: 'audition-par-le-greta-3e-cycle-devaluation-de-la-france',
      },
      summary: {
        en:
          'Hearing of Mist by the Council of Europe’s Group of Experts on Action against ' +
          'Trafficking in Human Beings (GRETA), as part of the evaluation of France’s ' +
          'implementation of the Council of Europe Convention on Action against Trafficking in ' +
          'Human Beings (3rd evaluation cycle).',
        fr:
          'Audition de Mist par le Groupe d’experts sur la lutte contre la traite des êtres ' +
          'humains (GRETA) du Conseil de l’Europe, dans le cadre de l’évaluation de la mise en ' +
          'œuvre par la France de la Convention du Conseil de l’Europe sur la lutte contre la ' +
          'traite des êtres humains (3e cycle d’évaluation).',
      },
      relatedPublications: ['greta-third-report-france'],
    },
    {
      key: 'cncdh-hearing',
      kind: 'hearing',
      institution: 'cncdh',
      date: '2021-01-19',
      datePrecision: 'day',
      title: {
        en: 'Hearing by CNCDH on prostitution and trafficking in minors',
        fr: 'Audition par la CNCDH : prostitution et traite des mineurs',
      },
      slug: {
        en: 'hearing-by-cncdh-on-prostitution-and-trafficking-in-minors',
        fr: 'audition-par-la-cncdh-prostitution-et-traite-des-mineurs',
      },
      summary: {
        en:
          'Hearing of Mist by the National Consultative Commission on Human Rights (CNCDH), as ' +
          'part of the preparation of the report on preventing and combating prostitution and ' +
          'trafficking in minors for sexual exploitation.',
        fr:
          'Audition de Mist par la Commission nationale consultative des droits de l’homme ' +
          '(CNCDH), dans le cadre de la préparation du rapport sur la prévention et la lutte ' +
          'contre la prostitution et la traite des mineurs à des fins d’exploitation sexuelle.',
      },
      relatedPublications: ['cncdh-peer-mediators-recommendation'],
    },
  ],

  partnerNetworks: [
    {
      key: 'gaatw',
      kind: 'network-membership',
      name: {
        en: 'Global Alliance Against Traffic in Women (GAATW)',
        fr: 'Global Alliance Against Traffic in Women (GAATW)',
      },
      description: {
        en: 'Mist is a member of the Global Alliance Against Traffic in Women (GAATW).',
        fr: 'Mist est membre de la Global Alliance Against Traffic in Women (GAATW).',
      },
    },
    {
      key: 'la-strada-international',
      kind: 'network-membership',
      name: {
        en: 'La Strada International',
        fr: 'La Strada International',
      },
      description: {
        en: 'Mist is a member of La Strada International.',
        fr: 'Mist est membre de La Strada International.',
      },
    },
    {
      key: 'beyond-borders',
      kind: 'network-membership',
      name: {
        en: 'Beyond Borders network',
        fr: 'Réseau Beyond Borders',
      },
      description: {
        en: 'Mist is a member of the Beyond Borders network.',
        fr: 'Mist est membre du réseau Beyond Borders.',
      },
    },
    {
      key: 'miprof-work-groups',
      kind: 'work-group',
      name: {
        en: 'MIPROF work groups',
        fr: 'Groupes de travail de la Miprof',
      },
      description: {
        en:
          'Mist participates in work groups coordinated by the Interministerial Mission for the ' +
          'Protection of Women against Violence and the Fight against Human Trafficking (MIPROF).',
        fr:
          'Mist participe à des groupes de travail coordonnés par la Mission interministérielle ' +
          'pour la protection des femmes contre les violences et la lutte contre la traite des ' +
          'êtres humains (Miprof).',
      },
    },
    {
      key: 'mnio-work-group',
      kind: 'work-group',
      name: {
        en:
          'Work group on the National Mechanism for the Identification and Referral of Victims ' +
          '(MNIO)',
        fr: 'Groupe de travail sur le mécanisme national d’identification et d’orientation (MNIO)',
      },
      description: {
        en:
          'Mist participates in the work group on setting up a National Mechanism for the ' +
          'Identification and Referral of Victims of trafficking (MNIO), led by MIPROF.',
        fr:
          'Mist participe au groupe de travail sur la mise en place d’un mécanisme national ' +
          'd’identification et d’orientation des victimes de la traite (MNIO), piloté par la ' +
          'Miprof.',
      },
    },
    {
      key: 'paris-minors-steering-committee',
      kind: 'work-group',
      name: {
        en: 'Steering committee on the experimental mechanism in Paris to protect minor victims',
        fr:
          'Comité de pilotage du dispositif expérimental parisien de protection des mineurs ' +
          'victimes',
      },
      description: {
        en:
          'Mist participates in the steering committee monitoring the setting up of an ' +
          'experimental mechanism in Paris to protect minors who are victims of human ' +
          'trafficking, coordinated by MIPROF.',
        fr:
          'Mist participe au comité de pilotage chargé du suivi de la mise en place, à Paris, ' +
          'd’un dispositif expérimental de protection des mineurs victimes de traite des êtres ' +
          'humains, coordonné par la Miprof.',
      },
    },
    {
      key: 'victims-survey-work-group',
      kind: 'work-group',
      name: {
        en: 'Work group on the survey of victims of trafficking assisted by associations',
        fr:
          'Groupe de travail sur l’enquête sur les victimes de traite suivies par les ' +
          'associations',
      },
      description: {
        en:
          'Mist participates in the work group on the survey of victims of human trafficking ' +
          'assisted by associations in France, with the Ministerial Statistical Service for ' +
          'Internal Security (SSMSI) and MIPROF.',
        fr:
          'Mist participe au groupe de travail sur l’enquête relative aux victimes de traite des ' +
          'êtres humains suivies par les associations en France, avec le Service statistique ' +
          'ministériel de la sécurité intérieure (SSMSI) et la Miprof.',
      },
    },
    {
      key: 'organisez-vous',
      kind: 'partnership',
      name: {
        en: 'Organisez-vous',
        fr: 'Organisez-vous',
      },
      description: {
        en:
          'Mist members participate in the development of a participative model in partnership ' +
          'with the association “Organisez-vous”.',
        fr:
          'Les membres de Mist participent à l’élaboration d’un modèle participatif en ' +
          'partenariat avec l’association « Organisez-vous ».',
      },
    },
  ],

  trainings: [
    {
      key: 'initial-training',
      title: { en: 'Initial training', fr: 'Formation initiale' },
      slug: { en: 'initial-training', fr: 'formation-initiale' },
      audience: 'both',
      format: 'initial',
      description: {
        en:
          'Initial training courses for professionals working in France with victims of human ' +
          'trafficking, both minors and adults, to understand complex situations, access rights ' +
          '(asylum, justice, child protection, reparation, etc.) and manage the professional ' +
          'difficulties inherent in helping people and dealing with trauma.',
        fr:
          'Formations initiales pour les professionnels qui interviennent en France auprès de ' +
          'victimes de traite des êtres humains, mineures comme majeures, pour comprendre des ' +
          'situations complexes, accéder aux droits (asile, justice, protection de l’enfance, ' +
          'réparation, etc.) et faire face aux difficultés professionnelles inhérentes à la ' +
          'relation d’aide et à la prise en charge du traumatisme.',
      },
      onRequest: true,
    },
    {
      key: 'continued-training',
      title: { en: 'Continued training', fr: 'Formation continue' },
      slug: { en: 'continued-training', fr: 'formation-continue' },
      audience: 'both',
      format: 'continued',
      description: {
        en:
          'Continued training for professionals working in France with victims of human ' +
          'trafficking, both minors and adults.',
        fr:
          'Formation continue pour les professionnels qui interviennent en France auprès de ' +
          'victimes de traite des êtres humains, mineures comme majeures.',
      },
      onRequest: true,
    },
    {
      key: 'long-term-support',
      title: { en: 'Long-term support', fr: 'Accompagnement au long cours' },
      slug: { en: 'long-term-support', fr: 'accompagnement-au-long-cours' },
      audience: 'both',
      format: 'long-term-support',
      description: {
        en:
          'Long-term support schemes helping professionals, social workers and peer helpers ' +
          'working with victims of human trafficking, both minors and adults, to understand ' +
          'complex situations, access rights and manage the professional difficulties inherent ' +
          'in helping people and dealing with trauma.',
        fr:
          'Dispositifs d’accompagnement au long cours qui aident les professionnels, les ' +
          'travailleurs sociaux et les pairs aidants intervenant auprès de victimes de traite ' +
          'des êtres humains, mineures comme majeures, à comprendre des situations complexes, à ' +
          'accéder aux droits et à faire face aux difficultés professionnelles inhérentes à la ' +
          'relation d’aide et à la prise en charge du traumatisme.',
      },
      onRequest: false,
    },
    {
      key: 'practice-analysis-groups',
      title: {
        en: 'Analysis of practices groups (Balint-type)',
        fr: 'Groupes d’analyse des pratiques (de type Balint)',
      },
      slug: {
        en: 'analysis-of-practices-groups-balint-type',
        fr: 'groupes-danalyse-des-pratiques-de-type-balint',
      },
      audience: 'both',
      format: 'practice-analysis-group',
      description: {
        en:
          'Balint-type analysis of practices groups for professionals, social workers and peer ' +
          'helpers working with victims of human trafficking, both minors and adults, to manage ' +
          'the professional difficulties inherent in helping people and dealing with trauma.',
        fr:
          'Groupes d’analyse des pratiques de type Balint pour les professionnels, les ' +
          'travailleurs sociaux et les pairs aidants intervenant auprès de victimes de traite ' +
          'des êtres humains, mineures comme majeures, pour faire face aux difficultés ' +
          'professionnelles inhérentes à la relation d’aide et à la prise en charge du ' +
          'traumatisme.',
      },
      onRequest: false,
    },
  ],
}
