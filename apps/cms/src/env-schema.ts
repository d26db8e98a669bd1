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

/**
 * @param source usually `process.env`
 * @param isBuildPhase true during `next build`, when runtime-only variables get throwaway values
 * @throws Error listing every missing or malformed variable by name
 */
export function parseEnv(source: Record<string, string | undefined>, isBuildPhase = false): Env {
  const input = isBuildPhase
    ? {
        PAYLOAD_SECRET: randomBytes(32).toString('hex'),
        DATABASE_URL: 'postgres://build-phase.invalid/none',
        ...source,
      }
    : source
  const result = EnvSchema.safeParse(input)
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `- ${issue.path.join('.')}: ${issue.message}`)
    throw new Error(`The CMS cannot start; fix its environment:\n${problems.join('\n')}`)
  }
  return result.data
}

