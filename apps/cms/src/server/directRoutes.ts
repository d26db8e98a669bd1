/**
 * POST routes the CMS's own server (server.ts) answers without Next.js: the form intakes. Through Next.js and
 * Payload's REST route, a post cost about 1.3 ms of CPU before the intake's first line and a refused one 1.4 ms
 * in all (issue 8's benchmark, docs/decisions/023-intake-hot-path.md); the server answers the same posts from
 * the same intake code. Two steps per route:
 * - a **known refusal**, from the headers alone: a client the intake already refused for its rate limit gets
 *   its 429 before the body is read (registered when the endpoint is created);
 * - the **answer**: the whole intake, given the headers and the body as Node's request stream (registered by
 *   the config's `onInit`, once Payload is ready).
 * Until a step is registered the post goes through Next.js as before, to the same intake.
 *
 * server.ts runs under Node while the intake is bundled by Next.js into the API route, so each has its own copy
 * of every module: the registry lives on `globalThis` under a `Symbol.for` key, shared by both copies.
 */

/** An answer ready to write: status, headers, body text (null: empty). */
export interface ReadyAnswer {
  status: number
  headers: Record<string, string>
  body: string | null
}

/** What the server answers itself for one POST route. */
export interface DirectRoute {
  /** The answer to send at once from the headers alone, or null to go on. */
  knownRefusal: (headers: Headers) => ReadyAnswer | null
  /**
   * The route's whole answer; absent until registered.
   * @param body the request body, e.g. Node's `IncomingMessage` (an async iterable of chunks)
   */
  answer?: (headers: Headers, body: AsyncIterable<Uint8Array>) => Promise<ReadyAnswer>
}

const registryKey = Symbol.for('mist.cms.directRoutes')

function registry(): Map<string, DirectRoute> {
  const holder = globalThis as typeof globalThis & { [registryKey]?: Map<string, DirectRoute> }
  holder[registryKey] ??= new Map()
  return holder[registryKey]
}

/**
 * Registers the known refusals of one POST route (a later registration replaces them).
 * @param apiPath the path under `/api`, e.g. `/forms/quote-request`
 */
export function registerKnownRefusal(apiPath: string, refusal: DirectRoute['knownRefusal']): void {
  const route = registry().get(apiPath)
  registry().set(apiPath, { ...route, knownRefusal: refusal })
}

/**
 * Registers the whole answer of one POST route whose known refusals are registered.
 * @throws when `apiPath` has no known refusals registered (the route is not a direct one)
 */
export function registerDirectAnswer(apiPath: string, answer: DirectRoute['answer']): void {
  const route = registry().get(apiPath)
  if (!route) throw new Error(`${apiPath} is not a direct route`)
  registry().set(apiPath, { ...route, answer })
}

/**
 * The direct route of a POST to `apiPath`, if any.
 * @param apiPath the URL path without `/api` and without the query
 */
export function directRoute(apiPath: string): DirectRoute | undefined {
  return registry().get(apiPath)
}
