/**
 * The browser script shared by the request forms that have a page of their own (membership, appointment): a
 * custom element around a plain `<form>` that already works without JavaScript (the CMS answers a form post
 * with 303 to the thank-you or "form to correct" page). With JavaScript, it
 * - runs the form's zod-free check from `@mist/schema/browser` (the twin of the CMS's schema, so the page stays
 *   within the 10 KB budget: docs/decisions/014-browser-form-check.md) and writes each field's errors, in the
 *   page's language, into the paragraph its `aria-describedby` names;
 * - sends the request itself as JSON, the button disabled while it is in flight (a double click sends once);
 * - on success, empties and hides the form and shows the success message, focused; on a 400 shows the
 *   server's field errors, otherwise a general message (network, too many requests).
 * Markup it expects (components/TextField.astro): controls named after the fields, errors in
 * `#<prefix>-<field>-error`, `[data-summary]` and `[data-success]` inside the element.
 */
import { decodeFormBody, honeypotField, type FieldErrors } from '@mist/schema/browser'

/** What a request form's script needs to know about its form. */
export interface RequestFormOptions {
  /** The form's field kinds, as `decodeFormBody` reads them (e.g. `membershipRequestFields`). */
  fields: Readonly<Record<string, 'string' | 'number' | 'boolean'>>
  /** The form's zod-free check (e.g. `checkMembershipRequest`): `{}` when the request is valid. */
  check: (input: Readonly<Record<string, unknown>>) => FieldErrors
  /** The id prefix of the form's fields, e.g. `membership`. */
  prefix: string
}

/** The element that takes focus and `aria-invalid` for a field: the control, or a radio group's first radio. */
function controlsOf(form: HTMLFormElement, name: string): HTMLElement[] {
  const item = form.elements.namedItem(name)
  if (item instanceof RadioNodeList) return [...item]
  return item instanceof HTMLElement ? [item] : []
}

/**
 * Defines the custom element `tag` (e.g. `mist-membership-form`) for one request form.
 * @throws DOMException when `tag` is already defined
 */
export function defineRequestForm(tag: string, options: RequestFormOptions): void {
  class RequestForm extends HTMLElement {
    connectedCallback() {
      const form = this.querySelector('form')
      const button = form?.querySelector<HTMLButtonElement>('button[type="submit"]')
      if (!form || !button) return
      const messages = JSON.parse(this.dataset.messages ?? '{}') as Record<string, string>
      const summary = this.querySelector<HTMLElement>('[data-summary]')
      const success = this.querySelector<HTMLElement>('[data-success]')
      const buttonText = button.textContent ?? ''
      const summaryText = summary?.textContent ?? ''
      const say = (keys: string[]) => keys.map((key) => messages[key] ?? key).join(' ')
      let inFlight = false

      const show = (errors: FieldErrors): boolean => {
        let first: HTMLElement | undefined
        for (const name of Object.keys(options.fields)) {
          const controls = controlsOf(form, name)
          const output = this.querySelector<HTMLElement>(`#${options.prefix}-${name}-error`)
          if (controls.length === 0 || !output) continue
          const keys = errors[name] ?? []
          output.textContent = say(keys)
          output.hidden = keys.length === 0
          for (const control of controls) {
            if (keys.length > 0) control.setAttribute('aria-invalid', 'true')
            else control.removeAttribute('aria-invalid')
          }
          if (keys.length > 0) first ??= controls[0]
        }
        const general = say(errors.form ?? [])
        if (summary) {
          summary.hidden = first === undefined && !general
          summary.textContent = general || summaryText
        }
        first?.focus()
        return first !== undefined || Boolean(general)
      }

      let sent: { body: string; key: string } | null = null

      const setBusy = (busy: boolean) => {
        inFlight = busy
        button.disabled = busy
        button.setAttribute('aria-busy', String(busy))
        button.textContent = busy ? (this.dataset.sending ?? buttonText) : buttonText
      }

      const succeed = () => {
        // What the person typed leaves the page (a shared or watched device keeps nothing on screen).
        form.reset()
        form.hidden = true
        if (summary) summary.hidden = true
        if (success) {
          success.hidden = false
          success.focus()
        }
      }

      form.addEventListener('submit', (event) => {
        event.preventDefault()
        if (inFlight) return
        const body = new URLSearchParams()
        for (const [name, value] of new FormData(form)) {
          if (typeof value === 'string') body.append(name, value)
        }
        const input = decodeFormBody(body, options.fields)
        if (show(options.check(input))) return
        setBusy(true)
        // One random Idempotency-Key per distinct body, kept while the same body is resent: a retry after a
        // lost answer gets the first answer instead of a second request (docs/decisions/017-form-abuse.md).
        const json = JSON.stringify({ ...input, [honeypotField]: body.get(honeypotField) ?? '' })
        if (sent?.body !== json) {
          const bytes = crypto.getRandomValues(new Uint8Array(16))
          sent = {
            body: json,
            key: Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join(''),
          }
        }
        fetch(form.action, {
          method: 'POST',
          credentials: 'omit',
          headers: {
            'Content-Type': 'application/json',
            Accept: 'application/json',
            'Idempotency-Key': sent.key,
          },
          body: json,
        })
          .then(async (response) => {
            if (response.status === 201) {
              succeed()
              return
            }
            const answer = (await response.json().catch(() => ({}))) as { errors?: FieldErrors }
            setBusy(false)
            // The intake's own messages for these answers; a proxy's error page has no `errors`.
            const byStatus: Record<number, string> = {
              409: 'form.errors.inFlight',
              429: 'form.errors.rateLimited',
              503: 'form.errors.unavailable',
            }
            const known = byStatus[response.status]
            if (response.status === 400 && answer.errors) show(answer.errors)
            else show({ form: [known ?? 'form.errors.network'] })
          })
          .catch(() => {
            setBusy(false)
            show({ form: ['form.errors.network'] })
          })
      })
    }
  }
  customElements.define(tag, RequestForm)
}
