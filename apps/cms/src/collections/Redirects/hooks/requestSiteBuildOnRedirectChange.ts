import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { enqueueSiteBuild, skipSiteBuild } from '../../../hooks/requestSiteBuild.ts'

/**
 * Redirects have no drafts: every saved or deleted redirect changes the public site. Redirects written by a
 * document's slug change pass `skipSiteBuild`, since that change already asked for a build.
 */
export const requestSiteBuildOnRedirectChange: CollectionAfterChangeHook = async ({
  context,
  doc,
  req,
}) => {
  const view = doc as { id: number | string }
  if (context[skipSiteBuild] !== true) await enqueueSiteBuild(req, `redirects ${view.id} changed`)
  return view
}

/** See {@link requestSiteBuildOnRedirectChange}. */
export const requestSiteBuildOnRedirectDelete: CollectionAfterDeleteHook = async ({
  context,
  doc,
  req,
}) => {
  const view = doc as { id: number | string }
  if (context[skipSiteBuild] !== true) await enqueueSiteBuild(req, `redirects ${view.id} deleted`)
  return view
}
