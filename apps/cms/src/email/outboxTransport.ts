import { randomUUID } from 'node:crypto'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'

import nodemailer, { type Transport, type Transporter } from 'nodemailer'
import type MailMessage from 'nodemailer/lib/mailer/mail-message'

/** What the outbox transport answers for each email: the file it wrote. */
export interface OutboxInfo {
  /** Absolute path of the `.eml` file. */
  file: string
  /** The Message-ID header nodemailer gave the email. */
  messageId: string
}

/**
 * A nodemailer transport for development (EMAIL_OUTBOX_DIR): each email is written, whole, as an RFC 5322
 * `.eml` file in `dir` (created when missing), which any mail client opens; nothing leaves the machine and
 * nothing reaches the logs. The integration tests read these files to see what staff would receive.
 */
export function outboxTransport(dir: string): Transporter {
  const transport: Transport<OutboxInfo> = {
    name: 'mist-outbox',
    version: '1',
    send(mail: MailMessage<OutboxInfo>, callback: (error: Error | null, info: OutboxInfo) => void) {
      mail.message.build((buildError, message) => {
        if (buildError) {
          callback(buildError, { file: '', messageId: '' })
          return
        }
        const file = path.resolve(dir, `${Date.now()}-${randomUUID()}.eml`)
        mkdir(dir, { recursive: true })
          .then(() => writeFile(file, message))
          .then(
            () => callback(null, { file, messageId: mail.message.messageId() }),
            (error: unknown) =>
              callback(error instanceof Error ? error : new Error(String(error)), {
                file: '',
                messageId: '',
              }),
          )
      })
    },
  }
  return nodemailer.createTransport(transport)
}
