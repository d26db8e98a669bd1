import { createHmac } from 'node:crypto'

/**
 * Calls an outbound deploy hook. The body has GitHub's `repository_dispatch` shape
 * (`{ event_type, client_payload }`), which Netlify, Vercel and Cloudflare hooks ignore. It is signed with
 * HMAC-SHA256 over the exact body: `X-Mist-Signature: sha256=<hex>` (the same scheme as GitHub's webhooks).
 * Retries on network errors and 5xx/429 with exponential backoff (1 s, 2 s, 4 s…).
 * @throws after the last attempt, with the last status or error
 */
export async function callDeployHook(options: {
  url: string
  secret: string
  authorization?: string | undefined
  trigger: string
  attempts?: number
  backoffMs?: number
  fetchImpl?: typeof fetch
}): Promise<void> {
  const body = JSON.stringify({
    event_type: 'mist-site-build',
    client_payload: { trigger: options.trigger, requestedAt: new Date().toISOString() },
  })
  const signature = `sha256=${createHmac('sha256', options.secret).update(body).digest('hex')}`
  const headers: Record<string, string> = {
    'Content-Type': 'application/json',
    'X-Mist-Signature': signature,
  }
  if (options.authorization) headers.Authorization = options.authorization
  const attempts = options.attempts ?? 4
  const doFetch = options.fetchImpl ?? fetch
  let last = ''
  for (let attempt = 1; attempt <= attempts; attempt += 1) {
    try {
      const response = await doFetch(options.url, {
        method: 'POST',
        headers,
        body,
        signal: AbortSignal.timeout(15_000),
      })
      if (response.ok) return
      last = `HTTP ${response.status}`
      if (response.status < 500 && response.status !== 429) break
    } catch (error) {
      last = error instanceof Error ? error.message : String(error)
    }
    if (attempt < attempts)
      await new Promise((resolve) =>
        setTimeout(resolve, (options.backoffMs ?? 1000) * 2 ** (attempt - 1)),
      )
  }
  throw new Error(`The deploy hook did not accept the build request (${last}).`)
}
