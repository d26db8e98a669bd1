import sharp from 'sharp'

export { pdfDocument } from './pdf.ts'

/** A real PNG photo-like image (a flat colour), made by sharp. */
export function pngImage(width: number, height: number): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: '#1d4e89' } })
    .png()
    .toBuffer()
}

/** A JPEG carrying EXIF text, as a phone photo carries its place and device. */
export function jpegWithExif(description: string): Promise<Buffer> {
  return sharp({ create: { width: 800, height: 600, channels: 3, background: '#c44536' } })
    .jpeg()
    .withExif({ IFD0: { ImageDescription: description } })
    .toBuffer()
}

/** An SVG whose script would run on the CMS origin if the browser rendered it from there. */
export const svgWithScript = Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">' +
    '<script>fetch("/api/users/me").then((r) => r.text()).then(alert)</script></svg>',
)

/** A multipart body as the admin sends it: the document's fields as `_payload`, the file as `file`. */
export function uploadForm(
  file: { data: Buffer; name: string; type: string },
  fields: Record<string, unknown>,
): FormData {
  const form = new FormData()
  form.append('_payload', JSON.stringify(fields))
  form.append('file', new Blob([new Uint8Array(file.data)], { type: file.type }), file.name)
  return form
}
