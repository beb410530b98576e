import { TokenBucketLimiter } from '../../src/http/rate-limiter';

describe('token bucket rate limiter', () => {
  it('lets a burst through, then one request per refill interval, and says when to retry', () => {
    let now = 1_000_000;
    const limiter = new TokenBucketLimiter({ perMinute: 30, burst: 3 }, () => now); // one token every 2 s
    expect([1, 2, 3].map(() => limiter.take('a').allowed)).toEqual([true, true, true]);
    expect(limiter.take('a')).toEqual({ allowed: false, retryAfterSeconds: 2 });
    now += 1_000;
    expect(limiter.take('a')).toEqual({ allowed: false, retryAfterSeconds: 1 });
    now += 1_000;
    expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('a').allowed).toBe(false);
    // A long pause refills up to the burst, not beyond.
    now += 600_000;
    expect([1, 2, 3, 4].map(() => limiter.take('a').allowed)).toEqual([true, true, true, false]);
  });

  it('keeps one bucket per key', () => {
    const limiter = new TokenBucketLimiter({ perMinute: 1, burst: 1 }, () => 0);
    expect(limiter.take('alice').allowed).toBe(true);
    expect(limiter.take('alice')).toEqual({ allowed: false, retryAfterSeconds: 60 });
    expect(limiter.take('bob').allowed).toBe(true);
  });

  it('is off with a rate or burst of 0', () => {
    const off = new TokenBucketLimiter({ perMinute: 0, burst: 10 }, () => 0);
    expect(off.disabled).toBe(true);
    expect(Array.from({ length: 1000 }, () => off.take('x').allowed).every(Boolean)).toBe(true);
  });

  it('holds a bounded number of keys, forgetting the least recently used first', () => {
    const limiter = new TokenBucketLimiter({ perMinute: 1, burst: 1 }, () => 0, 2);
    limiter.take('a');
    limiter.take('b');
    limiter.take('a'); // a is now the most recent (and empty)
    limiter.take('c'); // b is forgotten
    expect(limiter.take('a').allowed).toBe(false);
    expect(limiter.take('b').allowed).toBe(true); // a fresh bucket
  });
});
