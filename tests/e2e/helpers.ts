import { existsSync } from 'node:fs'

import { chromium, type Browser, type Page } from 'playwright-core'
import { inject } from 'vitest'

import { chromiumFlags, chromiumPath } from './chromium.ts'

/** The platform started by global-setup.ts. @throws with the start-up error when it did not start */
export function platformUrls(): { cmsUrl: string; siteUrl: string; previewUrl: string } {
  const platform = inject('platform')
  if ('error' in platform) throw new Error(`The platform did not start: ${platform.error}`)
  return platform
}

/** Debian's Chromium, headless, with no background traffic. @throws when it is not installed */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `Chromium is missing at ${chromiumPath}: install it (apt-get install -y chromium) or set CHROMIUM_PATH.`,
    )
  }
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [...chromiumFlags],
  })
}

export const admin = { email: 'admin@e2e.mist.invalid', password: 'e2e-admin-password-not-secret' }

/** A JWT of the admin that the global setup created with `pnpm cms:create-admin`'s script. */
export async function staffToken(cmsUrl: string): Promise<string> {
  const login = await fetch(`${cmsUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(admin),
  })
  const body = (await login.json()) as { token?: string }
  if (!body.token) throw new Error(`login: HTTP ${login.status}`)
  return body.token
}

/** Polls `check` every 200 ms until it returns a value, for at most `timeoutMs`. */
export async function eventually<T>(
  check: () => Promise<T | undefined>,
  timeoutMs: number,
  what: string,
): Promise<T> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const value = await check()
    if (value !== undefined) return value
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`Not seen within ${timeoutMs} ms: ${what}`)
}

/** Signs in to the admin as the test admin (see {@link staffToken}), as an editor would. */
export async function signInToAdmin(page: Page, cmsUrl: string): Promise<void> {
  await page.goto(`${cmsUrl}/admin/login`)
  await page.fill('#field-email', admin.email)
  await page.fill('#field-password', admin.password)
  await page.click('button[type="submit"]')
  await page.waitForURL(/\/admin\/?$/)
}
