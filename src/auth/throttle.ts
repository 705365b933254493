// Sign-in throttling: more than `max` failures within a minute for one account from one address → refused (429 with
// Retry-After) until the oldest failure is a minute old. Per process (docs/security.md says what that means for replicas).

const WINDOW_MS = 60_000;

/** Counts failed sign-ins per key (account + address). */
export interface LoginThrottle {
  /** Seconds to wait before the next attempt may be checked, or 0 when it may be checked now. */
  retryAfterSec(key: string, now?: number): number;
  /** Records a failed attempt. */
  fail(key: string, now?: number): void;
  /** Forgets the key's failures (after a successful sign-in). */
  reset(key: string): void;
}

/** A throttle allowing `max` failures per minute per key. */
export function createLoginThrottle(max: number): LoginThrottle {
  const failures = new Map<string, number[]>();
  const recent = (key: string, now: number) => {
    const list = (failures.get(key) ?? []).filter((t) => now - t < WINDOW_MS);
    if (list.length) failures.set(key, list);
    else failures.delete(key);
    return list;
  };
  return {
    retryAfterSec(key, now = Date.now()) {
      const list = recent(key, now);
      if (list.length < max) return 0;
      return Math.max(1, Math.ceil((list[list.length - max]! + WINDOW_MS - now) / 1000));
    },
    fail(key, now = Date.now()) {
      failures.set(key, [...recent(key, now), now]);
    },
    reset(key) {
      failures.delete(key);
    },
  };
}
