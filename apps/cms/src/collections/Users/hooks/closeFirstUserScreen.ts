import { Forbidden, type CollectionBeforeOperationHook } from 'payload'

import { env } from '../../../env.ts'

/**
 * beforeOperation: with FIRST_USER_SCREEN=off, an account created through REST by someone not signed in (the
 * "create first user" screen's `POST /api/users/first-register`, which bypasses access rules) is refused.
 * src/proxy.ts already closes that route; this holds even if the proxy is bypassed. The Local API
 * (`pnpm cms:create-admin`, tests) is not affected.
 * @throws Forbidden (403)
 */
export const closeFirstUserScreen: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (
    env.FIRST_USER_SCREEN === 'off' &&
    operation === 'create' &&
    !req.user &&
    req.payloadAPI !== 'local'
  ) {
    throw new Forbidden(req.t)
  }
  return args
}
