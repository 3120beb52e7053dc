import * as Y from 'yjs';
import { Awareness } from 'y-protocols/awareness';
import { lastSequence, storedBytes, type StoredDocument } from '../storage/documentStore.ts';
import { AwarenessRelay } from './awarenessRelay.ts';
import { encodeSyncStep1, encodeUpdate } from './messageCodec.ts';
import type { RoomPeer } from './roomPeer.ts';

export interface PersistedUpdate {
  update: Uint8Array;
  origin: RoomPeer;
}

/**
 * One loaded document and the peers editing it. The room applies only updates
 * that are already durable (see GroupCommitQueue), so what it broadcasts can
 * never be lost by a crash.
 */
export class Room {
  readonly doc = new Y.Doc();
  readonly peers = new Set<RoomPeer>();
  readonly awareness: AwarenessRelay;
  /** Highest sequence number applied to `doc` (and stored). */
  appliedSeq: number;
  /** Highest sequence number handed out to an update waiting to be stored. */
  reservedSeq: number;
  /** Sequence covered by the newest stored checkpoint. */
  checkpointSeq: number;
  /** Approximate stored size: last checkpoint plus every update since. */
  storedBytes: number;

  private constructor(
    readonly name: string,
    stored: StoredDocument,
    awarenessIntervalMs: number,
  ) {
    this.awareness = new AwarenessRelay(new Awareness(this.doc), () => this.peers, awarenessIntervalMs);
    this.appliedSeq = this.reservedSeq = lastSequence(stored);
    this.checkpointSeq = stored.checkpoint?.upToSeq ?? 0;
    this.storedBytes = storedBytes(stored);
  }

  /** Builds the room from storage; throws (and so refuses to serve) if anything stored does not apply. */
  static fromStored(name: string, stored: StoredDocument, awarenessIntervalMs: number): Room {
    const room = new Room(name, stored, awarenessIntervalMs);
    try {
      if (stored.checkpoint) Y.applyUpdate(room.doc, stored.checkpoint.state);
      // One transaction for the whole tail. (Y.mergeUpdates looks tempting but is
      // quadratic: 20,000 updates take seconds to merge and milliseconds to apply.)
      room.doc.transact(() => {
        for (const { update } of stored.updates) Y.applyUpdate(room.doc, update);
      });
    } catch (error) {
      room.destroy();
      throw error;
    }
    return room;
  }

  get updatesSinceCheckpoint(): number {
    return this.appliedSeq - this.checkpointSeq;
  }

  /**
   * True when applying `update` would change nothing. Costs a walk over the
   * document, so it is only asked of a reconnecting client's sync step 2,
   * which always carries its whole delete set and would otherwise add a
   * redundant row to the update log on every reconnect.
   */
  alreadyContains(update: Uint8Array): boolean {
    return Y.snapshotContainsUpdate(Y.snapshot(this.doc), update);
  }

  /** A newcomer gets our state vector (so it sends what we lack) and everyone's presence. */
  welcome(peer: RoomPeer): void {
    this.peers.add(peer);
    peer.send(encodeSyncStep1(this.doc));
    const presence = this.awareness.snapshot();
    if (presence) peer.send(presence);
  }

  remove(peer: RoomPeer): void {
    this.peers.delete(peer);
    this.awareness.forget(peer);
  }

  /**
   * Applies updates that have just been committed, in order, in one
   * transaction, and sends every peer (the sender too: Yjs ignores what it
   * has) the transaction's own update: the batch merged, minus anything the
   * room already had.
   */
  applyPersisted(updates: PersistedUpdate[], lastSeq: number): void {
    let merged: Uint8Array | null = null;
    const capture = (update: Uint8Array) => {
      merged = update;
    };
    this.doc.on('update', capture);
    try {
      this.doc.transact(() => {
        for (const { update } of updates) Y.applyUpdate(this.doc, update);
      }, updates[0]?.origin);
    } finally {
      this.doc.off('update', capture);
      this.appliedSeq = lastSeq;
    }
    if (!merged) return;
    const message = encodeUpdate(merged);
    for (const peer of this.peers) peer.send(message);
  }

  destroy(): void {
    this.awareness.destroy();
    this.doc.destroy();
  }
}
