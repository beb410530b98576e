/** A token bucket's shape: `burst` requests at once, refilled at `perMinute` a minute. 0 turns it off. */
export interface RateLimit {
  perMinute: number;
  burst: number;
}

/** The answer for one request: go ahead, or wait `retryAfterSeconds` (whole seconds, at least 1). */
export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

interface Bucket {
  tokens: number;
  at: number;
}

/**
 * Token buckets keyed by who is asking (a client address, a verified sender). Each key starts with
 * a full bucket of `burst` tokens; a request takes one; tokens come back at `perMinute` a minute.
 * The buckets live in this process (behind a load balancer each instance limits on its own), at
 * most `maxKeys` of them: the least recently used are forgotten first, which only ever gives a
 * forgotten key a full bucket again.
 */
export class TokenBucketLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly ratePerMs: number;

  constructor(
    private readonly limit: RateLimit,
    private readonly clock: () => number = Date.now,
    private readonly maxKeys = 100_000,
  ) {
    this.ratePerMs = limit.perMinute / 60_000;
  }

  /** True when this limiter lets everything through (a rate or burst of 0). */
  get disabled(): boolean {
    return this.limit.perMinute <= 0 || this.limit.burst <= 0;
  }

  /** Takes one token from `key`'s bucket, or says how long until one is back. */
  take(key: string): RateDecision {
    if (this.disabled) return { allowed: true };
    const now = this.clock();
    const bucket = this.buckets.get(key);
    const tokens = bucket
      ? Math.min(this.limit.burst, bucket.tokens + (now - bucket.at) * this.ratePerMs)
      : this.limit.burst;
    // Re-inserting keeps the map in least-recently-used order.
    this.buckets.delete(key);
    if (tokens >= 1) {
      this.remember(key, { tokens: tokens - 1, at: now });
      return { allowed: true };
    }
    this.remember(key, { tokens, at: now });
    return {
      allowed: false,
      retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / this.ratePerMs / 1000)),
    };
  }

  private remember(key: string, bucket: Bucket): void {
    this.buckets.set(key, bucket);
    if (this.buckets.size > this.maxKeys) this.buckets.delete(this.buckets.keys().next().value!);
  }
}
