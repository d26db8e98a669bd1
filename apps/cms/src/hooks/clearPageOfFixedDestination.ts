import type { FieldHook } from 'payload'

/**
 * beforeValidate on a block link's page: a link to a fixed destination (the appointment form, the urgent
 * numbers…) keeps no page. The admin hides the page field once another destination is chosen, so a page
 * chosen before would otherwise stay stored, unseen, and leave the page "used" by this one.
 */
export const clearPageOfFixedDestination: FieldHook = ({ siblingData, value }): unknown => {
  const destination = (siblingData as { destination?: unknown } | undefined)?.destination
  return destination === 'page' ? value : null
}
