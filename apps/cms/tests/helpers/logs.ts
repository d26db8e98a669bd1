import type { Payload } from 'payload'
import { vi } from 'vitest'

const levels = ['trace', 'debug', 'info', 'warn', 'error', 'fatal'] as const
const consoleMethods = ['log', 'info', 'warn', 'debug'] as const

/**
 * Records what the CMS logs while `action` runs: every call to Payload's logger and to the console (console.error
 * is already a failure: helpers/failOnConsoleError.ts).
 * @returns `action`'s result and every logged line, each call's arguments joined
 */
export async function captureLogs<T>(
  payload: Payload,
  action: () => Promise<T>,
): Promise<{ result: T; lines: string[] }> {
  const spies = [
    ...levels.map((level) => vi.spyOn(payload.logger, level)),
    ...consoleMethods.map((method) => vi.spyOn(console, method)),
  ]
  try {
    const result = await action()
    const lines = spies.flatMap((spy) =>
      spy.mock.calls.map((call) =>
        call.map((part) => (typeof part === 'string' ? part : JSON.stringify(part))).join(' '),
      ),
    )
    return { result, lines }
  } finally {
    for (const spy of spies) spy.mockRestore()
  }
}
