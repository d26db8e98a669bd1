import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** Absolute paths of the monorepo's parts. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
export const cmsDir = path.join(repoRoot, 'apps/cms')
export const siteDir = path.join(repoRoot, 'apps/site')
