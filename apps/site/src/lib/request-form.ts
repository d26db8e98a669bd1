/**
 * The browser script of the site's request forms (quote, membership, appointment): a custom element around a
 * plain `<form>` that already works without JavaScript (the CMS answers a refused form post with the page filled
 * in again: docs/decisions/028-refused-form-without-javascript.md). With JavaScript, it
 * - runs the form's zod-free check from `@mist/schema/browser` (the twin of the CMS's schema, so the page stays
 *   within the 10 KB budget: docs/decisions/014-browser-form-check.md) and writes each field's errors, in the
 *   page's language, into the paragraph its `aria-describedby` names;
 * - fills the error summary at the top (GOV.UK's error summary pattern): one link per field in error, its
 *   label and message, to `#<field id>` (a click focuses the field and shows its label), then any message
 *   about the whole form; the summary takes the focus and the page's title starts with "Erreur : ";
 * - sends the request itself as JSON, the button disabled while it is in flight (a double click sends once);
 * - on success, goes to the thank-you page when the element has `data-thanks`, otherwise empties and hides the
 *   form and shows the success message, focused; on a 400 shows the server's field errors, otherwise a general
 *   message (network, too many requests).
 * Markup it expects (components/TextField.astro, ErrorSummary.astro): controls named after the fields, each
 * field's errors in `[data-error-for="<field>"]` with the summary's label in `data-label`, `[data-summary]`
 * holding `[data-summary-list]`, `[data-success]`, and the messages as JSON in the element's `data-messages`.
 */
import { decodeFormBody, honeypotField, type FieldErrors } from '@mist/schema/browser'

/** What a request form's script needs to know about its form. */
export interface RequestFormOptions {
  /** The form's field kinds, as `decodeFormBody` reads them (e.g. `membershipRequestFields`). */
  fields: Readonly<Record<string, 'string' | 'number' | 'boolean'>>
  /** The form's zod-free check (e.g. `checkMembershipRequest`): `{}` when the request is valid. */
  check: (input: Readonly<Record<string, unknown>>) => FieldErrors
}

/** The element that takes focus and `aria-invalid` for a field: the control, or a radio group's radios. */
function controlsOf(form: HTMLFormElement, name: string): HTMLElement[] {
  const item = form.elements.namedItem(name)
  if (item instanceof RadioNodeList) return [...item].filter((node) => node instanceof HTMLElement)
  return item instanceof HTMLElement ? [item] : []
}

/** The intake's own message for an answer that is neither 201 nor 400 (a proxy's error page has no `errors`). */
const messageByStatus: Record<number, string> = {
  409: 'form.errors.inFlight',
  429: 'form.errors.rateLimited',
  503: 'form.errors.unavailable',
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
      const list = summary?.querySelector('[data-summary-list]')
      const success = this.querySelector<HTMLElement>('[data-success]')
      const buttonText = button.textContent ?? ''
      const say = (keys: string[]) => keys.map((key) => messages[key] ?? key).join(' ')
      let inFlight = false

      const item = (text: string, target?: HTMLElement) => {
        const entry = document.createElement('li')
        if (target) {
          const link = entry.appendChild(document.createElement('a'))
          link.href = `#${target.id}`
          link.textContent = text
        } else entry.textContent = text
        return entry
      }

      /** Shows `errors` beside the fields and in the summary. @returns true when there is any */
      const show = (errors: FieldErrors): boolean => {
        const items: HTMLLIElement[] = []
        for (const name of Object.keys(options.fields)) {
          const controls = controlsOf(form, name)
          const output = this.querySelector<HTMLElement>(`[data-error-for="${name}"]`)
          if (controls.length === 0 || !output) continue
          const message = say(errors[name] ?? [])
          output.textContent = message
          output.hidden = message === ''
          for (const control of controls) {
            if (message) control.setAttribute('aria-invalid', 'true')
            else control.removeAttribute('aria-invalid')
          }
          const label = output.dataset.label
          const separator = summary?.dataset.separator ?? ': '
          if (message)
            items.push(item(label ? `${label}${separator}${message}` : message, controls[0]))
        }
        // The form's own errors, and any about a field this page does not show (e.g. its locale), as text.
        for (const [name, keys] of Object.entries(errors)) {
          const shown = name in options.fields && controlsOf(form, name).length > 0
          if (!shown && keys && keys.length > 0) items.push(item(say(keys)))
        }
        list?.replaceChildren(...items)
        // The title says it too, as GOV.UK's pages do: it is the first thing a screen reader reads of a tab.
        const prefix = summary?.dataset.titlePrefix ?? ''
        const title = document.title.startsWith(prefix)
          ? document.title.slice(prefix.length)
          : document.title
        document.title = items.length > 0 ? `${prefix}${title}` : title
        if (summary) {
          summary.hidden = items.length === 0
          if (items.length > 0) summary.focus()
        }
        return items.length > 0
      }

      // A summary link focuses its field and scrolls its label (or legend) into view, as GOV.UK's does: the
      // browser's own jump would hide the label above the field, or under the sticky header.
      summary?.addEventListener('click', (event) => {
        const link = event.target instanceof Element ? event.target.closest('a') : null
        const target = link ? document.getElementById(link.hash.slice(1)) : null
        if (!target) return
        event.preventDefault()
        const label =
          target.closest('fieldset')?.querySelector('legend') ??
          form.querySelector(`label[for="${target.id}"]`)
        ;(label ?? target).scrollIntoView()
        target.focus({ preventScroll: true })
      })

      let sent: { body: string; key: string } | null = null

      const setBusy = (busy: boolean) => {
        inFlight = busy
        button.disabled = busy
        button.setAttribute('aria-busy', String(busy))
        button.textContent = busy ? (this.dataset.sending ?? buttonText) : buttonText
      }

      const succeed = () => {
        if (this.dataset.thanks) {
          // Discreet browsing (components/DiscreetNavigation.astro): no new entry in the history.
          if (document.documentElement.hasAttribute('data-history-replace')) {
            window.location.replace(this.dataset.thanks)
          } else window.location.assign(this.dataset.thanks)
          return
        }
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
            if (response.status === 400 && answer.errors) show(answer.errors)
            else show({ form: [messageByStatus[response.status] ?? 'form.errors.network'] })
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
