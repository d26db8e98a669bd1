import { peerHeader } from '../endpoints/intake/clientAddress.ts'

/**
 * Answers the CMS's server (server.ts) may send without handing the request to Next.js: a form post from a
 * client the intake already refused and still refuses (over its rate limit until its window ends). A flood is
 * then answered by Node's HTTP server alone, about 0.1 ms of CPU per post instead of a route through Next.js
 * and Payload (issue 8: "≥ 3,000 rejected/s under flood"), and the CMS's other routes keep their share of the CPU.
 *
 * server.ts runs under Node while the intake is bundled by Next.js into the API route, so each has its own copy
 * of every module: the registry lives on `globalThis` under a `Symbol.for` key, shared by both copies. Until
 * the API route is first loaded nothing is registered and every post goes through Next.js as before.
 */

/** An answer ready to write: status, headers, body text (null: empty). */
export interface ReadyAnswer {
  status: number
  headers: Record<string, string>
  body: string | null
}

/**
 * Decides from a request's headers alone whether it gets a known refusal.
 * @returns the answer to send, or null to let the request through (the intake then decides as always)
 */
export type KnownRefusal = (headers: Headers) => ReadyAnswer | null

const registryKey = Symbol.for('mist.cms.knownRefusals')

function registry(): Map<string, KnownRefusal> {
  const holder = globalThis as typeof globalThis & { [registryKey]?: Map<string, KnownRefusal> }
  holder[registryKey] ??= new Map()
  return holder[registryKey]
}

/**
 * Registers the known refusals of one POST route.
 * @param apiPath the path under `/api`, e.g. `/forms/quote-request` (a later registration replaces it)
 */
export function registerKnownRefusal(apiPath: string, refusal: KnownRefusal): void {
  registry().set(apiPath, refusal)
}

/** Request headers server.ts passes on: those a known refusal reads (origin, type, client address). */
export const refusalHeaderNames = ['origin', 'content-type', 'x-forwarded-for', peerHeader] as const

/**
 * The known refusal of a POST to `apiPath`, if any.
 * @param apiPath the URL path without `/api` and without the query
 * @param headers the request headers (only {@link refusalHeaderNames} are read)
 */
export function knownRefusal(apiPath: string, headers: Headers): ReadyAnswer | null {
  return registry().get(apiPath)?.(headers) ?? null
}
