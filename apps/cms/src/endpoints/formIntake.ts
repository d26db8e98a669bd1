import {
  decodeFormBody,
  defaultLocale,
  honeypotField,
  isHoneypotFilled,
  isLocale,
  pickDeclaredFields,
  sectionPath,
  toFieldErrors,
  type FieldErrors,
  type FormFieldMap,
  type Locale,
} from '@mist/schema'
import type { Endpoint, PayloadRequest } from 'payload'
import type { z } from 'zod'

import { env, siteOrigin } from '../env.ts'
import { BodyTooLargeError, readLimitedBody } from './readLimitedBody.ts'

/** Largest accepted form body, in bytes (issue 6: "Body over 32 KB → 413"). */
export const formBodyLimitBytes = 32 * 1024

/** What a form's own part of the intake decides after the shared schema has passed. */
export type IntakeOutcome = { stored: true } | { stored: false; errors: FieldErrors }

export interface FormIntakeOptions<S extends z.ZodType> {
  /** URL path under `/api`, e.g. `/forms/quote-request`. */
  path: string
  schema: S
  fields: FormFieldMap
  /** Checks what the schema cannot (e.g. that a training is published) and stores the submission. */
  store: (data: z.output<S>, locale: Locale, req: PayloadRequest) => Promise<IntakeOutcome>
}

/**
 * A form intake endpoint (docs/decisions/003-form-decoding.md). It accepts JSON or a urlencoded form post
 * from the site's origin only, runs the form's shared zod schema, and answers:
 * - JSON: 201 `{ ok: true }`, or 400 `{ errors: { field: [i18n keys] } }`;
 * - form post: 303 to the site's thank-you page, or 303 to the "form to correct" page, in the form's locale;
 * - 403 for another (or no) `Origin`, 413 over {@link formBodyLimitBytes}, 415 for other content types.
 * Nothing is stored unless the whole submission is valid; a filled honeypot gets the success answer and nothing
 * is stored. Personal data is never logged.
 */
export function formIntakeEndpoint<S extends z.ZodType>(options: FormIntakeOptions<S>): Endpoint {
  return {
    path: options.path,
    method: 'post',
    handler: async (req) => {
      // Payload's csrf/cors settings only add headers; a cross-site post would still be processed.
      if (req.headers.get('origin') !== siteOrigin) {
        return Response.json({ errors: { form: ['form.errors.origin'] } }, { status: 403 })
      }
      const contentType = (req.headers.get('content-type') ?? '')
        .split(';')[0]
        ?.trim()
        .toLowerCase()
      const isFormPost = contentType === 'application/x-www-form-urlencoded'
      if (!isFormPost && contentType !== 'application/json') {
        return Response.json({ errors: { form: ['form.errors.contentType'] } }, { status: 415 })
      }

      let raw: string
      try {
        raw = await readLimitedBody(req, formBodyLimitBytes)
      } catch (error) {
        if (error instanceof BodyTooLargeError) {
          return Response.json({ errors: { form: ['form.errors.tooLarge'] } }, { status: 413 })
        }
        throw error
      }

      const fields = { ...options.fields, [honeypotField]: 'string' } as const
      const input = isFormPost ? decodeFormBody(raw, fields) : parseJsonBody(raw, fields)
      const locale = isLocale(input?.locale) ? input.locale : defaultLocale
      const answer = (errors: FieldErrors | null): Response => respond(isFormPost, locale, errors)
      if (input === null) return answer({ form: ['form.errors.invalid'] })
      // A bot filled the hidden field: answer as if stored, store and send nothing.
      if (isHoneypotFilled(input)) return answer(null)
      delete input[honeypotField]

      const parsed = options.schema.safeParse(input)
      if (!parsed.success) return answer(toFieldErrors(parsed.error))
      const outcome = await options.store(parsed.data, locale, req)
      return answer(outcome.stored ? null : outcome.errors)
    },
  }
}

function parseJsonBody(raw: string, fields: FormFieldMap): Record<string, unknown> | null {
  try {
    return pickDeclaredFields(JSON.parse(raw), fields)
  } catch {
    return null
  }
}

function respond(isFormPost: boolean, locale: Locale, errors: FieldErrors | null): Response {
  if (isFormPost) {
    const target = sectionPath(locale, errors === null ? 'thanks' : 'invalid')
    return new Response(null, {
      status: 303,
      headers: { Location: new URL(target, env.SITE_URL).href },
    })
  }
  return errors === null
    ? Response.json({ ok: true }, { status: 201 })
    : Response.json({ errors }, { status: 400 })
}
