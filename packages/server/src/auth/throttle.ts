/**
 * Sign-in throttling (ASVS 2.2.1): failed attempts counted per account and per address in a
 * sliding window; while over the limit, sign-in is refused (429 with Retry-After) BEFORE the
 * password is hashed, so a flood costs us no scrypt work. A success clears the account's count.
 *
 * Kept in memory: checking it must not cost a database write per attempt, and one server process
 * serves a registry (PGlite is single-process; a PostgreSQL deployment behind several processes
 * gets one window per process, which multiplies the limits by the process count — documented).
 * Per-account limits lock the ACCOUNT only for the window (no permanent lock-out an attacker could
 * use to shut a clinician out for good).
 */
export interface ThrottleLimits {
  windowMs: number;
  perAccount: number;
  perAddress: number;
}

export const DEFAULT_LIMITS: ThrottleLimits = { windowMs: 15 * 60_000, perAccount: 5, perAddress: 30 };

export class LoginThrottle {
  readonly #failures = new Map<string, number[]>();
  constructor(
    readonly limits: ThrottleLimits = DEFAULT_LIMITS,
    readonly now: () => number = Date.now,
  ) {}

  /** Seconds to wait before the next attempt may be tried, or 0 when allowed. */
  retryAfter(account: string, address: string | null): number {
    const waits = [this.#wait(`a:${account}`, this.limits.perAccount)];
    if (address) waits.push(this.#wait(`n:${address}`, this.limits.perAddress));
    return Math.max(...waits);
  }

  fail(account: string, address: string | null): void {
    this.#push(`a:${account}`);
    if (address) this.#push(`n:${address}`);
  }

  succeed(account: string): void {
    this.#failures.delete(`a:${account}`);
  }

  #recent(key: string): number[] {
    const since = this.now() - this.limits.windowMs;
    const kept = (this.#failures.get(key) ?? []).filter((t) => t > since);
    if (kept.length) this.#failures.set(key, kept);
    else this.#failures.delete(key);
    return kept;
  }

  #wait(key: string, limit: number): number {
    const recent = this.#recent(key);
    if (recent.length < limit) return 0;
    const oldest = recent[recent.length - limit] ?? this.now();
    return Math.max(1, Math.ceil((oldest + this.limits.windowMs - this.now()) / 1000));
  }

  #push(key: string): void {
    const recent = this.#recent(key);
    // Never more than the limit's worth per key: memory stays bounded under a flood.
    this.#failures.set(key, [...recent.slice(-63), this.now()]);
    if (this.#failures.size > 100_000) this.#prune();
  }

  #prune(): void {
    for (const key of [...this.#failures.keys()]) this.#recent(key);
  }
}
