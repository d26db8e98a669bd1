import { describe, expect, it } from 'vitest'

import type { Locale } from '@mist/schema'

import { formatFileSize } from './file-size.ts'

/** French puts a no-break space before the unit; compare with plain spaces. */
const size = (bytes: number, locale: Locale) => formatFileSize(bytes, locale).replace(/\s/g, ' ')

describe('file size beside a PDF link', () => {
  it('shows megabytes with one decimal in each language’s notation', () => {
    expect(size(1.5 * 1024 * 1024, 'fr')).toBe('1,5 Mo')
    expect(size(1.5 * 1024 * 1024, 'en')).toBe('1.5 MB')
  })

  it('shows small files in whole kilobytes', () => {
    expect(size(340 * 1024 + 100, 'fr')).toBe('340 ko')
    expect(size(340 * 1024 + 100, 'en')).toBe('340 kB')
  })
})
