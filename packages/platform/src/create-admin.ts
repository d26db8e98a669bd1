/**
 * `pnpm cms:create-admin --email <address>`: creates an admin account, the only way to get the first one in
 * production (the CMS's first-user screen is closed there). Uses DATABASE_URL when set; otherwise the embedded
 * PostgreSQL of `pnpm start` (in `.data/`, port PG_PORT, default 54329), started for the occasion when
 * `pnpm start` is not running. PAYLOAD_SECRET defaults to `.data/payload-secret`, like `pnpm start`.
 * The password comes from ADMIN_PASSWORD or is typed in the terminal (apps/cms/scripts/create-admin.ts).
 */
import { cmsDir } from './paths.ts'
import { run } from './processes.ts'
import { loadOrCreateSecret } from './secret.ts'
import { openStartDatabase, startDataDir } from './start-database.ts'

const database = await openStartDatabase()

try {
  await run(
    process.execPath,
    ['--import', 'tsx', 'scripts/create-admin.ts', ...process.argv.slice(2)],
    {
      cwd: cmsDir,
      env: {
        ...process.env,
        DATABASE_URL: database.url,
        PAYLOAD_SECRET: process.env.PAYLOAD_SECRET || loadOrCreateSecret(startDataDir),
      },
    },
  )
} catch {
  // The script has already said why.
  process.exitCode = 1
} finally {
  await database.stop()
}
