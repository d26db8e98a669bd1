import { describe, expect, it } from 'vitest'

import { sessionCookies } from './sessionCookies.ts'

describe('session cookie attributes', () => {
  it('marks the session cookie Secure when the CMS is served over https, and SameSite=Lax always', () => {
    expect(sessionCookies('https://cms.exemple.org')).toEqual({ secure: true, sameSite: 'Lax' })
    expect(sessionCookies('http://localhost:3000')).toEqual({ secure: false, sameSite: 'Lax' })
  })
})
