/**
 * Which pages always browse discreetly (components/DiscreetNavigation.astro): on them, a link to another page
 * of the site replaces the current entry of the tab's history instead of adding one, so that the quick exit,
 * which replaces the last entry, leaves no page of the site one Back away.
 *
 * The contract with the layout: a page that browses discreetly carries `data-discreet="always"` on `<body>`
 * (or `<main>`); the component's script looks for that attribute. Elsewhere, pages browse discreetly only
 * when the reader turns on the "Navigation discrète" switch.
 *
 * A page is discreet when a victim may pass through it: the home (where every visit starts), the victims' and
 * peer-support pages, the contact page, the appointment form and the form result pages, the statements (the
 * privacy statement is linked from the forms), the search page, the 404 page, and any page whose role the
 * code does not know (the safe side). The parts written for professionals and for the advocacy audience
 * (trainings, quote requests, membership, the advocacy timeline, publications, hearings, networks) keep Back
 * as readers expect it while they compare list pages: a victim who goes there is covered by the switch.
 * The cost on discreet pages: Back from a page reached from them leaves the site
 * (docs/decisions/025-discreet-navigation.md).
 */
import type { PagePurpose } from '@mist/schema'

import type { SiteRoute } from './site-data.ts'

/** Page roles written for professionals or the advocacy audience, where Back keeps its usual meaning. */
const notOnVictimsPath: ReadonlySet<PagePurpose> = new Set([
  'professionals',
  'advocacy',
  'networks',
])

/** True when links on this route's page always replace the history entry (`data-discreet="always"`). */
export function alwaysDiscreet(route: SiteRoute): boolean {
  switch (route.kind) {
    case 'page':
      return !route.page.purpose || !notOnVictimsPath.has(route.page.purpose)
    case 'form':
      return route.form === 'appointment'
    case 'form-result':
    case 'statement':
    case 'search':
    case 'not-found':
      return true
    case 'training':
    case 'trainings':
    case 'timeline':
    case 'publications':
    case 'publication':
    case 'hearing':
    case 'redirect':
      return false
  }
}
