import { describe, expect, it } from 'vitest';
import { WorkshopJoinLimits } from '../../server/middleware/joinLimits.ts';
import { TokenBuckets } from '../../server/middleware/rateLimit.ts';

describe('workshop join limits', () => {
  /** One attempt as the route makes it: admitted, then judged. */
  function attempt(limits: WorkshopJoinLimits, address: string, code: string, open: boolean) {
    const verdict = limits.admit(address, code);
    if (verdict.ok) {
      if (open) limits.joined(address);
      else limits.wrongCode(code);
    }
    return verdict;
  }

  it('never counts joins with an open code per address: only wrong codes use up an address’s allowance', () => {
    let now = 0;
    const limits = new WorkshopJoinLimits(() => now);
    for (let i = 0; i < 500; i++) expect(attempt(limits, 'venue', 'ABCDEF', true)).toEqual({ ok: true });
    for (let i = 0; i < 20; i++) expect(attempt(limits, 'venue', `WRONG${i}`, false).ok).toBe(true);
    expect(attempt(limits, 'venue', 'ABCDEF', true)).toEqual({ ok: false, retryAfterSeconds: 6 });
    // Ten more a minute: one every six seconds.
    now += 6_000;
    expect(attempt(limits, 'venue', 'WRONGX', false).ok).toBe(true);
    expect(attempt(limits, 'venue', 'ABCDEF', true).ok).toBe(false);
    expect(attempt(limits, 'elsewhere', 'ABCDEF', true).ok).toBe(true);
  });

  it('counts guesses in flight at once: a parallel burst from one address is cut at 20', () => {
    const limits = new WorkshopJoinLimits(() => 0);
    const verdicts = Array.from({ length: 50 }, (_, i) => limits.admit('botnet-of-one', `GUESS${i}`));
    expect(verdicts.filter((v) => v.ok)).toHaveLength(20);
  });

  it('limits one wrong code tried from many addresses, and gives those addresses their allowance back', () => {
    const limits = new WorkshopJoinLimits(() => 0);
    for (let i = 0; i < 10; i++) expect(attempt(limits, `a${i}`, 'QQQQQQ', false).ok).toBe(true);
    expect(attempt(limits, 'a99', 'QQQQQQ', false).ok).toBe(false);
    // Refused on the code's account: a99 has all 20 of its own attempts left.
    for (let i = 0; i < 20; i++) expect(attempt(limits, 'a99', `OTHER${i}`, false).ok).toBe(true);
  });

  it('has a ceiling on all joins that a flood reaches and a hall does not', () => {
    let now = 0;
    const limits = new WorkshopJoinLimits(() => now);
    let admitted = 0;
    for (let i = 0; i < 1001; i++) if (attempt(limits, `10.0.${i >> 8}.${i & 255}`, 'ABCDEF', true).ok) admitted++;
    expect(admitted).toBe(1000);
    now += 1_000;
    expect(attempt(limits, '10.9.9.9', 'ABCDEF', true).ok).toBe(true);
  });

  it('peeks without taking a token, and gives one back up to the capacity', () => {
    const buckets = new TokenBuckets({ capacity: 1, refillPerSecond: 1 }, () => 0);
    for (let i = 0; i < 3; i++) expect(buckets.peek('a').ok).toBe(true);
    expect(buckets.take('a').ok).toBe(true);
    expect(buckets.peek('a')).toEqual({ ok: false, retryAfterSeconds: 1 });
    buckets.give('a');
    buckets.give('a');
    expect(buckets.take('a').ok).toBe(true);
    expect(buckets.take('a').ok).toBe(false);
  });
});
