import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import type { EmailAdapter } from 'payload'

import type { Env } from '../env-schema.ts'
import { outboxTransport } from './outboxTransport.ts'
import { unconfiguredEmailAdapter } from './unconfiguredEmailAdapter.ts'

/** The sender's display name of every email the CMS sends. */
const fromName = 'Mist'

/**
 * How the CMS sends email, from its environment:
 * - SMTP_HOST set: that SMTP server (`@payloadcms/email-nodemailer`), STARTTLS on 587 by default, TLS from the
 *   first byte on 465, with SMTP_USER/SMTP_PASS when given; the connection is checked at start-up;
 * - else EMAIL_OUTBOX_DIR set (development only, see env-schema.ts): every email as a `.eml` file there;
 * - else nothing is sent and a warning without the email's content is logged (unconfiguredEmailAdapter.ts).
 * Never Payload's default, which prints whole emails to the console, or nodemailer's, which opens an
 * account on ethereal.email (a third party).
 */
export function emailAdapterFor(env: Env): EmailAdapter | Promise<EmailAdapter> {
  if (env.SMTP_HOST) {
    return nodemailerAdapter({
      defaultFromAddress: env.SMTP_FROM ?? '',
      defaultFromName: fromName,
      transportOptions: {
        host: env.SMTP_HOST,
        port: env.SMTP_PORT,
        secure: env.SMTP_PORT === 465,
        auth: env.SMTP_USER ? { user: env.SMTP_USER, pass: env.SMTP_PASS } : undefined,
        // A slow server must not hold a visitor's request for long: the notification is sent before answering.
        connectionTimeout: 10_000,
        greetingTimeout: 10_000,
        socketTimeout: 20_000,
      },
    })
  }
  if (env.EMAIL_OUTBOX_DIR) {
    return nodemailerAdapter({
      defaultFromAddress: 'no-reply@localhost',
      defaultFromName: fromName,
      transport: outboxTransport(env.EMAIL_OUTBOX_DIR),
      skipVerify: true,
    })
  }
  return unconfiguredEmailAdapter
}
