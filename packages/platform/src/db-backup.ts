/**
 * `pnpm db:backup [--to <folder>]`: backs up the database of `pnpm start` (DATABASE_URL when set, otherwise
 * the embedded PostgreSQL in `.data/`, started for the occasion) and its media folder (MEDIA_DIR, default
 * `.data/media`) into a new folder `<folder>/mist-<UTC time>/` (default folder: BACKUP_DIR, else
 * `.data/backups`), then deletes the backups there older than BACKUP_KEEP_DAYS days (default 30), so that
 * purged requests do not live on (docs/operations/backups.md). Needs pg_dump of the server's major version.
 */
import path from 'node:path'
import { parseArgs } from 'node:util'

import { backupDatabase, rotateBackups } from './backup.ts'
import { openStartDatabase, startDataDir } from './start-database.ts'

const { values } = parseArgs({ options: { to: { type: 'string' } } })
const backupsDir = path.resolve(
  values.to ?? (process.env.BACKUP_DIR || path.join(startDataDir, 'backups')),
)
const keepDays = Number(process.env.BACKUP_KEEP_DAYS ?? 30)
if (!Number.isInteger(keepDays) || keepDays < 1) {
  console.error('BACKUP_KEEP_DAYS must be a whole number of days, 1 or more')
  process.exit(1)
}
const mediaDir = path.resolve(process.env.MEDIA_DIR || path.join(startDataDir, 'media'))

try {
  const database = await openStartDatabase({ mustExist: true })
  try {
    const { dir, manifest } = await backupDatabase({
      databaseUrl: database.url,
      mediaDir,
      backupsDir,
    })
    const rows = Object.values(manifest.database.rows).reduce((sum, count) => sum + count, 0)
    console.log(
      `Backup written to ${dir}: ${rows} rows in ${Object.keys(manifest.database.rows).length} tables ` +
        `(PostgreSQL ${manifest.database.serverVersion}), ` +
        (manifest.media.included
          ? `${manifest.media.files} media files (${manifest.media.bytes} bytes).`
          : `no media (no folder ${mediaDir}; media on S3 are not backed up by this command).`),
    )
    const deleted = await rotateBackups({ backupsDir, keepDays })
    if (deleted.length > 0)
      console.log(
        `Deleted ${deleted.length} backups older than ${keepDays} days: ${deleted.join(', ')}`,
      )
  } finally {
    await database.stop()
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
}
