import { createHmac } from 'node:crypto'

import { describe, expect, it } from 'vitest'

import { callDeployHook } from './deployHook.ts'

const secret = 'a-test-secret-of-enough-length'

function recorder(statuses: number[]) {
  const calls: Array<{ headers: Record<string, string>; body: string }> = []
  const fetchImpl = ((_url: string, init: RequestInit) => {
    calls.push({ headers: init.headers as Record<string, string>, body: init.body as string })
    return Promise.resolve(new Response(null, { status: statuses[calls.length - 1] ?? 200 }))
  }) as typeof fetch
  return { calls, fetchImpl }
}

describe('deploy hook', () => {
  it('signs the exact body with HMAC-SHA256 so the receiver can check it came from this CMS', async () => {
    const { calls, fetchImpl } = recorder([204])
    await callDeployHook({
      url: 'https://hooks.example/build',
      secret,
      trigger: 'trainings 3 published',
      fetchImpl,
    })
    const call = calls[0]
    if (!call) throw new Error('no call')
    const expected = `sha256=${createHmac('sha256', secret).update(call.body).digest('hex')}`
    expect(call.headers['X-Mist-Signature']).toBe(expected)
    expect(JSON.parse(call.body)).toMatchObject({
      event_type: 'mist-site-build',
      client_payload: { trigger: 'trainings 3 published' },
    })
  })

  it('retries a hook that is briefly down, then succeeds', async () => {
    const { calls, fetchImpl } = recorder([503, 429, 200])
    await callDeployHook({
      url: 'https://hooks.example/build',
      secret,
      trigger: 't',
      fetchImpl,
      backoffMs: 1,
    })
    expect(calls).toHaveLength(3)
  })

  it('gives up at once on a refusal, and after the last attempt on errors, saying why', async () => {
    const refused = recorder([401])
    await expect(
      callDeployHook({
        url: 'https://hooks.example/build',
        secret,
        trigger: 't',
        fetchImpl: refused.fetchImpl,
        backoffMs: 1,
      }),
    ).rejects.toThrow(/HTTP 401/)
    expect(refused.calls).toHaveLength(1)
    const down = recorder([500, 500, 500, 500])
    await expect(
      callDeployHook({
        url: 'https://hooks.example/build',
        secret,
        trigger: 't',
        fetchImpl: down.fetchImpl,
        backoffMs: 1,
      }),
    ).rejects.toThrow(/HTTP 500/)
    expect(down.calls).toHaveLength(4)
  })
})
