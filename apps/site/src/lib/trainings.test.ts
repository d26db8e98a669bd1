import type { TrainingDoc } from '@mist/schema'
import { describe, expect, it } from 'vitest'

import { itemsPerPage } from './pagination.ts'
import { filterTrainings, quoteFormTrainings, trainingFilters } from './trainings.ts'

const updatedAt = '2026-01-01T00:00:00.000Z'
const training = (
  id: number,
  audience: TrainingDoc['audience'],
  format: TrainingDoc['format'],
): TrainingDoc => ({
  id,
  title: `Formation ${id}`,
  slug: `formation-${id}`,
  audience,
  format,
  updatedAt,
})

const catalogue = [
  training(1, 'minors', 'initial'),
  training(2, 'both', 'continued'),
  training(3, 'adults', 'initial'),
]

describe('trainings catalogue filters', () => {
  it('offers a page per audience and per format that selects something, audiences first', () => {
    expect(trainingFilters(catalogue)).toEqual([
      { by: 'audience', audience: 'minors' },
      { by: 'audience', audience: 'adults' },
      { by: 'format', format: 'initial' },
      { by: 'format', format: 'continued' },
    ])
  })

  it('lists a training for minors and adults under each audience', () => {
    const ids = (audience: 'minors' | 'adults') =>
      filterTrainings(catalogue, { by: 'audience', audience }).map((doc) => doc.id)
    expect(ids('minors')).toEqual([1, 2])
    expect(ids('adults')).toEqual([2, 3])
  })

  it('lists the trainings of one format, and every training without a filter', () => {
    expect(
      filterTrainings(catalogue, { by: 'format', format: 'initial' }).map((doc) => doc.id),
    ).toEqual([1, 3])
    expect(filterTrainings(catalogue, undefined)).toHaveLength(3)
  })
})

describe('the quote form’s choice of trainings', () => {
  it('offers every training of a catalogue that fits on one page, the page’s own one selected', () => {
    expect(quoteFormTrainings(catalogue, 2).map((t) => t.id)).toEqual([1, 2, 3])
  })

  it('offers only the page’s own training when the catalogue takes more than one page', () => {
    const large = Array.from({ length: itemsPerPage + 1 }, (_, i) =>
      training(i + 1, 'adults', 'initial'),
    )
    expect(quoteFormTrainings(large, 7).map((t) => t.id)).toEqual([7])
  })
})
