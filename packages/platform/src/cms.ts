import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'

import { cmsDir } from './paths.ts'
import { run, terminate, waitForOk } from './processes.ts'

/** Environment the CMS needs; see apps/cms/src/env.ts for each variable. */
export interface CmsEnv {
  DATABASE_URL: string
  PAYLOAD_SECRET: string
  CMS_URL: string
  SITE_URL: string
  MEDIA_DIR?: string
  SEED_ON_EMPTY?: 'true' | 'false'
  SITE_BUILDER?: 'off' | 'builtin' | 'hook'
  SITE_BUILDS_DIR?: string
  SITE_DIR?: string
  BUILD_QUIET_MS?: string
  PREVIEW_SERVER_URL?: string
  FORM_RATE_LIMIT_PER_CLIENT?: string
  FORM_RATE_LIMIT_GLOBAL?: string
  FORM_RATE_LIMIT_WINDOW_SECONDS?: string
  /** An empty string reads as unset (env-schema.ts): benchmarks pass '' so no email is sent. */
  SMTP_HOST?: string
  STAFF_NOTIFY_TO?: string
  /** Node's own options for the CMS process (benchmarks: a CPU profile). */
  NODE_OPTIONS?: string
}

/** The newest modification time (ms since the epoch) of any file under `dir`, recursively. */
export function newestMtime(dir: string): number {
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs)
  }
  return newest
}

/** True when the CMS has no production build, or its sources (or the workspace packages it uses) changed since. */
export function cmsBuildIsStale(): boolean {
  const buildId = path.join(cmsDir, '.next/BUILD_ID')
  if (!existsSync(buildId)) return true
  const builtAt = statSync(buildId).mtimeMs
  const sources = ['src', '../../packages/schema/src', '../../packages/platform/src'].map((dir) =>
    path.join(cmsDir, dir),
  )
  return sources.some((dir) => newestMtime(dir) > builtAt)
}

/** Builds the CMS for production (`next build`; the admin's import map is committed). */
export async function buildCms(options: { quiet?: boolean } = {}): Promise<void> {
  await run('pnpm', ['run', 'build'], {
    cwd: cmsDir,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    quiet: options.quiet ?? false,
  })
}

/**
 * The command that runs the built CMS, relative to apps/cms: the same for `pnpm start` and for
 * docker-compose.yml (a test keeps them identical). `server.ts` is Next.js's request handler behind a step that
 * records the TCP peer for the form intake's rate limit (apps/cms/server.ts).
 */
export function cmsStartCommand(port: number, hostname: string): string[] {
  return ['node', 'server.ts', '--port', String(port), '--hostname', hostname]
}

/** A running CMS process. */
export interface CmsProcess {
  url: string
  child: ChildProcess
  stop: () => Promise<void>
}

/**
 * Starts the built CMS with its server (apps/cms/server.ts; production: committed migrations run on first
 * init, then the seed fills an empty database) and waits until its REST API answers.
 * Started with node directly: through `pnpm exec`, signals did not reach next-server.
 * @throws when the CMS does not answer within `timeoutMs`
 */
export async function startCms(options: {
  env: CmsEnv
  port: number
  timeoutMs?: number
  quiet?: boolean
  /** Receives the CMS's error output instead of this process's stderr (tests that read what it logged). */
  onStderr?: (text: string) => void
}): Promise<CmsProcess> {
  const [, ...args] = cmsStartCommand(options.port, '127.0.0.1')
  const child = spawn(process.execPath, args, {
    cwd: cmsDir,
    env: { ...process.env, ...options.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
    stdio: [
      options.quiet ? 'ignore' : 'inherit',
      options.quiet ? 'ignore' : 'inherit',
      options.onStderr ? 'pipe' : 'inherit',
    ],
  })
  const onStderr = options.onStderr
  if (onStderr) child.stderr?.on('data', (chunk: Buffer) => onStderr(chunk.toString()))
  const url = options.env.CMS_URL
  const stop = () => terminate(child)
  try {
    await waitForOk(
      `http://127.0.0.1:${options.port}/api/pages?limit=1&depth=0`,
      options.timeoutMs ?? 120_000,
      child,
    )
  } catch (error) {
    await stop()
    throw error
  }
  return { url, child, stop }
}
