import type { DocumentStore, UpdateRecord } from '../storage/documentStore.ts';
import { CloseCode } from '../../shared/protocol.ts';
import type { PersistedUpdate, Room } from './room.ts';

export interface GroupCommitHooks {
  /** After a batch is durable: how many updates, how long the commit took. */
  persisted(count: number, seconds: number): void;
  /** After a room applied a durable batch (e.g. to decide on a checkpoint). */
  applied(room: Room): void;
  error(message: string, error: unknown): void;
}

interface Pending extends PersistedUpdate {
  room: Room;
}

/**
 * Persist before broadcast, with group commit: every update that arrives
 * during one event-loop turn is stored in one transaction; only after that
 * commit is it applied to the room and sent to the other peers. Batches run
 * one after another, so each room sees its updates in arrival order.
 */
export class GroupCommitQueue {
  private pending: Pending[] = [];
  private scheduled = false;
  private running = false;
  private idleWaiters: Array<() => void> = [];

  constructor(
    private readonly store: DocumentStore,
    private readonly hooks: GroupCommitHooks,
  ) {}

  enqueue(room: Room, update: Uint8Array, origin: PersistedUpdate['origin']): void {
    room.storedBytes += update.byteLength;
    this.pending.push({ room, update, origin });
    this.schedule();
  }

  get idle(): boolean {
    return !this.running && !this.scheduled && this.pending.length === 0;
  }

  /** Resolves once everything enqueued so far is stored and applied. */
  drain(): Promise<void> {
    if (this.idle) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private schedule(): void {
    if (this.scheduled || this.running) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.running = true;
      void this.commitBatch().finally(() => {
        this.running = false;
        if (this.pending.length > 0) return this.schedule();
        for (const resolve of this.idleWaiters.splice(0)) resolve();
      });
    });
  }

  private async commitBatch(): Promise<void> {
    const batch = this.pending;
    this.pending = [];
    const byRoom = new Map<Room, Pending[]>();
    const records: UpdateRecord[] = [];
    for (const item of batch) {
      let group = byRoom.get(item.room);
      if (!group) byRoom.set(item.room, (group = []));
      group.push(item);
      item.room.reservedSeq += 1;
      records.push({
        documentName: item.room.name,
        seq: item.room.reservedSeq,
        update: item.update,
        userId: item.origin.userId,
      });
    }

    const started = performance.now();
    try {
      await this.store.appendUpdates(records);
    } catch (error) {
      this.hooks.error('storing updates failed; nothing was applied or sent', error);
      for (const [room, group] of byRoom) {
        room.reservedSeq = room.appliedSeq;
        for (const item of group) room.storedBytes -= item.update.byteLength;
      }
      // The senders still hold their changes and resend them when they reconnect.
      for (const item of batch) item.origin.close(CloseCode.InternalError, 'could not store changes');
      return;
    }
    this.hooks.persisted(records.length, (performance.now() - started) / 1000);

    for (const [room, group] of byRoom) {
      try {
        room.applyPersisted(group, room.reservedSeq);
      } catch (error) {
        this.hooks.error(`applying stored updates to ${room.name} failed`, error);
      }
      this.hooks.applied(room);
    }
  }
}
