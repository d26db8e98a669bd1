/**
 * Serves the current site release on its own (the `site` service of docker-compose.yml): SITE_BUILDS_DIR
 * (default `.data/site-builds`), SITE_PORT (4321), SITE_HOST (127.0.0.1; 0.0.0.0 in a container), SITE_URL (the
 * public address; https adds HSTS).
 * The same server `pnpm start` runs.
 */
import path from 'node:path'

import { repoRoot } from './paths.ts'
import { currentRelease } from './releases.ts'
import { serveSite } from './site.ts'

const buildsDir = process.env.SITE_BUILDS_DIR ?? path.join(repoRoot, '.data', 'site-builds')
const port = Number(process.env.SITE_PORT ?? 4321)
const site = await serveSite(
  () => currentRelease(buildsDir),
  port,
  process.env.SITE_HOST ?? '127.0.0.1',
  process.env.SITE_URL || 'http://localhost',
)
console.log(`Serving ${buildsDir}/current on port ${port}`)
const stop = () => void site.stop().then(() => process.exit(0))
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
