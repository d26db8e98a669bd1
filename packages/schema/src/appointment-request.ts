import { z } from 'zod'

import {
  appointmentRequestLimits as limits,
  contactChannels,
  keepChosenContact,
} from './appointment-request-check.ts'
import { LocaleSchema, defaultLocale } from './locales.ts'
import { emailAddress, multiLine, phoneNumber, singleLine } from './text-fields.ts'

/**
 * Someone asking Mist for an appointment, often a victim (docs/decisions/016-membership-appointment-forms.md):
 * a first name or a pseudonym, ONE way to be reached of their choosing, and optionally when a call is safe.
 * What they did not choose is dropped before judging ({@link keepChosenContact}). The server's judge; the
 * browser runs `checkAppointmentRequest`, built from the same limits and rules without zod, and tested to
 * agree. Error messages are i18n keys.
 */
export const AppointmentRequestSchema = z.preprocess(
  keepChosenContact,
  z
    .object({
      /** A first name or a pseudonym (never a full legal name), 1..100 UTF-16 code units. */
      name: singleLine(limits.name),
      /** How the person wants to be reached: `phone` or `email`. */
      contactBy: z.enum(contactChannels, { error: 'form.errors.contactBy' }),
      /** Required when `contactBy` is `phone`. */
      phone: phoneNumber(limits.phone).optional(),
      /** Required when `contactBy` is `email`. */
      email: emailAddress(limits.email).optional(),
      /** With `phone` only: when a call is safe (e.g. "weekdays after 6 pm"), 1..200. */
      safeTimes: singleLine(limits.safeTimes).optional(),
      /** Optional words to Mist, 1..2000. */
      message: multiLine(limits.message).optional(),
      /** The page's locale, so the answer page is in the same language; anything else falls back to French. */
      locale: LocaleSchema.catch(defaultLocale),
      /** Consent to Mist storing the request to answer it; must be exactly `true`. */
      consent: z.literal(true, { error: 'form.errors.consent' }),
    })
    .superRefine((value, ctx) => {
      if (value[value.contactBy] === undefined) {
        ctx.addIssue({ code: 'custom', path: [value.contactBy], message: 'form.errors.required' })
      }
    }),
)

export type AppointmentRequest = z.infer<typeof AppointmentRequestSchema>
