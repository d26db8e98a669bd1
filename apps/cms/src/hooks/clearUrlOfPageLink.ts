import type { FieldHook } from 'payload'

/**
 * beforeValidate on a menu link's external address: a link to a page of the site keeps no address. The admin
 * hides the address once a page is chosen, and Payload then skips its validation, so an address typed before
 * choosing the page (or sent through the API) would be stored unchecked; the site ignores it beside a page, but
 * refuses the whole menu when it is not an http(s) address, and every site build would fail.
 */
export const clearUrlOfPageLink: FieldHook = ({ siblingData, value }): unknown => {
  const page = (siblingData as { page?: unknown } | undefined)?.page
  return page === null || page === undefined || page === '' ? value : null
}
