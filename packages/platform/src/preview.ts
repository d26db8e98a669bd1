/**
 * The draft preview server (apps/site/astro.preview.config.mjs): built like the CMS when its sources changed,
 * run beside it on 127.0.0.1, and reached only through the CMS's `/preview/…` route, which lets signed-in
 * staff through (the server checks their session with the CMS again).
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, statSync } from 'node:fs'
import path from 'node:path'

import { newestMtime } from './cms.ts'
import { siteDir } from './paths.ts'
import { run, terminate, waitForOk } from './processes.ts'

const entry = path.join(siteDir, 'dist-preview/server/entry.mjs')

/** True when the preview server was never built, or the site's or the schema's sources changed since. */
export function previewBuildIsStale(): boolean {
  if (!existsSync(entry)) return true
  const builtAt = statSync(entry).mtimeMs
  const dirs = [path.join(siteDir, 'src'), path.join(siteDir, '../../packages/schema/src')]
  const files = ['astro.preview.config.mjs', 'package.json'].map((file) => path.join(siteDir, file))
  return (
    dirs.some((dir) => newestMtime(dir) > builtAt) ||
    files.some((file) => statSync(file).mtimeMs > builtAt)
  )
}

/** Builds the preview server (`astro build --config astro.preview.config.mjs`, about 3 s). */
export async function buildPreviewServer(options: { quiet?: boolean } = {}): Promise<void> {
  await run(
    process.execPath,
    [
      path.join(siteDir, 'node_modules/astro/bin/astro.mjs'),
      'build',
      '--config',
      'astro.preview.config.mjs',
    ],
    {
      cwd: siteDir,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
      quiet: options.quiet ?? false,
    },
  )
}

/**
 * The command that runs the built preview server, relative to apps/site: the same for `pnpm start` and for
 * docker-compose.yml (a test keeps them identical). Its address comes from HOST and PORT.
 */
export function previewStartCommand(): string[] {
  return ['node', 'dist-preview/server/entry.mjs']
}

/** A running preview server. */
export interface PreviewProcess {
  /** Its internal origin, e.g. `http://127.0.0.1:4322` (the CMS's PREVIEW_SERVER_URL). */
  url: string
  child: ChildProcess
  stop: () => Promise<void>
}

/**
 * Starts the built preview server on 127.0.0.1:`port` and waits until it answers (401 to a request without a
 * session: it serves nothing to anyone the CMS has not signed in).
 * @param cmsUrl where it reads drafts and checks sessions; @param siteUrl where its links lead
 * @throws when it does not answer within `timeoutMs`
 */
export async function startPreviewServer(options: {
  port: number
  cmsUrl: string
  siteUrl: string
  timeoutMs?: number
  quiet?: boolean
}): Promise<PreviewProcess> {
  const [, ...args] = previewStartCommand()
  const child = spawn(process.execPath, args, {
    cwd: siteDir,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(options.port),
      CMS_URL: options.cmsUrl,
      SITE_URL: options.siteUrl,
    },
    stdio: options.quiet ? ['ignore', 'ignore', 'inherit'] : 'inherit',
  })
  const url = `http://127.0.0.1:${options.port}`
  const stop = () => terminate(child)
  try {
    await waitForOk(`${url}/preview/`, options.timeoutMs ?? 30_000, child, 401)
  } catch (error) {
    await stop()
    throw error
  }
  return { url, child, stop }
}
