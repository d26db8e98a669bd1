import type { Locale } from './locales.ts'

/**
 * The hidden field every form of the site carries with the path of the page it sits on (e.g.
 * `/fr/devenir-membre/`). When a form posted without JavaScript is refused, the CMS answers with that page, the
 * form filled in again and its errors named (docs/decisions/028-refused-form-without-javascript.md). It is not a
 * field of any request: the decoding step drops it, and it is never stored.
 */
export const formPageField = 'page'

/** Longest page path the intake accepts in {@link formPageField}, in characters. */
export const formPagePathMaxLength = 400

/**
 * True when `value` is a path of the site in `locale`, in the site's shape: `/<locale>/`, then segments of
 * lowercase ASCII letters, digits and dashes, each followed by `/` (`/fr/formations/formation-initiale/`).
 * Nothing else passes: no origin, query, fragment, dot segment, percent-encoding or backslash, so the path can
 * be joined to the site's address or to a build folder as it is.
 */
export function isFormPagePath(value: unknown, locale: Locale): value is string {
  return (
    typeof value === 'string' &&
    value.length <= formPagePathMaxLength &&
    value.startsWith(`/${locale}/`) &&
    /^\/[a-z]{2,3}\/(?:[a-z0-9]+(?:-[a-z0-9]+)*\/)*$/.test(value)
  )
}
