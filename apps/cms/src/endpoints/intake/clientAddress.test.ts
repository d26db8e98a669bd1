import { describe, expect, it } from 'vitest'

import { clientAddress, peerHeader, trustedProxyList } from './clientAddress.ts'

const headers = (peer: string | null, xff?: string) =>
  new Headers({
    ...(peer === null ? {} : { [peerHeader]: peer }),
    ...(xff === undefined ? {} : { 'X-Forwarded-For': xff }),
  })

describe('client address', () => {
  const none = trustedProxyList([])
  const proxies = trustedProxyList(['10.0.0.2', '172.16.0.0/12', 'fd00::/8'])

  it('is the peer when no proxy is trusted, whatever X-Forwarded-For says', () => {
    expect(clientAddress(headers('203.0.113.5', '198.51.100.1'), none)).toBe('203.0.113.5')
  })

  it('reads IPv4 peers reported by a dual-stack socket as plain IPv4', () => {
    expect(clientAddress(headers('::ffff:203.0.113.5'), none)).toBe('203.0.113.5')
  })

  it('believes the entry a trusted proxy appended, not what the client wrote before it', () => {
    expect(clientAddress(headers('10.0.0.2', 'forged, 1.2.3.4, 198.51.100.7'), proxies)).toBe(
      '198.51.100.7',
    )
  })

  it('walks through a chain of trusted proxies (addresses and CIDR ranges, IPv6 too)', () => {
    expect(clientAddress(headers('10.0.0.2', '198.51.100.7, 172.20.1.1'), proxies)).toBe(
      '198.51.100.7',
    )
    expect(clientAddress(headers('fd12::1', '2001:db8::9'), proxies)).toBe('2001:db8::9')
  })

  it('stops at a malformed entry, keeping the last trusted hop', () => {
    expect(clientAddress(headers('10.0.0.2', 'not-an-address'), proxies)).toBe('10.0.0.2')
  })

  it('is unknown (null) without the peer header, i.e. when the CMS was not started by its server', () => {
    expect(clientAddress(headers(null, '198.51.100.7'), proxies)).toBeNull()
  })
})
