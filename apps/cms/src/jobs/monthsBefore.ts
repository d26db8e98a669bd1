/**
 * The same calendar day and time `months` months before `date` (UTC), or the last day of that month when it is
 * shorter (31 March minus one month is 28 or 29 February, never 3 March).
 * @param date the reference instant
 * @param months whole months, 0 or more
 */
export function monthsBefore(date: Date, months: number): Date {
  const target = new Date(date.getTime())
  target.setUTCDate(1)
  target.setUTCMonth(target.getUTCMonth() - months)
  const lastDay = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate()
  target.setUTCDate(Math.min(date.getUTCDate(), lastDay))
  return target
}
