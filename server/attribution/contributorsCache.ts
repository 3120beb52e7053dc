import { EntryAttribution, type EntryContributors, type LoggedUpdate } from './entryAttribution.ts';

/** Rows of a room's update log after `afterSeq`, in sequence order, at most `limit`. */
export type UpdateLogReader = (room: string, afterSeq: number, limit: number) => Promise<LoggedUpdate[]>;

export interface ContributorsCacheOptions {
  /** Replays kept in memory at once; the least recently asked for goes first. */
  capacity?: number;
  /** Rows read and replayed per step, so a long log never sits in memory whole nor blocks the event loop for its whole replay. */
  pageSize?: number;
}

interface CachedReplay {
  attribution: EntryAttribution;
  /** The catch-ups of this replay, one after another: two at once would count the same rows twice. */
  queue: Promise<void>;
  /** A catch-up failed part-way, leaving part of an update counted: never used again. */
  broken: boolean;
}

/**
 * Per-room replays of the update log, kept between requests so that asking
 * again only replays the rows stored since. A small LRU: a replay holds a
 * whole Y.Doc, and only the rooms people are looking at are worth keeping.
 */
export class ContributorsCache {
  private readonly replays = new Map<string, CachedReplay>();
  private readonly capacity: number;
  private readonly pageSize: number;

  constructor(
    private readonly read: UpdateLogReader,
    { capacity = 20, pageSize = 2000 }: ContributorsCacheOptions = {},
  ) {
    this.capacity = capacity;
    this.pageSize = pageSize;
  }

  /** Who changed each entry of root map `rootName` in `room`, up to the last stored update. */
  async contributorsOf(room: string, rootName: string): Promise<EntryContributors> {
    const key = `${rootName}\u0000${room}`;
    const cached = this.touch(key, rootName);
    const run = cached.queue.then(() => (cached.broken ? undefined : this.catchUp(room, cached.attribution)));
    cached.queue = run.catch(() => {});
    try {
      await run;
    } catch (error) {
      cached.broken = true;
      if (this.replays.get(key) === cached) this.replays.delete(key);
      throw error;
    }
    // Queued behind a catch-up that failed: start again from a fresh replay.
    if (cached.broken) return this.contributorsOf(room, rootName);
    return cached.attribution.snapshot();
  }

  /** How many rooms are cached (for tests and metrics). */
  get size(): number {
    return this.replays.size;
  }

  private touch(key: string, rootName: string): CachedReplay {
    let cached = this.replays.get(key);
    if (cached) {
      // Map keeps insertion order: re-inserting marks it most recently used.
      this.replays.delete(key);
    } else {
      cached = { attribution: new EntryAttribution(rootName), queue: Promise.resolve(), broken: false };
    }
    this.replays.set(key, cached);
    while (this.replays.size > this.capacity) {
      const oldest = this.replays.keys().next().value as string;
      // Not destroyed: a request may still be replaying into it; it is collected once that finishes.
      this.replays.delete(oldest);
    }
    return cached;
  }

  private async catchUp(room: string, attribution: EntryAttribution): Promise<void> {
    for (;;) {
      const rows = await this.read(room, attribution.lastSeq, this.pageSize);
      attribution.replay(rows);
      if (rows.length < this.pageSize) return;
    }
  }
}
