import type { HearingDoc, Locale, PageBlock, PageDoc, TrainingDoc } from '@mist/schema'
import { experimental_AstroContainer as AstroContainer } from 'astro/container'
import { beforeAll, describe, expect, it } from 'vitest'

import { arrangeSiteData, type LocaleContent, type SiteData } from '../../lib/site-data.ts'
import PageBlocks from './PageBlocks.astro'

/**
 * The blocks as the build renders them (Astro's container API), from a small site: the texts, links and
 * cards a reader sees, in French and in English.
 */
const updatedAt = '2026-11-01T00:00:00.000Z'
const page = (id: number, purpose: PageDoc['purpose'], title: string, slug: string): PageDoc => ({
  id,
  purpose,
  title,
  slug,
  updatedAt,
})
const training = (id: number, title: string, slug: string): TrainingDoc => ({
  id,
  title,
  slug,
  audience: 'both',
  format: 'initial',
  description: 'Une journée pour comprendre les situations de traite.',
  onRequest: true,
  updatedAt,
})
const hearing = (id: number, date: string, title: string): HearingDoc => ({
  id,
  kind: 'hearing',
  institution: 'cncdh',
  date,
  datePrecision: 'day',
  title,
  slug: `audition-${id}`,
  summary: 'Mist présente ses recommandations.',
  updatedAt,
})

function localeContent(locale: Locale): LocaleContent {
  const fr = locale === 'fr'
  return {
    pages: [
      page(1, 'home', fr ? 'Accueil' : 'Home', fr ? 'accueil' : 'home'),
      page(2, 'victims', fr ? 'Victimes' : 'Victims', fr ? 'victimes' : 'victims'),
      ...(fr ? [page(3, 'advocacy', 'Plaidoyer', 'plaidoyer')] : []),
    ],
    publications: [],
    hearings: fr
      ? [
          hearing(10, '2021-01-19T00:00:00.000Z', 'Audition par la CNCDH'),
          hearing(11, '2021-03-04T00:00:00.000Z', 'Audition sur la prostitution des mineurs'),
          hearing(12, '2021-02-06T00:00:00.000Z', 'Audition par le GRETA'),
        ]
      : [],
    networks: [],
    trainings: fr
      ? [
          training(20, 'Formation initiale', 'formation-initiale'),
          training(21, 'Formation continue', 'formation-continue'),
        ]
      : [training(20, 'Initial training', 'initial-training')],
    settings: {},
    navigation: {},
    urgentContacts: [
      { number: '17', label: fr ? 'Police secours' : 'Police emergency' },
      { number: '3919', label: 'Violences Femmes Info' },
    ],
    safety: {},
    media: [],
  }
}

let data: SiteData
let container: AstroContainer

beforeAll(async () => {
  data = arrangeSiteData({ fr: localeContent('fr'), en: localeContent('en') })
  container = await AstroContainer.create()
})

/** The HTML a reader gets, without the source annotations Astro adds outside production builds. */
const render = async (locale: Locale, layout: PageBlock[]) =>
  (await container.renderToString(PageBlocks, { props: { locale, layout, data } })).replace(
    / data-astro-source-(?:file|loc)="[^"]*"/g,
    '',
  )

/** The start tag of each link and its text, e.g. `<a class="button" href="/fr/…/">Texte</a>`. */
const links = (html: string) =>
  [...html.matchAll(/<a ([^>]*)>([^<]*)<\/a>/g)].map(([, attributes = '', text = '']) => ({
    attributes,
    text: text.trim(),
  }))

const paths: PageBlock = {
  blockType: 'audience-paths',
  paths: [
    {
      heading: 'Vous êtes victime ou proche',
      text: 'Mist informe, oriente et accompagne les victimes de traite.',
      links: [
        { destination: 'appointment' },
        { destination: 'urgent-numbers' },
        { destination: 'page', page: 2, label: 'Information et orientation' },
      ],
    },
  ],
}

