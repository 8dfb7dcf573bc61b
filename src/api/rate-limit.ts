import { LRUCache } from 'lru-cache';
import type { Clock } from '../clock.js';
import { API_REQUESTS_PER_MINUTE } from '../config.js';

/** Tokens whose buckets are remembered at once; a forgotten one starts full again, which is harmless. */
const MAX_BUCKETS = 10_000;

interface Bucket {
  tokens: number;
  at: number;
}

/**
 * A token bucket per API token, in this process: each token may spend `perMinute` requests at
 * once and gets them back evenly over a minute. Several replicas each keep their own, so the
 * limit a client meets is per replica; it protects each process, which is its point.
 */
export class RateLimiter {
  private readonly buckets = new LRUCache<string, Bucket>({ max: MAX_BUCKETS });

  constructor(
    private readonly clock: Clock,
    private readonly perMinute = API_REQUESTS_PER_MINUTE,
  ) {}

  /** Takes one request from the key's bucket: 0 when it may go on, else the seconds until it may. */
  take(key: string): number {
    const now = this.clock.now().getTime();
    const perMs = this.perMinute / 60_000;
    const held = this.buckets.get(key) ?? { tokens: this.perMinute, at: now };
    const tokens = Math.min(this.perMinute, held.tokens + Math.max(0, now - held.at) * perMs);
    if (tokens < 1) {
      this.buckets.set(key, { tokens, at: now });
      return Math.max(1, Math.ceil((1 - tokens) / perMs / 1000));
    }
    this.buckets.set(key, { tokens: tokens - 1, at: now });
    return 0;
  }
}
