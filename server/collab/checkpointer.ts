import * as Y from 'yjs';
import type { DocumentStore } from '../storage/documentStore.ts';
import type { Room } from './room.ts';

/**
 * Writes a room's merged state as a checkpoint every `every` updates and on
 * unload, so a load reads one checkpoint plus a short tail of the update log.
 * A failed checkpoint loses nothing: the update log still holds every change.
 */
export class Checkpointer {
  private readonly inFlight = new Map<Room, Promise<void>>();

  constructor(
    private readonly store: DocumentStore,
    private readonly every: number,
    private readonly onError: (message: string, error: unknown) => void,
  ) {}

  /** Called after each applied batch; starts a checkpoint when enough updates piled up. */
  consider(room: Room): void {
    if (room.updatesSinceCheckpoint >= this.every && !this.inFlight.has(room)) void this.write(room);
  }

  /** Waits for any checkpoint in flight, then writes one if the room changed since. */
  async writeIfBehind(room: Room): Promise<void> {
    await this.inFlight.get(room);
    if (room.appliedSeq > room.checkpointSeq) await this.write(room);
  }

  private write(room: Room): Promise<void> {
    // Capture state and sequence together, synchronously, so they match.
    const state = Y.encodeStateAsUpdate(room.doc);
    const upToSeq = room.appliedSeq;
    const bytesAtCapture = room.storedBytes;
    const job = this.store
      .writeCheckpoint(room.name, { state, upToSeq })
      .then(() => {
        room.checkpointSeq = Math.max(room.checkpointSeq, upToSeq);
        room.storedBytes = state.byteLength + (room.storedBytes - bytesAtCapture);
      })
      .catch((error: unknown) => this.onError(`checkpoint of ${room.name} failed`, error))
      .finally(() => this.inFlight.delete(room));
    this.inFlight.set(room, job);
    return job;
  }
}
