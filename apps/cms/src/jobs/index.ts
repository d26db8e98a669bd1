import type { Config } from 'payload'

import { env } from '../env.ts'

/**
 * Payload's job queue. Scheduled publishing (drafts.schedulePublish) queues its jobs in the `default` queue
 * with a `waitUntil` date; the CMS server runs due jobs every JOBS_CRON tick. Crons start only in the server
 * (`getPayload({ cron: true })`, as Next does), never in tests or CLI commands.
 */
export const jobs: NonNullable<Config['jobs']> = {
  autoRun: [{ cron: env.JOBS_CRON, queue: 'default' }],
  // Done jobs hold nothing an editor needs; the document's versions already record the publication.
  deleteJobOnComplete: true,
  tasks: [],
}
