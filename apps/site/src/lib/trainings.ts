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
