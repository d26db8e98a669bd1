/** `pnpm site:rollback`: serve the previous site build again (the built-in builder keeps the last few). */
import path from 'node:path'

import { repoRoot } from './paths.ts'
import { rollback } from './releases.ts'

const buildsDir = process.env.SITE_BUILDS_DIR ?? path.join(repoRoot, '.data', 'site-builds')
try {
  console.log(
    `The site now serves the build ${rollback(buildsDir)}, until the next build (next publish or CMS start).`,
  )
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
}
