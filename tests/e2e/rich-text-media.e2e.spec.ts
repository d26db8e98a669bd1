import { crc32, deflateSync } from 'node:zlib'

import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { pdfDocument } from '../../apps/cms/tests/helpers/pdf.ts'
import { eventually, launchChromium, platformUrls, staffToken } from './helpers.ts'

/**
 * Issue 5: what editors place in rich text reaches the public site as they meant it. An image becomes a
 * responsive `<img>` with its alt text, width and height; a link to another page leads to that page in the
 * reader's language; a publication's PDF is linked with its size, and the public can open both files.
 */
let platform: { cmsUrl: string; siteUrl: string }
let browser: Browser
let token: string

/** A solid-colour RGB PNG of `width` × `height` pixels (PNG spec: signature, IHDR, IDAT, IEND). */
function pngImage(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4)
    length.writeUInt32BE(data.length)
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
    const crc = Buffer.alloc(4)
    crc.writeUInt32BE(crc32(body))
    return Buffer.concat([length, body, crc])
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([8, 2, 0, 0, 0], 8) // 8 bits per channel, truecolour, no interlace
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, 0x40)])
  const pixels = Buffer.concat(Array.from({ length: height }, () => row))
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(pixels)),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

async function api(method: string, path: string, body?: unknown): Promise<Response> {
  return fetch(`${platform.cmsUrl}/api/${path}`, {
    method,
    headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  })
}

async function upload(data: Buffer, name: string, type: string, alt?: string): Promise<number> {
  const form = new FormData()
  // Payload reads `_payload` (the other fields) before the file.
  form.append('_payload', JSON.stringify(alt ? { alt } : {}))
  form.append('file', new Blob([new Uint8Array(data)], { type }), name)
  const response = await fetch(`${platform.cmsUrl}/api/media?locale=fr`, {
    method: 'POST',
    headers: { Authorization: `JWT ${token}` },
    body: form,
  })
  const answer = (await response.json()) as { doc?: { id: number } }
  expect({ status: response.status, answer }).toMatchObject({ status: 201 })
  return answer.doc?.id ?? 0
}

/** Lexical rich text: a paragraph with a link to page `linkedPageId`, then the image `imageId`. */
function body(label: string, linkedPageId: number, imageId: number) {
  return {
    root: {
      type: 'root',
      version: 1,
      direction: null,
      format: '',
      indent: 0,
      children: [
        {
          type: 'paragraph',
          version: 1,
          children: [
            {
              type: 'link',
              version: 3,
              fields: {
                linkType: 'internal',
                newTab: false,
                doc: { relationTo: 'pages', value: linkedPageId },
              },
              children: [{ type: 'text', version: 1, text: label, format: 0 }],
            },
          ],
        },
        { type: 'upload', version: 3, relationTo: 'media', value: imageId, fields: null },
      ],
    },
  }
}

const html = async (url: string) => {
  const response = await fetch(url)
  return response.ok ? response.text() : undefined
}

beforeAll(async () => {
  platform = platformUrls()
  browser = await launchChromium()
  token = await staffToken(platform.cmsUrl)
})

afterAll(async () => {
  await browser?.close()
})

describe('images, internal links and PDFs placed by editors', () => {
  it('shows a placed image and a link to the victims’ page, per language, and both files open for the public', async () => {
    // Setup: an image (French and English alt text), a PDF, and the victims' page to link to
    const imageId = await upload(
      pngImage(1200, 800),
      'affiche-journee.png',
      'image/png',
      'Affiche bleue de la journée contre la traite',
    )
    await api('PATCH', `media/${imageId}?locale=en`, {
      alt: 'Blue poster for the day against trafficking',
    })
    const pdfId = await upload(pdfDocument(), 'rapport-illustre.pdf', 'application/pdf')
    const victims = (await (
      await api('GET', 'pages?locale=fr&depth=0&where[purpose][equals]=victims')
    ).json()) as { docs: Array<{ id: number }> }
    const victimsId = victims.docs[0]?.id ?? 0
    const victimsPaths = await Promise.all(
      (['fr', 'en'] as const).map(async (locale) => {
        const doc = (await (await api('GET', `pages/${victimsId}?locale=${locale}`)).json()) as {
          slug: string
        }
        return `/${locale}/${doc.slug}/`
      }),
    )

    // Action: publish a page in French then English, and a publication with the PDF
    const created = (await (
      await api('POST', 'pages?locale=fr', {
        title: 'Page illustrée',
        slug: 'page-illustree',
        body: body('vos droits', victimsId, imageId),
        _status: 'published',
      })
    ).json()) as { doc: { id: number } }
    await api('PATCH', `pages/${created.doc.id}?locale=en`, {
      title: 'Illustrated page',
      slug: 'illustrated-page',
      body: body('your rights', victimsId, imageId),
      _status: 'published',
    })
    await api('POST', 'publications?locale=fr', {
      title: 'Rapport illustré',
      slug: 'rapport-illustre',
      kind: 'report',
      origin: 'mist',
      date: '2025-03-01',
      datePrecision: 'month',
      file: pdfId,
      _status: 'published',
    })

    // Assert: the served pages
    const french = await eventually(
      async () => {
        const page = await html(`${platform.siteUrl}/fr/page-illustree/`)
        const publication = await html(`${platform.siteUrl}/fr/publications/rapport-illustre/`)
        const english = await html(`${platform.siteUrl}/en/illustrated-page/`)
        return page && publication && english ? { page, publication, english } : undefined
      },
      90_000,
      'the illustrated page and the publication on the site',
    )
    const image = /<img [^>]*>/.exec(french.page)?.[0] ?? ''
    expect(image).toContain('alt="Affiche bleue de la journée contre la traite"')
    expect(image).toContain('width="1200" height="800"')
    expect(image).toMatch(/srcset="[^"]+ 480w, [^"]+ 960w, [^"]+ 1200w"/)
    expect(french.page).toContain(`<a href="${victimsPaths[0]}">vos droits</a>`)
    expect(french.english).toContain('alt="Blue poster for the day against trafficking"')
    expect(french.english).toContain(`<a href="${victimsPaths[1]}">your rights</a>`)
    const pdfLink = /<a href="([^"]+)" type="application\/pdf">[^<]*<\/a>\s*\(([^)]*)\)/.exec(
      french.publication,
    )
    expect(pdfLink?.[2]).toMatch(/^\d+\s(octets|o)$/)
    const pdf = await fetch(pdfLink?.[1] ?? 'missing')
    expect([pdf.status, pdf.headers.get('content-type')]).toEqual([200, 'application/pdf'])

    // Assert: in a phone-sized browser, the image loads (CSP allows it) and fits the screen
    const page = await browser.newPage({ viewport: { width: 360, height: 640 } })
    await page.goto(`${platform.siteUrl}/fr/page-illustree/`)
    const img = page.locator('main img')
    await img.scrollIntoViewIfNeeded()
    await expect
      .poll(() => img.evaluate((element: HTMLImageElement) => element.naturalWidth))
      .toBeGreaterThan(0)
    const widths = await page.evaluate(() => ({
      image: document.querySelector('main img')?.getBoundingClientRect().width ?? 0,
      document: document.documentElement.scrollWidth,
    }))
    expect(widths.image).toBeLessThanOrEqual(360)
    expect(widths.document).toBeLessThanOrEqual(360)
    await page.close()
  })
})
