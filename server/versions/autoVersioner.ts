import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { Versioning } from './versioning.ts';

export interface AutoVersionerOptions {
  db: Kysely<Database>;
  versioning: Versioning;
  /** How long a document must rest after changes before a version is taken. */
  quietMs: number;
  onError(message: string, error: unknown): void;
}

/**
 * Takes an automatic version when edits to an artefact settle: each stored
 * change restarts that room's timer; when it fires, a version is taken if
 * anything changed since the last one. Rooms that are not artefacts (sync-core
 * tests) are ignored.
 */
export class AutoVersioner {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly running = new Set<Promise<unknown>>();

  constructor(private readonly options: AutoVersionerOptions) {}

  /** A change to `room` was stored. */
  touch(room: string): void {
    clearTimeout(this.timers.get(room));
    const timer = setTimeout(() => this.fire(room), this.options.quietMs);
    timer.unref();
    this.timers.set(room, timer);
  }

  /** Shutdown: version every room still waiting, now, then stop. */
  async flush(): Promise<void> {
    const waiting = [...this.timers.keys()];
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    for (const room of waiting) this.fire(room);
    await Promise.allSettled([...this.running]);
  }

  private fire(room: string): void {
    this.timers.delete(room);
    const work = this.versionRoom(room).catch((error: unknown) => this.options.onError(`automatic version of ${room} failed`, error));
    this.running.add(work);
    void work.finally(() => this.running.delete(work));
  }

  private async versionRoom(room: string): Promise<void> {
    const artefact = await this.options.db.selectFrom('artefacts').selectAll().where('room', '=', room).executeTakeFirst();
    if (!artefact) return;
    await this.options.versioning.take(artefact, { kind: 'automatic', authorId: null, onlyIfChanged: true });
  }
}
