import { describe, expect, it } from 'vitest'

import {
  appointmentPage,
  membershipPage,
  quotePage,
  reparse,
} from '../../../tests/helpers/sitePages.ts'
import { fillRefusedForm, refusedFormPolicy, type RefusedFormPost } from './refusedFormPage.ts'

const cmsUrl = 'https://cms.mist.example'
const siteUrl = 'https://mist.example'

const membership = (values: Record<string, string>, errors: RefusedFormPost['errors']) =>
  fillRefusedForm(
    membershipPage('fr', '/fr/devenir-membre/', cmsUrl),
    {
      action: `${cmsUrl}/api/forms/membership-request`,
      values: new URLSearchParams(values),
      fields: ['name', 'email', 'phone', 'organisation', 'message', 'consent', 'locale'],
      errors,
    },
    siteUrl,
  )

describe('a refused form filled in again', () => {
  it('puts back exactly what was typed, markup and quotes included, as values and text only', () => {
    const typed = {
      name: '<script>alert("nom")</script> O\'Brien & "Léa"',
      email: 'pas-une-adresse',
      message: '</textarea><img src=x onerror=alert(1)>\nligne 2',
      organisation: '" autofocus onfocus="alert(1)',
      consent: 'on',
      locale: 'fr',
    }
    const filled = membership(typed, { email: ['form.errors.email'] })
    expect(filled).not.toBeNull()
    const page = reparse(filled?.html ?? '')
    expect(page.byId('membership-name')?.attrs.value).toBe(typed.name)
    expect(page.byId('membership-organisation')?.attrs.value).toBe(typed.organisation)
    expect(page.byId('membership-organisation')?.attrs.onfocus).toBeUndefined()
    expect(page.byId('membership-message')?.text).toBe(typed.message)
    expect(page.byId('membership-consent')?.attrs.checked).toBe('')
    expect(page.elements.filter((element) => element.tag === 'img')).toHaveLength(1)
    expect(page.elements.some((element) => element.tag === 'script')).toBe(false)
  })

  it('names each field in error beside it and in the summary at the top, with a link to the field', () => {
    const filled = membership(
      { name: 'Léa', email: 'x', locale: 'fr' },
      { email: ['form.errors.email'], consent: ['form.errors.consent'] },
    )
    const page = reparse(filled?.html ?? '')
    expect(page.byId('membership-email-error')?.text).toBe(
      'Indiquez une adresse électronique valide, par exemple nom@exemple.fr.',
    )
    expect(page.byId('membership-email-error')?.attrs.hidden).toBeUndefined()
    expect(page.byId('membership-email')?.attrs['aria-invalid']).toBe('true')
    expect(page.byId('membership-name-error')?.attrs.hidden).toBe('')
    expect(page.byId('membership-name')?.attrs['aria-invalid']).toBeUndefined()
    const links = page.elements
      .filter((element) => element.tag === 'a' && element.attrs.href?.startsWith('#membership'))
      .map((element) => [element.attrs.href, element.text])
    expect(links).toEqual([
      [
        '#membership-email',
        'Courriel\u00a0: Indiquez une adresse électronique valide, par exemple nom@exemple.fr.',
      ],
      [
        '#membership-consent',
        'Consentement\u00a0: Cochez cette case pour que nous puissions traiter votre demande.',
      ],
    ])
    // The summary is shown, first in <main>, and the title says there is an error.
    const main = page.elements.findIndex((element) => element.tag === 'main')
    expect(page.elements[main + 1]?.attrs['data-summary']).toBe('')
    expect(page.elements[main + 1]?.attrs.hidden).toBeUndefined()
    expect(page.elements.find((element) => element.tag === 'title')?.text).toBe(
      'Erreur\u00a0: Devenir membre · Mist',
    )
  })

  it('detaches the page from the site: no script, no policy or referrer meta, addresses absolute', () => {
    const filled = membership({ locale: 'fr' }, { name: ['form.errors.required'] })
    const page = reparse(filled?.html ?? '')
    const tags = page.elements.map((element) => element.tag)
    expect(tags).not.toContain('script')
    expect(page.elements.filter((e) => e.tag === 'meta' && e.attrs['http-equiv'])).toEqual([])
    expect(page.elements.filter((e) => e.tag === 'meta' && e.attrs.name === 'referrer')).toEqual([])
    expect(page.elements.some((e) => e.attrs.rel === 'modulepreload')).toBe(false)
    expect(
      page.elements.some((e) => Object.keys(e.attrs).some((name) => name.startsWith('on'))),
    ).toBe(false)
    const stylesheet = page.elements.find((e) => e.tag === 'link' && e.attrs.rel === 'stylesheet')
    expect(stylesheet?.attrs.href).toBe(`${siteUrl}/_astro/index.Test1234.css`)
    const image = page.elements.find((e) => e.tag === 'img')
    expect(image?.attrs.src).toBe(`${siteUrl}/_astro/logo.svg`)
    expect(image?.attrs.srcset).toBe(
      `${siteUrl}/_astro/logo.svg 1x, ${siteUrl}/_astro/logo@2x.png 2x`,
    )
    expect(page.elements.find((e) => e.tag === 'footer')?.text).toBe('Accessibilité')
    const links = page.elements.filter((e) => e.tag === 'a').map((e) => e.attrs.href)
    expect(links).toContain(`${siteUrl}/fr/accessibilite/`)
    expect(links).toContain('#content')
    expect(page.elements.find((e) => e.tag === 'form')?.attrs.action).toBe(
      `${cmsUrl}/api/forms/membership-request`,
    )
    // The inline style stays, allowed by its hash.
    expect(filled?.styleHashes).toEqual(["'sha256-+s3/aXUMwOwHb6EqNzMkQgh44UCaYPDLcC7CfNYQSe8='"])
  })

  it('chooses the posted option and radio, and keeps the built choice for an option the form does not offer', () => {
    const quote = (training: string) =>
      reparse(
        fillRefusedForm(
          quotePage('en', '/en/trainings/initial-training/', cmsUrl, [
            ['1', 'Initial training'],
            ['2', 'Continued training'],
          ]),
          {
            action: `${cmsUrl}/api/forms/quote-request`,
            values: new URLSearchParams({ training, locale: 'en' }),
            fields: ['name', 'training', 'consent'],
            errors: { name: ['form.errors.required'] },
          },
          siteUrl,
        )?.html ?? '',
      ).elements.filter((e) => e.tag === 'option' && e.attrs.selected !== undefined)
    expect(quote('2').map((option) => option.text)).toEqual(['Continued training'])
    expect(quote('other').map((option) => option.text)).toEqual(['Something else'])
    expect(quote('99').map((option) => option.text)).toEqual(['Initial training'])

    const appointment = reparse(
      fillRefusedForm(
        appointmentPage('/fr/prendre-rendez-vous/', cmsUrl),
        {
          action: `${cmsUrl}/api/forms/appointment-request`,
          values: new URLSearchParams({ contactBy: 'email', email: 'x@', locale: 'fr' }),
          fields: ['name', 'contactBy', 'phone', 'email', 'consent'],
          errors: { email: ['form.errors.email'] },
        },
        siteUrl,
      )?.html ?? '',
    )
    expect(appointment.byId('appointment-contactBy-email')?.attrs.checked).toBe('')
    expect(appointment.byId('appointment-contactBy-phone')?.attrs.checked).toBeUndefined()
  })

  it('gives nothing back for a page without this form, or with it twice, or without its summary', () => {
    const page = membershipPage('fr', '/fr/devenir-membre/', cmsUrl)
    const post: RefusedFormPost = {
      action: `${cmsUrl}/api/forms/membership-request`,
      values: new URLSearchParams({ locale: 'fr' }),
      fields: ['name'],
      errors: { name: ['form.errors.required'] },
    }
    expect(fillRefusedForm(page, post, siteUrl)).not.toBeNull()
    expect(
      fillRefusedForm(page, { ...post, action: `${cmsUrl}/api/forms/quote-request` }, siteUrl),
    ).toBeNull()
    expect(fillRefusedForm(page.replace('</main>', `${page}</main>`), post, siteUrl)).toBeNull()
    expect(fillRefusedForm(page.replace(' data-summary ', ' '), post, siteUrl)).toBeNull()
    expect(fillRefusedForm('<!doctype html><title>Accueil</title>', post, siteUrl)).toBeNull()
  })
})

describe('the refilled page’s policy', () => {
  it('runs nothing, styles and images from the site only, and posts to the CMS (whose answer leads to the site)', () => {
    expect(refusedFormPolicy(siteUrl, cmsUrl, ["'sha256-abc='"])).toBe(
      "default-src 'none'; style-src https://mist.example 'sha256-abc='; img-src https://mist.example https://cms.mist.example data:; form-action https://cms.mist.example https://mist.example; base-uri 'none'; frame-ancestors 'none'",
    )
  })
})
