import type { JobsConfig } from 'payload'

import { roleOf } from '../access/roles.ts'
import { env } from '../env.ts'
import { nightlyQueue, purgeOldSubmissionsTask } from './purgeOldSubmissions.ts'

const adminOnly = ({ req }: { req: Parameters<typeof roleOf>[0] }) => roleOf(req) === 'admin'

/**
 * Background jobs (Payload jobs queue): each task's `schedule` queues it, `autoRun` runs what is due.
 * - `default` queue: scheduled publishing (drafts.schedulePublish) queues its jobs there with a `waitUntil`
 *   date; they run on the JOBS_CRON tick (default every 10 s).
 * - `nightly` queue: the retention purge of requests received.
 * Crons start with the first request the CMS serves (Payload starts them in Next's `getPayload`, not at boot),
 * never in tests or CLI commands. The REST endpoints to queue, run or cancel jobs are for admins only.
 */
export const jobs: JobsConfig = {
  tasks: [purgeOldSubmissionsTask],
  autoRun: [
    { cron: env.JOBS_CRON, queue: 'default' },
    { cron: '*/5 * * * *', queue: nightlyQueue },
  ],
  access: { queue: adminOnly, run: adminOnly, cancel: adminOnly },
  // Done jobs hold nothing an editor needs; the document's versions already record the publication.
  deleteJobOnComplete: true,
}