describe('page blocks', () => {
  it('renders nothing for a page without blocks, so it looks as it did before blocks', async () => {
    expect((await render('fr', [])).trim()).toBe('')
  })

  it('shows an audience path as a heading, its text and its links, the first one a filled button', async () => {
    const html = await render('fr', [paths, { blockType: 'urgent-numbers' }])
    expect(html).toContain('<h2 id="block-1-path-1">Vous êtes victime ou proche</h2>')
    expect(html).toContain('Mist informe, oriente et accompagne les victimes de traite.')
    expect(links(html).slice(0, 3)).toEqual([
      {
        attributes: 'class="button" href="/fr/prendre-rendez-vous/"',
        text: 'Demander un rendez-vous',
      },
      {
        attributes: 'class="button button-secondary" href="#urgent-numbers"',
        text: 'Numéros d’urgence',
      },
      {
        attributes: 'class="button button-secondary" href="/fr/victimes/"',
        text: 'Information et orientation',
      },
    ])
  })

  it('shows the urgent numbers of the settings as phone links under the anchor the paths lead to', async () => {
    const html = await render('en', [
      paths,
      { blockType: 'urgent-numbers', text: 'Call for free, day and night.' },
    ])
    expect(html).toContain('<h2 id="urgent-numbers">In an emergency</h2>')
    expect(html).toContain('Call for free, day and night.')
    expect(html).toContain('href="tel:17"')
    expect(html).toContain('href="tel:3919"')
    expect(html).toContain('Police emergency')
  })

  it('shows the newest hearings as dated cards, with the way to the whole timeline', async () => {
    const html = await render('fr', [
      { blockType: 'latest-advocacy', heading: 'Derniers travaux', count: 2 },
    ])
    expect(html).toContain('Derniers travaux')
    const titles = [...html.matchAll(/<h3 class="card-title">\s*<a [^>]*>([^<]*)<\/a>/g)].map(
      ([, title]) => title,
    )
    expect(titles).toEqual(['Audition sur la prostitution des mineurs', 'Audition par le GRETA'])
    expect(html).toContain('<time class="meta" datetime="2021-03-04">')
    expect(links(html).at(-1)).toEqual({
      attributes: 'href="/fr/plaidoyer/"',
      text: 'Toutes les auditions et publications',
    })
  })

  it('shows in English only the featured trainings published in English', async () => {
    const html = await render('en', [
      {
        blockType: 'featured-trainings',
        heading: 'Training for professionals',
        trainings: [21, 20],
      },
    ])
    expect(html).toContain('Training for professionals')
    expect(html).toContain('href="/en/trainings/initial-training/"')
    expect(html).not.toContain('Formation continue')
    expect(html).toContain('On request')
  })

  it('shows a call to action with its one link as a button, and nothing when the link leads nowhere', async () => {
    const html = await render('fr', [
      {
        blockType: 'call-to-action',
        heading: 'Devenir membre',
        text: 'Un livret d’accueil attend les nouveaux membres.',
        link: { destination: 'membership' },
      },
    ])
    expect(html).toContain('class="callout call-to-action"')
    expect(links(html)).toEqual([
      {
        attributes: 'class="button" href="/fr/devenir-membre/"',
        text: 'Demander à devenir membre',
      },
    ])
    const nowhere = await render('fr', [
      { blockType: 'call-to-action', heading: 'Voir', link: { destination: 'page', page: 99 } },
    ])
    expect(nowhere).not.toContain('Voir')
  })

  it('renders a text block with the site’s rich-text rules: typed markup stays text, unsafe links are dropped', async () => {
    const text = (value: string) => ({ type: 'text', text: value, format: 0, version: 1 })
    const html = await render('fr', [
      {
        blockType: 'rich-text',
        content: {
          root: {
            type: 'root',
            children: [
              { type: 'paragraph', children: [text('<script>alert(1)</script> et des droits')] },
              {
                type: 'paragraph',
                children: [
                  {
                    type: 'link',
                    fields: { linkType: 'custom', url: 'javascript:alert(1)' },
                    children: [text('lien piégé')],
                  },
                ],
              },
            ],
          },
        },
      },
    ])
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; et des droits')
    expect(html).not.toContain('<script>')
    expect(html).not.toContain('javascript:')
    expect(html).toContain('lien piégé')
  })
})
