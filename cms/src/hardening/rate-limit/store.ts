import Redis from 'ioredis';

/** One counted request: how many in the key's current window, and when the window ends. */
export interface Hit {
  count: number;
  resetInMs: number;
}

export interface RateStore {
  hit(key: string, windowMs: number): Promise<Hit>;
  close(): Promise<void>;
}

/** Per process: right for one instance, and the fallback when no Redis is configured. */
export class MemoryRateStore implements RateStore {
  private readonly windows = new Map<string, { endsAt: number; count: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  async hit(key: string, windowMs: number): Promise<Hit> {
    const now = this.now();
    if (this.windows.size >= 10_000) this.forgetEnded(now);
    let window = this.windows.get(key);
    if (!window || window.endsAt <= now) {
      window = { endsAt: now + windowMs, count: 0 };
      this.windows.set(key, window);
    }
    window.count += 1;
    return { count: window.count, resetInMs: window.endsAt - now };
  }

  private forgetEnded(now: number): void {
    for (const [key, window] of this.windows) if (window.endsAt <= now) this.windows.delete(key);
  }

  async close(): Promise<void> {
    this.windows.clear();
  }
}

/**
 * INCR and the first request's PEXPIRE in one script, so a crash between them can
 * never leave a counter without expiry (a client locked out for good).
 */
const HIT_SCRIPT = `
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]); ttl = tonumber(ARGV[1]) end
return {count, ttl}
`;

/** Shared by every CMS instance on the same Redis. */
export class RedisRateStore implements RateStore {
  private readonly redis: Redis;

  constructor(url: string, private readonly prefix: string) {
    // Fail fast: a slow Redis must not hold up logins (the middleware lets the request through).
    this.redis = new Redis(url, { maxRetriesPerRequest: 1, connectTimeout: 2_000, lazyConnect: false });
    this.redis.on('error', () => undefined);
  }

  async hit(key: string, windowMs: number): Promise<Hit> {
    const [count, ttl] = (await this.redis.eval(HIT_SCRIPT, 1, `${this.prefix}${key}`, String(windowMs))) as [number, number];
    return { count, resetInMs: ttl };
  }

  async close(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}
