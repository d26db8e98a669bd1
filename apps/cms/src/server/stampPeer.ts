import type { IncomingMessage } from 'node:http'

import { peerHeader } from '../endpoints/intake/clientAddress.ts'

/**
 * Replaces any client-sent {@link peerHeader} with the TCP peer's address (`socket.remoteAddress`), so the form
 * intake knows who connected even when a client forges `X-Forwarded-For`. Next.js route handlers cannot see
 * the socket, and `next start` copies the peer into `X-Forwarded-For` only when the client sent none.
 */
export function stampPeer(req: IncomingMessage): void {
  delete req.headers[peerHeader]
  const peer = req.socket.remoteAddress
  if (peer) req.headers[peerHeader] = peer
}
