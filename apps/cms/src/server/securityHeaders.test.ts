import { describe, expect, it } from 'vitest'

import { cmsSecurityHeaders } from './securityHeaders.ts'

describe('CMS security headers', () => {
  it('forbids framing, sniffing and powerful features everywhere', () => {
    for (const path of [
      '/admin',
      '/admin/collections/pages',
      '/api/pages',
      '/preview/fr/pages/1',
    ]) {
      const headers = cmsSecurityHeaders(path, 'http://localhost:3000')
      expect(headers).toMatchObject({
        'X-Content-Type-Options': 'nosniff',
        'X-Frame-Options': 'DENY',
        'Referrer-Policy': 'same-origin',
      })
      expect(headers['Content-Security-Policy']).toContain("frame-ancestors 'none'")
      expect(headers['Permissions-Policy']).toContain('camera=()')
    }
  })

  it('lets API answers and uploaded files run nothing, while the admin runs its own scripts', () => {
    const file = cmsSecurityHeaders('/api/media/file/rapport.pdf', 'http://localhost:3000')
    const admin = cmsSecurityHeaders('/admin', 'http://localhost:3000')
    expect(file['Content-Security-Policy']).toMatch(/^default-src 'none'/)
    expect(admin['Content-Security-Policy']).toContain("script-src 'self' 'unsafe-inline'")
    expect(admin['Content-Security-Policy']).not.toMatch(/https?:|\*/)
  })

  it('sends HSTS only when the CMS is served over https', () => {
    expect(cmsSecurityHeaders('/admin', 'https://cms.exemple.org')).toHaveProperty(
      'Strict-Transport-Security',
      'max-age=31536000',
    )
    expect(cmsSecurityHeaders('/admin', 'http://localhost:3000')).not.toHaveProperty(
      'Strict-Transport-Security',
    )
  })
})
