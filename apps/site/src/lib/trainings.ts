/**
 * The trainings catalogue's filters (issue 5: "filter by audience and format"): static pages under the
 * professionals page, so filtering needs no JavaScript, like the advocacy timeline's (ADR 013).
 */
import {
  trainingAudiences,
  trainingFormats,
  type TrainingDoc,
  type TrainingFilter,
} from '@mist/schema'
import type { TFunction } from 'i18next'

import { itemsPerPage } from './pagination.ts'

/** True when `training` is one the filter selects; a training for both audiences is under each. */
export function matchesTrainingFilter(training: TrainingDoc, filter: TrainingFilter): boolean {
  if (filter.by === 'format') return training.format === filter.format
  return training.audience === filter.audience || training.audience === 'both'
}

/**
 * The filters worth a page for these trainings: each audience and each format that selects at least one,
 * audiences first, in the CMS's order.
 */
export function trainingFilters(trainings: TrainingDoc[]): TrainingFilter[] {
  const candidates: TrainingFilter[] = [
    ...trainingAudiences
      .filter((audience) => audience !== 'both')
      .map((audience): TrainingFilter => ({ by: 'audience', audience })),
    ...trainingFormats.map((format): TrainingFilter => ({ by: 'format', format })),
  ]
  return candidates.filter((filter) =>
    trainings.some((training) => matchesTrainingFilter(training, filter)),
  )
}

/** The trainings a filter selects (all of them without a filter), in the same order. */
export function filterTrainings(
  trainings: TrainingDoc[],
  filter: TrainingFilter | undefined,
): TrainingDoc[] {
  return filter
    ? trainings.filter((training) => matchesTrainingFilter(training, filter))
    : trainings
}

/** A stable key of a filter: the same filter in two locales has the same key. */
export function trainingFilterKey(filter: TrainingFilter): string {
  return filter.by === 'audience' ? `audience:${filter.audience}` : `format:${filter.format}`
}

/** How a filter is named on its link and in its page's title. */
export function trainingFilterLabel(filter: TrainingFilter, t: TFunction): string {
  return filter.by === 'audience'
    ? t(`labels.audience.${filter.audience}`)
    : t(`labels.format.${filter.format}`)
}

/**
 * The trainings the quote form on a training's page offers to choose from (besides "something else"): every
 * training while the catalogue fits on one page of the list (`itemsPerPage`), the `selected` one alone beyond.
 * Every training page carries the form, so a choice of every training would make the site's size grow with the
 * square of the catalogue (a 1,250-training catalogue: 1,250 options on each of 1,250 pages), and a list of
 * hundreds of options is no help to a reader, who picks a training from the catalogue's pages instead.
 */
export function quoteFormTrainings(trainings: TrainingDoc[], selected: number): TrainingDoc[] {
  if (trainings.length <= itemsPerPage) return trainings
  return trainings.filter((training) => training.id === selected)
}

/** The tags of a training's card (format, audience, "on request"), in the listing's language. */
export function trainingCardTags(training: TrainingDoc, t: TFunction): string[] {
  return [
    t(`labels.format.${training.format}`),
    t(`labels.audience.${training.audience}`),
    ...(training.onRequest ? [t('trainings.onRequestTag')] : []),
  ]
}
