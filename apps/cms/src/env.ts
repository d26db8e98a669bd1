import { randomBytes } from 'node:crypto'

import { z } from 'zod'

/**
 * The CMS's environment, parsed once at start-up; a missing or malformed variable stops the CMS with a message
 * naming it. During `next build` (NEXT_PHASE=phase-production-build) nothing is served or signed, so the
 * runtime-only variables get throwaway values instead.
 */
const EnvSchema = z.object({
  /** Signs sessions and tokens; 32+ characters. `pnpm start` generates one per installation. */
  PAYLOAD_SECRET: z.string().min(32, { error: 'PAYLOAD_SECRET must be set to 32 characters or more' }),
  /** PostgreSQL connection string, e.g. postgres://user@127.0.0.1:5432/mist */
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, { error: 'DATABASE_URL must be a postgres:// URL' }),
  /** Public origin of the CMS (admin, REST API, form intake). */
  CMS_URL: z.url().default('http://localhost:3000'),
  /** Public origin of the static site: form posts must come from it, and form answers redirect to it. */
  SITE_URL: z.url().default('http://localhost:4321'),
  /** `false` disables seeding an empty database with Mist's content at start-up. */
  SEED_ON_EMPTY: z.enum(['true', 'false']).default('true'),
})
export type Env = z.infer<typeof EnvSchema>

const isBuildPhase = process.env.NEXT_PHASE === 'phase-production-build'

function parseEnv(): Env {
  const source = isBuildPhase
    ? {
        PAYLOAD_SECRET: randomBytes(32).toString('hex'),
        DATABASE_URL: 'postgres://build-phase.invalid/none',
        ...process.env,
      }
    : process.env
  const result = EnvSchema.safeParse(source)
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `- ${issue.path.join('.')}: ${issue.message}`)
    throw new Error(`The CMS cannot start; fix its environment:\n${problems.join('\n')}`)
  }
  return result.data
}

export const env: Env = parseEnv()

/** The site's origin (`scheme://host[:port]`), compared with a request's `Origin` header. */
export const siteOrigin: string = new URL(env.SITE_URL).origin
