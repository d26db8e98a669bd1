import type { EmailAdapter } from 'payload'

/**
 * Used when neither an SMTP server (SMTP_HOST) nor a development outbox (EMAIL_OUTBOX_DIR) is configured. Payload's default
 * writes whole emails to the console, recipients and reset links included: personal data must never reach
 * the logs, so this adapter drops the message and logs only that an email was not sent.
 */
export const unconfiguredEmailAdapter: EmailAdapter = ({ payload }) => ({
  name: 'unconfigured',
  defaultFromAddress: 'no-reply@localhost',
  defaultFromName: 'Mist',
  sendEmail: () => {
    payload.logger.warn('An email was not sent: no email server is configured.')
    return Promise.resolve()
  },
})
