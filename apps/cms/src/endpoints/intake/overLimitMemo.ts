/**
 * Rate-limit keys this process has seen over their limit, each until its fixed window ends (the windows are
 * aligned on the epoch: intakeState.ts `countPost`), so that a flood from a client already refused is answered
 * 429 without a database write per post. Only refusals are remembered: a key under its limit is always counted
 * in PostgreSQL, so several CMS processes still share one count, and a process that has not seen the refusal
 * yet asks the database as before. Posts refused from memory are not counted: the key stays refused until its
 * window ends either way. Bounded: at most {@link maxKeys} keys, expired ones dropped first.
 */
export class OverLimitMemo {
  private readonly until = new Map<string, number>()

  constructor(private readonly maxKeys = 10_000) {}

  /**
   * @param now milliseconds since the epoch
   * @returns the seconds until `key`'s window ends (≥ 1) when it is known to be over its limit, else null
   */
  retryAfter(key: string, now = Date.now()): number | null {
    const end = this.until.get(key)
    if (end === undefined) return null
    if (end <= now) {
      this.until.delete(key)
      return null
    }
    return Math.max(1, Math.ceil((end - now) / 1000))
  }

  /** Remembers `key` as over its limit for `retryAfterSeconds` (the rest of its window). */
  remember(key: string, retryAfterSeconds: number, now = Date.now()): void {
    if (this.until.size >= this.maxKeys) {
      for (const [known, end] of this.until) if (end <= now) this.until.delete(known)
      // Still full: forget the oldest; the database still refuses it.
      if (this.until.size >= this.maxKeys) {
        const oldest = this.until.keys().next().value
        if (oldest !== undefined) this.until.delete(oldest)
      }
    }
    this.until.set(key, now + retryAfterSeconds * 1000)
  }

  /** Forgets every refusal (after the rate-limit windows were emptied in the database). */
  clear(): void {
    this.until.clear()
  }
}
