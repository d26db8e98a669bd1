import type { Payload } from 'payload'

import { startSiteBuilder } from '../siteBuild/startSiteBuilder.ts'
import { seedOnEmpty } from './seedOnEmpty.ts'

/** Start-up: Mist's content on an empty database, then the site builder (which builds once at start). */
export async function onInit(payload: Payload): Promise<void> {
  await seedOnEmpty(payload)
  await startSiteBuilder(payload)
}
