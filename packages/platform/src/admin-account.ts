import { cmsDir } from './paths.ts'
import { run } from './processes.ts'

/**
 * Creates an admin account with the CMS's `scripts/create-admin.ts` (the command behind
 * `pnpm cms:create-admin`), against `databaseUrl` with the installation's `payloadSecret`.
 * @param password 12 characters or more; passed through the environment, never on the command line
 * @throws when the script fails (malformed email, short password, existing account, database unreachable)
 */
export async function createAdminAccount(options: {
  databaseUrl: string
  payloadSecret: string
  email: string
  password: string
  quiet?: boolean
}): Promise<void> {
  await run(
    process.execPath,
    ['--import', 'tsx', 'scripts/create-admin.ts', '--email', options.email],
    {
      cwd: cmsDir,
      env: {
        ...process.env,
        DATABASE_URL: options.databaseUrl,
        PAYLOAD_SECRET: options.payloadSecret,
        ADMIN_PASSWORD: options.password,
      },
      quiet: options.quiet ?? true,
    },
  )
}
