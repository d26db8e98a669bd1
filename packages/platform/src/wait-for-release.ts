import { currentRelease } from './releases.ts'

/**
 * Waits until the CMS's first site build is served, or fails with the CMS's error for it.
 * @param cmsUrl the CMS, whose `/api/health` reports the last build's result
 * @throws when the first build fails or `timeoutMs` passes
 */
export async function waitForRelease(
  buildsDir: string,
  cmsUrl: string,
  timeoutMs: number,
): Promise<string> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const release = currentRelease(buildsDir)
    if (release) return release
    try {
      const health = (await (await fetch(`${cmsUrl}/api/health`)).json()) as {
        site?: {
          building?: boolean
          pendingChanges?: number
          lastBuild?: { status?: string } | null
        }
      }
      const site = health.site
      if (site?.lastBuild?.status === 'failed' && !site.building && site.pendingChanges === 0) {
        throw new Error(
          'The first site build failed: see the CMS log above, or the Site panel in the admin.',
        )
      }
    } catch (error) {
      if (error instanceof Error && error.message.startsWith('The first site build failed'))
        throw error
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`No site build was published within ${timeoutMs} ms.`)
}
