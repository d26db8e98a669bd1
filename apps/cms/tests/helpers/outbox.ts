import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'

import { inject } from 'vitest'

/** One email the CMS wrote to the run's outbox (EMAIL_OUTBOX_DIR, see payload.ts). */
export interface SentEmail {
  /** The whole `.eml` file as written, headers and encoded body. */
  raw: string
  /** The `To` header. */
  to: string
  /** The body, quoted-printable decoded (nodemailer's encoding for non-ASCII text). */
  text: string
}

/** Undoes quoted-printable (RFC 2045 §6.7): soft line breaks, then `=XX` bytes read as UTF-8. */
function decodeQuotedPrintable(body: string): string {
  const joined = body.replace(/=\r?\n/g, '')
  const bytes: number[] = []
  for (let i = 0; i < joined.length; i++) {
    const hex = joined.slice(i + 1, i + 3)
    if (joined[i] === '=' && /^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(Number.parseInt(hex, 16))
      i += 2
    } else {
      bytes.push(...new TextEncoder().encode(joined[i]))
    }
  }
  return new TextDecoder().decode(new Uint8Array(bytes))
}

/** Every email the CMS has written to the outbox during this run, oldest first. */
export async function sentEmails(): Promise<SentEmail[]> {
  const dir = inject('outboxDir')
  const files = (await readdir(dir)).filter((name) => name.endsWith('.eml')).sort()
  return Promise.all(
    files.map(async (name) => {
      const raw = await readFile(path.join(dir, name), 'utf8')
      const [head = '', ...rest] = raw.split(/\r?\n\r?\n/)
      const to = /^To: (.*)$/m.exec(head)?.[1] ?? ''
      const body = rest.join('\n\n')
      const text = /^Content-Transfer-Encoding: quoted-printable$/im.test(head)
        ? decodeQuotedPrintable(body)
        : body
      return { raw, to, text }
    }),
  )
}
