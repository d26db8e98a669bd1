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

  describe('on publish, in every language with a title', () => {
    const draftHearing = async (frTitle: string, enTitle: string) => {
      const { payload } = await bootPayload()
      const draft = await payload.create({
        collection: 'hearings',
        locale: 'fr',
        draft: true,
        data: {
          title: frTitle,
          kind: 'hearing',
          institution: 'greta',
          date: '2026-10-01',
          datePrecision: 'day',
          _status: 'draft',
        },
      })
      await payload.update({
        collection: 'hearings',
        id: draft.id,
        locale: 'en',
        draft: true,
        data: { title: enTitle, _status: 'draft' },
      })
      return draft.id
    }
    const slugs = async (id: number) => {
      const { payload } = await bootPayload()
      const doc = await payload.findByID({ collection: 'hearings', id, locale: 'all', depth: 0 })
      return doc.slug as unknown as Record<string, string | null | undefined>
    }

    it('gives the English version its address when the scheduled publish runs in French', async () => {
      // Setup: written in French and English, drafts only, as autosave leaves them.
      const { payload } = await bootPayload()
      const id = await draftHearing('Audition programmée', 'Scheduled hearing')
      // Action: what the scheduled-publish job does (default locale, status only).
      await payload.update({ collection: 'hearings', id, data: { _status: 'published' } })
      // Assert
      expect(await slugs(id)).toEqual({ fr: 'audition-programmee', en: 'scheduled-hearing' })
    })

    it('gives the French version its address when the editor publishes from the English tab', async () => {
      const { payload } = await bootPayload()
      const id = await draftHearing('Audition publiée depuis l’anglais', 'Published from English')
      await payload.update({
        collection: 'hearings',
        id,
        locale: 'en',
        data: { _status: 'published' },
      })
      expect(await slugs(id)).toEqual({
        fr: 'audition-publiee-depuis-langlais',
        en: 'published-from-english',
      })
    })

    it('numbers an address another hearing already has, instead of failing the publish', async () => {
      const { payload } = await bootPayload()
      const first = await draftHearing('Audition homonyme', 'Same-name hearing')
      await payload.update({ collection: 'hearings', id: first, data: { _status: 'published' } })
      const second = await draftHearing('Audition homonyme bis', 'Same-name hearing')
      await payload.update({ collection: 'hearings', id: second, data: { _status: 'published' } })
      expect((await slugs(second)).en).toBe('same-name-hearing-2')
    })

    it('leaves a language without a title without an address', async () => {
      const { payload } = await bootPayload()
      const draft = await payload.create({
        collection: 'hearings',
        locale: 'fr',
        draft: true,
        data: {
          title: 'Audition en français seulement',
          kind: 'hearing',
          institution: 'greta',
          date: '2026-10-01',
          datePrecision: 'day',
          _status: 'draft',
        },
      })
      await payload.update({
        collection: 'hearings',
        id: draft.id,
        data: { _status: 'published' },
      })
      expect((await slugs(draft.id)).en ?? null).toBeNull()
    })
  })
})
