import { z } from 'zod'

import { LocaleSchema, defaultLocale } from './locales.ts'
import { membershipRequestLimits as limits } from './membership-request-check.ts'
import { emailAddress, multiLine, phoneNumber, singleLine } from './text-fields.ts'

/**
 * Someone asking to become a member of Mist (docs/decisions/016-membership-appointment-forms.md): who they are
 * and how to answer them, nothing about why. The server's judge; the browser runs `checkMembershipRequest`,
 * built from the same limits and rules without zod, and tested to agree. Error messages are i18n keys.
 */
export const MembershipRequestSchema = z.object({
  /** Name as the person wants to be addressed, 1..100 UTF-16 code units. */
  name: singleLine(limits.name),
  /** Where Mist answers. */
  email: emailAddress(limits.email),
  /** Optional phone number, for people who prefer a call. */
  phone: phoneNumber(limits.phone).optional(),
  /** Optional association, service or employer, for professionals and volunteers who join through one. */
  organisation: singleLine(limits.organisation).optional(),
  /** Optional words to Mist, 1..2000. */
  message: multiLine(limits.message).optional(),
  /** The page's locale, so the answer page is in the same language; anything else falls back to French. */
  locale: LocaleSchema.catch(defaultLocale),
  /** Consent to Mist storing the request to answer it; must be exactly `true`. */
  consent: z.literal(true, { error: 'form.errors.consent' }),
})

export type MembershipRequest = z.infer<typeof MembershipRequestSchema>
