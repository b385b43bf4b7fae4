/**
 * Per-API-key fixed-window rate limit. The kit's limiter counts all requests together; Dyzo
 * gives every key its own `rate_limit`, so two keys must not eat each other's budget.
 * The window uses the real clock (Retry-After has to mean real seconds).
 */

export interface RateDecision {
  allowed: boolean;
  /** Requests left in this window after this one (0 when refused). */
  remaining: number;
  retryAfterSeconds: number;
}

export class KeyRateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();
  /** When set (by `setRateLimit`), replaces every key's own `rate_limit`. */
  private override: number | undefined;

  constructor(private windowMs = 60_000) {}

  /** Counts one request for `key`; undefined when the limit is disabled (0). */
  take(key: string, keyLimit: number): RateDecision | undefined {
    const limit = this.override ?? keyLimit;
    if (limit <= 0) return undefined;
    const now = Date.now();
    let window = this.windows.get(key);
    if (!window || now - window.start >= this.windowMs) {
      window = { start: now, count: 0 };
      this.windows.set(key, window);
    }
    window.count += 1;
    const retryAfterSeconds = Math.max(1, Math.ceil((window.start + this.windowMs - now) / 1000));
    if (window.count > limit) return { allowed: false, remaining: 0, retryAfterSeconds };
    return { allowed: true, remaining: limit - window.count, retryAfterSeconds };
  }

  /** Same contract as `SimServer.setRateLimit`: 0 disables, a window change restarts counting. */
  set(limit: number, windowMs?: number): void {
    this.override = limit;
    if (windowMs) this.windowMs = windowMs;
    this.windows.clear();
  }
}
