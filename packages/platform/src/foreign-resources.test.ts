import { describe, expect, it } from 'vitest'

import { foreignResources, inlineAttributes } from './foreign-resources.ts'

const site = 'https://mist.example'
const cms = 'https://cms.mist.example'
const page = `${site}/fr/formations/accueil/`
const check = (html: string) => foreignResources(html, page, [site, cms])

describe('resources loaded from another site (issue 5)', () => {
  it('accepts the site’s own files, the CMS form target, data: icons and links to other sites', () => {
    // Setup: what a built page of the site holds.
    const html = [
      '<link rel="icon" href="data:,">',
      '<link rel="stylesheet" href="/_astro/index.css">',
      `<link rel="canonical" href="${site}/fr/">`,
      '<link rel="alternate" type="application/rss+xml" href="https://feeds.example/rss.xml">',
      '<script type="module" src="/_astro/page.js"></script>',
      `<form method="post" action="${cms}/api/forms/quote-request"></form>`,
      '<a href="https://www.service-public.fr/">navigation only</a>',
      '<img src="../logo.svg" alt="">',
    ].join('')
    // Action + Assert
    expect(check(html)).toEqual([])
  })

  it('names every script, style, font, image, frame and form target of another origin', () => {
    // Setup: one of each kind a third party could slip into a page.
    const html = [
      '<script src="https://cdn.example/lib.js"></script>',
      "<link rel='stylesheet' href='//fonts.example/css'>",
      '<link rel="preconnect" href="https://fonts.example">',
      '<img alt="" srcset="/a.png 1x, https://img.example/b.png 2x">',
      '<iframe src="https://video.example/embed/1"></iframe>',
      '<form action="https://forms.example/post"></form>',
      '<p style="background: url(&quot;https://track.example/p.gif&quot;)"></p>',
      '<style>@import "https://fonts.example/a.css"; body { font-family: x }</style>',
    ].join('')
    // Action
    const found = check(html)
    // Assert
    expect(found).toEqual([
      'script https://cdn.example/lib.js',
      'link //fonts.example/css',
      'link https://fonts.example',
      'img https://img.example/b.png',
      'iframe https://video.example/embed/1',
      'form https://forms.example/post',
      'style https://track.example/p.gif',
      'style https://fonts.example/a.css',
    ])
  })

  it('treats another port of the site’s host as another origin', () => {
    expect(check('<script src="https://mist.example:8443/x.js"></script>')).toEqual([
      'script https://mist.example:8443/x.js',
    ])
  })
})

describe('inline styles and event handlers, which the Content-Security-Policy blocks', () => {
  it('finds style and on… attributes, not words in texts or attribute values', () => {
    const html = [
      '<meta name="description" content="Un style = sobre, onclick = rien">',
      '<p style="white-space: pre-line">adresse</p>',
      '<button type="button" onclick="go()">Quitter</button>',
      '<p>style="gras" écrit par un éditeur</p>',
    ].join('')
    expect(inlineAttributes(html)).toEqual(['p style', 'button onclick'])
  })
})
