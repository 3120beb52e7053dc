import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';

export interface BucketOptions {
  /** Most requests allowed in a burst. */
  capacity: number;
  /** Tokens added back per second. */
  refillPerSecond: number;
}

/** Token buckets by key (an IP, an email). In memory: one server process owns its limits. */
export class TokenBuckets {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly options: BucketOptions,
    private readonly now: () => number = Date.now,
  ) {}

  /** Takes one token; when none is left, says how many seconds until one is. */
  take(key: string): { ok: true } | { ok: false; retryAfterSeconds: number } {
    const { capacity, refillPerSecond } = this.options;
    const now = this.now();
    const bucket = this.buckets.get(key) ?? { tokens: capacity, at: now };
    bucket.tokens = Math.min(capacity, bucket.tokens + ((now - bucket.at) / 1000) * refillPerSecond);
    bucket.at = now;
    if (bucket.tokens < 1) {
      this.buckets.set(key, bucket);
      return { ok: false, retryAfterSeconds: Math.ceil((1 - bucket.tokens) / refillPerSecond) };
    }
    bucket.tokens -= 1;
    this.buckets.set(key, bucket);
    if (this.buckets.size > 100_000) this.forgetFull();
    return { ok: true };
  }

  /**
   * Whether a token is left, without taking it: for limits charged only on
   * failure (wrong workshop codes), checked before the attempt is judged.
   */
  peek(key: string): { ok: true } | { ok: false; retryAfterSeconds: number } {
    const bucket = this.buckets.get(key);
    if (!bucket) return { ok: true };
    const { capacity, refillPerSecond } = this.options;
    const tokens = Math.min(capacity, bucket.tokens + ((this.now() - bucket.at) / 1000) * refillPerSecond);
    return tokens >= 1 ? { ok: true } : { ok: false, retryAfterSeconds: Math.ceil((1 - tokens) / refillPerSecond) };
  }

  /** Gives back a token taken for an attempt that turned out not to count (capped at capacity). */
  give(key: string): void {
    const bucket = this.buckets.get(key);
    if (bucket) bucket.tokens = Math.min(this.options.capacity, bucket.tokens + 1);
  }

  /** Full buckets carry no information; dropping them bounds memory. */
  private forgetFull(): void {
    const now = this.now();
    for (const [key, b] of this.buckets) {
      if (b.tokens + ((now - b.at) / 1000) * this.options.refillPerSecond >= this.options.capacity) this.buckets.delete(key);
    }
  }
}

/** The caller's address: the socket's, or X-Forwarded-For's first hop only when we are told to trust a proxy. */
export function clientAddress(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown'; // app.request() in tests has no socket
  }
}
