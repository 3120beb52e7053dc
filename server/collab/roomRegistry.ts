import type { DocumentStore } from '../storage/documentStore.ts';
import type { Checkpointer } from './checkpointer.ts';
import type { GroupCommitQueue } from './groupCommit.ts';
import { Room } from './room.ts';

interface Slot {
  refs: number;
  ready: Promise<Room>;
  room: Room | null;
  unloading: Promise<void> | null;
}

export class RegistryClosedError extends Error {
  constructor() {
    super('the sync server is shutting down');
  }
}

export interface RoomRegistryOptions {
  store: DocumentStore;
  commitQueue: GroupCommitQueue;
  checkpointer: Checkpointer;
  awarenessIntervalMs: number;
  onError: (message: string, error: unknown) => void;
  onLoaded?: (seconds: number) => void;
}

/**
 * Loaded rooms by name. A room is loaded once however many peers arrive while
 * it loads; it is unloaded (after a final checkpoint) when its last peer
 * leaves. A failed load leaves nothing behind, so an empty document can never
 * be stored over real data.
 */
export class RoomRegistry {
  private readonly slots = new Map<string, Slot>();
  private closed = false;

  constructor(private readonly options: RoomRegistryOptions) {}

  get isClosed(): boolean {
    return this.closed;
  }

  get loadedRoomCount(): number {
    let n = 0;
    for (const slot of this.slots.values()) if (slot.room) n++;
    return n;
  }

  /** Takes a reference on the room, loading it if needed. Pair with release(). */
  async acquire(name: string): Promise<Room> {
    let slot = this.slots.get(name);
    while (slot?.unloading) {
      await slot.unloading;
      slot = this.slots.get(name);
    }
    if (this.closed) throw new RegistryClosedError();
    if (!slot) slot = this.startLoad(name);
    slot.refs++;
    try {
      return await slot.ready;
    } catch (error) {
      slot.refs--;
      throw error;
    }
  }

  release(name: string): void {
    const slot = this.slots.get(name);
    if (!slot) return;
    slot.refs--;
    if (slot.refs === 0 && slot.room && !slot.unloading && !this.closed) {
      slot.unloading = this.unload(name, slot, slot.room);
    }
  }

  /** Shutdown: refuse new peers, store everything, close every peer with `code`. */
  async closeAll(code: number, reason: string): Promise<void> {
    this.closed = true;
    await Promise.allSettled([...this.slots.values()].map((s) => s.ready));
    await this.options.commitQueue.drain();
    for (const [name, slot] of this.slots) {
      await slot.unloading;
      const room = slot.room;
      if (!room) continue;
      await this.checkpointQuietly(room);
      for (const peer of room.peers) peer.close(code, reason);
      room.destroy();
      this.slots.delete(name);
    }
  }

  private startLoad(name: string): Slot {
    const { store, awarenessIntervalMs } = this.options;
    const slot: Slot = { refs: 0, room: null, unloading: null, ready: Promise.resolve(null as never) };
    const started = performance.now();
    slot.ready = store.load(name).then((stored) => Room.fromStored(name, stored, awarenessIntervalMs));
    slot.ready.then(
      (room) => {
        slot.room = room;
        this.options.onLoaded?.((performance.now() - started) / 1000);
      },
      (error: unknown) => {
        this.options.onError(`loading ${name} failed; it will not be served or stored`, error);
        if (this.slots.get(name) === slot) this.slots.delete(name);
      },
    );
    this.slots.set(name, slot);
    return slot;
  }

  private async unload(name: string, slot: Slot, room: Room): Promise<void> {
    await this.options.commitQueue.drain();
    await this.checkpointQuietly(room);
    room.destroy();
    if (this.slots.get(name) === slot) this.slots.delete(name);
  }

  private async checkpointQuietly(room: Room): Promise<void> {
    try {
      await this.options.checkpointer.writeIfBehind(room);
    } catch (error) {
      this.options.onError(`final checkpoint of ${room.name} failed`, error);
    }
  }
}
