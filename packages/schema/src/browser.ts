/**
 * What the site's browser scripts may import (`@mist/schema/browser`): the zod-free part of the package, so
 * that a form page's JavaScript stays within issue 5's 10 KB gzipped (docs/decisions/014-browser-form-check.md).
 * `browser.test.ts` checks that nothing imported from here reaches zod.
 */
export { decodeFormBody } from './form-decoding.ts'
export { honeypotField } from './honeypot.ts'
export { checkQuoteRequest, quoteRequestFields, type FieldErrors } from './quote-request-check.ts'
export { checkMembershipRequest, membershipRequestFields } from './membership-request-check.ts'
export { checkAppointmentRequest, appointmentRequestFields } from './appointment-request-check.ts'
