import { parseEnv, type Env } from './env-schema.ts'

/** The CMS's environment, parsed once when the CMS loads (see env-schema.ts); a bad one stops the CMS. */
export const env: Env = parseEnv(process.env, process.env.NEXT_PHASE === 'phase-production-build')

/** The site's origin (`scheme://host[:port]`), compared with a request's `Origin` header. */
export const siteOrigin: string = new URL(env.SITE_URL).origin
