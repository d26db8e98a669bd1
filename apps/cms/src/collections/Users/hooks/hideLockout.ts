import {
  AuthenticationError,
  formatErrors,
  LockedAuth,
  type CollectionAfterErrorHook,
} from 'payload'

/**
 * afterError: a locked account's login is answered like a wrong password ("The email or password provided is
 * incorrect", 401). Payload's own "This user is locked" answer, sent after five wrong passwords, tells anyone
 * which addresses have a staff account (an unknown address never gets it), and staff of an organisation
 * helping victims of trafficking must not be listed that way. The lock itself still holds: the right password
 * is refused until it ends. Source: OWASP Authentication Cheat Sheet, "Authentication and Error Messages"
 * (the same message whether the account is unknown, wrong or locked).
 */
export const hideLockout: CollectionAfterErrorHook = ({ error, req }) => {
  if (!(error instanceof LockedAuth)) return
  return { response: formatErrors(new AuthenticationError(req.t)), status: 401 }
}
