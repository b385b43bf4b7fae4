/**
 * The hourly API quota (support.toggl.com/en/articles/11484112 "API & Webhook limits"):
 * Free 30, Starter 240, Premium 600 requests per hour per user and organization, counted in a
 * window that "begins when the initial request is made and remains valid for 60 minutes";
 * "When you reach your limit, the server responds with an HTTP 402 status code".
 * Off by default here (0) because the quota depends on the plan; tests switch it on.
 */
export class HourlyQuota {
  private windowStart = 0;
  private count = 0;

  constructor(
    private limit: number,
    private readonly windowMs = 3_600_000,
  ) {}

  /** Same contract as `SimServer.setRateLimit`: 0 disables, and counting restarts. */
  set(limit: number): void {
    this.limit = limit;
    this.count = 0;
  }

  /** Counts one request; returns the seconds until the window resets when over quota, else undefined. */
  take(now = Date.now()): number | undefined {
    if (this.limit <= 0) return undefined;
    if (this.count === 0 || now - this.windowStart >= this.windowMs) {
      this.windowStart = now;
      this.count = 0;
    }
    this.count += 1;
    if (this.count <= this.limit) return undefined;
    return Math.max(1, Math.ceil((this.windowStart + this.windowMs - now) / 1000));
  }
}
