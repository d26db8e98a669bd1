/**
 * `pnpm db:restore <backup folder> [--replace]`: restores a backup made by `pnpm db:backup` into the database
 * of `pnpm start` (DATABASE_URL when set, otherwise the embedded PostgreSQL in `.data/`) and its media folder
 * (MEDIA_DIR, default `.data/media`). Refuses a database or media folder that is not empty unless `--replace`
 * is given. Stop `pnpm start` first: the CMS must not write while its database is replaced.
 */
import path from 'node:path'
import { parseArgs } from 'node:util'

import { readManifest, restoreBackup } from './backup.ts'
import { openStartDatabase, startDataDir } from './start-database.ts'

const { values, positionals } = parseArgs({
  options: { replace: { type: 'boolean', default: false } },
  allowPositionals: true,
})
const [backup] = positionals
if (!backup || positionals.length > 1) {
  console.error('Usage: pnpm db:restore <backup folder> [--replace]')
  process.exit(1)
}
const backupDir = path.resolve(backup)
const mediaDir = path.resolve(process.env.MEDIA_DIR || path.join(startDataDir, 'media'))

try {
  // A wrong path is reported before any database is started.
  await readManifest(backupDir)
  const database = await openStartDatabase()
  try {
    const manifest = await restoreBackup({
      backupDir,
      databaseUrl: database.url,
      mediaDir,
      replace: values.replace,
    })
    console.log(
      `Restored the backup of ${manifest.createdAt} (${Object.keys(manifest.database.rows).length} tables, ` +
        `${manifest.media.files} media files). Requests received older than the retention period are ` +
        'purged again by the CMS at its next nightly run.',
    )
  } finally {
    await database.stop()
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
}
