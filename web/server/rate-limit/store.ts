import type Redis from 'ioredis';

/** One counted request: how many in the key's current window, and when the window ends. */
export interface Hit {
  count: number;
  resetInMs: number;
}

export interface RateStore {
  hit(key: string, windowMs: number): Promise<Hit>;
}

/** Per process: right for one site process, and the fallback while Redis is away. */
export class MemoryRateStore implements RateStore {
  private readonly windows = new Map<string, { endsAt: number; count: number }>();

  constructor(
    private readonly now: () => number = Date.now,
    /** Past this many keys, ended windows are forgotten, so a flood of addresses cannot grow memory for ever. */
    private readonly maxKeys = 10_000,
  ) {}

  async hit(key: string, windowMs: number): Promise<Hit> {
    const now = this.now();
    if (this.windows.size >= this.maxKeys) this.forget(now);
    let window = this.windows.get(key);
    if (!window || window.endsAt <= now) {
      window = { endsAt: now + windowMs, count: 0 };
      this.windows.set(key, window);
    }
    window.count += 1;
    return { count: window.count, resetInMs: window.endsAt - now };
  }

  /** Ended windows go; if every window is live (a flood), the oldest half goes too. */
  private forget(now: number): void {
    for (const [key, window] of this.windows) if (window.endsAt <= now) this.windows.delete(key);
    if (this.windows.size < this.maxKeys) return;
    let drop = Math.ceil(this.windows.size / 2);
    for (const key of this.windows.keys()) {
      if (drop-- <= 0) break;
      this.windows.delete(key);
    }
  }

  get size(): number {
    return this.windows.size;
  }
}

/**
 * INCR and the first request's PEXPIRE in one script, so a crash between them can never
 * leave a counter without expiry (a reader locked out for good).
 */
const HIT_SCRIPT = `
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]); ttl = tonumber(ARGV[1]) end
return {count, ttl}
`;

/** Shared by every site process on the same Redis: one limit however many processes serve. */
export class RedisRateStore implements RateStore {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  async hit(key: string, windowMs: number): Promise<Hit> {
    const [count, ttl] = (await this.redis.eval(HIT_SCRIPT, 1, `${this.prefix}${key}`, String(windowMs))) as [number, number];
    return { count, resetInMs: ttl };
  }
}

/**
 * Redis while it answers, this process's memory while it does not: a Redis outage
 * loosens the limit (each process counts alone) but never stops the site. Each request
 * tries Redis first (a failing command returns at once), so counting moves back as soon
 * as it is reachable again.
 */
export class FallbackRateStore implements RateStore {
  private usingMemory = false;

  constructor(
    private readonly primary: RateStore,
    private readonly fallback: RateStore,
    private readonly log: (message: string) => void = (message) => console.warn(message),
  ) {}

  async hit(key: string, windowMs: number): Promise<Hit> {
    try {
      const hit = await this.primary.hit(key, windowMs);
      if (this.usingMemory) this.log('[rate-limit] Redis answers again: counting there.');
      this.usingMemory = false;
      return hit;
    } catch (error) {
      if (!this.usingMemory) {
        this.log(`[rate-limit] Redis unavailable (${error instanceof Error ? error.message : String(error)}): counting in this process's memory.`);
      }
      this.usingMemory = true;
      return this.fallback.hit(key, windowMs);
    }
  }
}
