import { describe, expect, it } from 'vitest'

import { bootPayload } from '../helpers/payload.ts'

describe('slugs', () => {
  it('fills an empty slug from the French title, folded to ASCII', async () => {
    const { payload } = await bootPayload()
    const doc = await payload.create({
      collection: 'trainings',
      locale: 'fr',
      data: {
        title: 'Éducation à l’égalité : œuvre commune',
        audience: 'both',
        format: 'initial',
        _status: 'published',
      },
    })
    expect(doc.slug).toBe('education-a-legalite-oeuvre-commune')
  })

  it('leaves the slug empty on a draft save, so an autosave never freezes a half-typed title', async () => {
    const { payload } = await bootPayload()
    const draft = await payload.create({
      collection: 'trainings',
      locale: 'fr',
      draft: true,
      data: { title: 'Formation ini', audience: 'both', format: 'initial', _status: 'draft' },
    })
    expect(draft.slug ?? null).toBeNull()
    const published = await payload.update({
      collection: 'trainings',
      id: draft.id,
      locale: 'fr',
      data: { title: 'Formation initiale renforcée', _status: 'published' },
    })
    expect(published.slug).toBe('formation-initiale-renforcee')
  })

  it('refuses an address another document of the collection already has in that language, naming it', async () => {
    const { payload } = await bootPayload()
    await payload.create({
      collection: 'trainings',
      locale: 'fr',
      data: {
        title: 'Formation d’origine',
        slug: 'adresse-prise',
        audience: 'both',
        format: 'initial',
        _status: 'published',
      },
    })
    await expect(
      payload.create({
        collection: 'trainings',
        locale: 'fr',
        data: {
          title: 'Doublon',
          slug: 'adresse-prise',
          audience: 'both',
          format: 'initial',
          _status: 'published',
        },
      }),
    ).rejects.toThrow(/slug/)
    const other = await payload.create({
      collection: 'publications',
      locale: 'fr',
      data: {
        title: 'Autre collection',
        slug: 'adresse-prise',
        kind: 'report',
        origin: 'mist',
        date: '2026-01-01',
        datePrecision: 'day',
        _status: 'published',
      },
    })
    expect(other.slug).toBe('adresse-prise')
  })

  it('explains the refusal in French, with the other document’s title', async () => {
    const { payload } = await bootPayload()
    const error = await payload
      .create({
        collection: 'trainings',
        locale: 'fr',
        data: {
          title: 'Encore un doublon',
          slug: 'adresse-prise',
          audience: 'both',
          format: 'initial',
          _status: 'published',
        },
      })
      .catch((caught: unknown) => caught as { data?: { errors?: Array<{ message: string }> } })
    expect(JSON.stringify(error)).toContain(
      'Cette adresse est déjà utilisée par « Formation d’origine »',
    )
  })

  it('refuses a page address the site reserves', async () => {
    const { payload } = await bootPayload()
    await expect(
      payload.create({
        collection: 'pages',
        locale: 'fr',
        data: { title: 'Merci', slug: 'merci', _status: 'published' },
      }),
    ).rejects.toThrow(/slug/)
  })
})
