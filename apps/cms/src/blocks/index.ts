import type { Block } from 'payload'

import { AudiencePaths } from './AudiencePaths.ts'
import { CallToAction } from './CallToAction.ts'
import { FeaturedTrainings } from './FeaturedTrainings.ts'
import { LatestAdvocacy } from './LatestAdvocacy.ts'
import { RichTextBlock } from './RichTextBlock.ts'
import { UrgentNumbers } from './UrgentNumbers.ts'

/** The blocks of a page's layout, in the order the admin offers them (`pageBlockTypes` in @mist/schema). */
export const pageBlocks: Block[] = [
  AudiencePaths,
  UrgentNumbers,
  LatestAdvocacy,
  FeaturedTrainings,
  CallToAction,
  RichTextBlock,
]
