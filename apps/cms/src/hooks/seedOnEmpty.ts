import type { Payload } from 'payload'

import { env } from '../env.ts'
import { isEmpty, seed } from '../seed/index.ts'

/** On start-up, fills an empty database with Mist's content (unless SEED_ON_EMPTY=false). */
export async function seedOnEmpty(payload: Payload): Promise<void> {
  if (env.SEED_ON_EMPTY !== 'true') return
  if (!(await isEmpty(payload))) return
  const report = await seed(payload)
  payload.logger.info(`Seeded Mist's content: ${report.created} documents created`)
}
