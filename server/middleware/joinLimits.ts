import { TokenBuckets } from './rateLimit.ts';

export type JoinVerdict = { ok: true } | { ok: false; retryAfterSeconds: number };

/**
 * Rate limits for joining a workshop with a code. A workshop's guests usually
 * share one address (the venue's Wi-Fi), so successful joins are not counted
 * per address: a room of thirty joins within a minute. What is limited is
 * guessing — wrong codes, per address and per code tried — plus a ceiling on
 * all joins that only a flood reaches.
 */
export class WorkshopJoinLimits {
  // People mistype a code read from a slide: 20 wrong codes, then 10 a minute, per address.
  private readonly wrongPerAddress: TokenBuckets;
  // One code that does not work, tried again and again (from many addresses): 10, then 2 a minute.
  private readonly wrongPerCode: TokenBuckets;
  // Every join attempt, from anywhere: a hall of hundreds fits in the burst; it also caps distributed guessing.
  private readonly everyone: TokenBuckets;

  constructor(now: () => number = Date.now) {
    this.wrongPerAddress = new TokenBuckets({ capacity: 20, refillPerSecond: 1 / 6 }, now);
    this.wrongPerCode = new TokenBuckets({ capacity: 10, refillPerSecond: 1 / 30 }, now);
    this.everyone = new TokenBuckets({ capacity: 1000, refillPerSecond: 20 }, now);
  }

  /**
   * Before the code is looked up: an address or code that has guessed too much
   * is refused whether or not this code is right, or guessing would go on. The
   * address's token is taken now and given back by `joined`, so a burst of
   * parallel guesses cannot all slip through before the first is counted.
   * Refusals take nothing from the shared ceiling, so one address cannot use it up.
   */
  admit(address: string, code: string): JoinVerdict {
    const byAddress = this.wrongPerAddress.take(address);
    if (!byAddress.ok) return byAddress;
    const byCode = this.wrongPerCode.peek(code);
    const verdict = byCode.ok ? this.everyone.take('all') : byCode;
    if (!verdict.ok) this.wrongPerAddress.give(address);
    return verdict;
  }

  /** The code was open and the person joined: their address is not charged. */
  joined(address: string): void {
    this.wrongPerAddress.give(address);
  }

  /** The code was not open: the address keeps its charge, and the code is charged too. */
  wrongCode(code: string): void {
    this.wrongPerCode.take(code);
  }
}
