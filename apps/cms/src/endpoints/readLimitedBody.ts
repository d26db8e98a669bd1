/** Thrown when a request body exceeds the limit; the intake answers 413. */
export class BodyTooLargeError extends Error {
  constructor(readonly limitBytes: number) {
    super(`Request body over ${limitBytes} bytes`)
  }
}

/** Thrown when a request body is not valid UTF-8; the intake refuses it rather than store U+FFFD. */
export class BodyEncodingError extends Error {
  constructor() {
    super('Request body is not valid UTF-8')
  }
}

/**
 * Thrown when the body stops before its end: the client closed or reset the connection (Node's `aborted`,
 * code ECONNRESET). Carries no `cause`, so the intake never takes the client's lost connection for the
 * database's (isDatabaseUnavailable follows causes and knows ECONNRESET).
 */
export class BodyIncompleteError extends Error {
  constructor() {
    super('Request body ended before it was complete')
  }
}

/**
 * Reads a request body as UTF-8 text (WHATWG Encoding, fatal mode: no replacement characters), stopping as soon
 * as it passes `limitBytes`, so an oversized post is refused without being buffered whole.
 * @param request its headers and its body: a web stream (Next.js) or an async iterable of chunks (Node's
 *   request stream, from the CMS's own server); a body over the limit is left unread, not destroyed, so the
 *   answer can still be sent (the server then closes the connection)
 * @throws BodyTooLargeError when the declared or actual size exceeds `limitBytes`
 * @throws BodyEncodingError when the bytes are not valid UTF-8
 * @throws BodyIncompleteError when the client stops sending before the end
 */
export async function readLimitedBody(
  request: {
    headers: Headers
    body?: ReadableStream<Uint8Array> | AsyncIterable<Uint8Array> | null
  },
  limitBytes: number,
): Promise<string> {
  const declared = Number(request.headers.get('content-length') ?? '0')
  if (declared > limitBytes) throw new BodyTooLargeError(limitBytes)
  if (!request.body) return ''
  const next = chunkReader(request.body)
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    let chunk: IteratorResult<Uint8Array>
    try {
      chunk = await next.read()
    } catch {
      throw new BodyIncompleteError()
    }
    if (chunk.done) break
    size += chunk.value.byteLength
    if (size > limitBytes) {
      await next.stop()
      throw new BodyTooLargeError(limitBytes)
    }
    chunks.push(chunk.value)
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks))
  } catch {
    throw new BodyEncodingError()
  }
}

/** Reads chunks one by one from a web stream or an async iterable; `stop` cancels a web stream only. */
function chunkReader(body: ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>): {
  read: () => Promise<IteratorResult<Uint8Array>>
  stop: () => Promise<void>
} {
  if ('getReader' in body) {
    const reader = body.getReader()
    return {
      read: async () => {
        const { done, value } = await reader.read()
        return done ? { done: true, value: undefined } : { done: false, value }
      },
      stop: () => reader.cancel(),
    }
  }
  // Not `for await`: leaving that loop early would destroy Node's request stream, and its socket with it.
  const iterator = body[Symbol.asyncIterator]()
  return { read: () => iterator.next(), stop: () => Promise.resolve() }
}
