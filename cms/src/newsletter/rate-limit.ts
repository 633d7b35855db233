/**
 * A light in-memory limiter for the public subscribe endpoint: at most `limit`
 * requests per key (the client address) per window. Per process, forgotten at
 * restart: it slows down someone filling a stranger's inbox with confirmation
 * mails; it is not a defence against a distributed attack.
 */
export class FixedWindowLimiter {
  private readonly windows = new Map<string, { startedAt: number; count: number }>();

  constructor(
    private readonly limit: () => number,
    private readonly windowMs: number,
  ) {}

  /** Counts one request; false when the key is over its limit. */
  take(key: string, now = Date.now()): boolean {
    const limit = this.limit();
    if (limit === 0) return true;
    this.forgetOld(now);
    const window = this.windows.get(key);
    if (!window || now - window.startedAt >= this.windowMs) {
      this.windows.set(key, { startedAt: now, count: 1 });
      return true;
    }
    window.count += 1;
    return window.count <= limit;
  }

  private forgetOld(now: number): void {
    if (this.windows.size < 10_000) return;
    for (const [key, window] of this.windows) {
      if (now - window.startedAt >= this.windowMs) this.windows.delete(key);
    }
  }
}
