import { BlockList, isIP } from 'node:net'

/**
 * Request header carrying the TCP peer's address, written by the CMS's own server (apps/cms/server.ts) after it
 * deletes any value a client sent. Only that server sets it; Next.js itself would keep a client's
 * `X-Forwarded-For` and lose the peer.
 */
export const peerHeader = 'x-mist-peer'

/** `::ffff:192.0.2.1` (how Node reports IPv4 peers on a dual-stack socket) → `192.0.2.1`. */
export function normaliseAddress(address: string): string {
  const trimmed = address.trim()
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(trimmed)
  return mapped?.[1] ?? trimmed.toLowerCase()
}

/**
 * The set of trusted proxies.
 * @param entries addresses or CIDR ranges, IPv4 or IPv6, already validated (env-schema.ts `TRUSTED_PROXIES`)
 */
export function trustedProxyList(entries: readonly string[]): BlockList {
  const list = new BlockList()
  for (const entry of entries) {
    const [address = '', prefix] = entry.split('/')
    const family = isIP(address) === 6 ? 'ipv6' : 'ipv4'
    if (prefix === undefined) list.addAddress(normaliseAddress(address), family)
    else list.addSubnet(normaliseAddress(address), Number(prefix), family)
  }
  return list
}

function isTrusted(address: string, proxies: BlockList): boolean {
  const family = isIP(address)
  if (family === 0) return false
  return proxies.check(address, family === 6 ? 'ipv6' : 'ipv4')
}

/**
 * The client's address: the TCP peer, unless the peer is a trusted proxy, in which case `X-Forwarded-For` is
 * read from the right (the entry the nearest proxy appended) and the first address that is not itself a
 * trusted proxy is the client. A malformed entry stops the walk at the last trusted hop, so a client cannot
 * inject anything by prefixing its own entries.
 * @param headers the request headers, with {@link peerHeader} set by the CMS's server
 * @returns the client address, or `null` when the peer is unknown (the CMS was not started by its server)
 */
export function clientAddress(headers: Headers, proxies: BlockList): string | null {
  const peer = headers.get(peerHeader)
  if (!peer || isIP(normaliseAddress(peer)) === 0) return null
  let client = normaliseAddress(peer)
  const hops = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map(normaliseAddress)
    .filter((hop) => hop !== '')
  for (const hop of hops.reverse()) {
    if (!isTrusted(client, proxies) || isIP(hop) === 0) break
    client = hop
  }
  return client
}
