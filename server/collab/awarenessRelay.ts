import * as awarenessProtocol from 'y-protocols/awareness';
import { encodeAwareness } from './messageCodec.ts';
import type { RoomPeer } from './roomPeer.ts';

/**
 * Keeps a room's awareness (cursors, presence) and forwards changes to every
 * peer at a bounded rate: changes that arrive within one interval go out as a
 * single merged message, so awareness traffic stays O(peers) per interval
 * however chatty the clients are.
 */
export class AwarenessRelay {
  readonly awareness: awarenessProtocol.Awareness;
  private readonly changed = new Set<number>();
  private readonly ownedBy = new Map<RoomPeer, Set<number>>();
  private readonly owners = new Map<number, RoomPeer>();
  private timer: NodeJS.Timeout | null = null;

  constructor(
    awareness: awarenessProtocol.Awareness,
    private readonly peers: () => Iterable<RoomPeer>,
    private readonly intervalMs: number,
  ) {
    this.awareness = awareness;
    this.awareness.setLocalState(null); // the server itself is not a participant
    this.awareness.on('update', this.onUpdate);
  }

  /** Applies a validated awareness update sent by `peer`. */
  apply(update: Uint8Array, peer: RoomPeer): void {
    awarenessProtocol.applyAwarenessUpdate(this.awareness, update, peer);
  }

  /** The full awareness of the room, for a newcomer or a query; null when empty. */
  snapshot(): Uint8Array | null {
    const ids = [...this.awareness.getStates().keys()];
    return ids.length === 0 ? null : encodeAwareness(this.awareness, ids);
  }

  /** True when a peer other than `peer` already speaks for this client id. */
  isOwnedByAnother(clientId: number, peer: RoomPeer): boolean {
    const owner = this.owners.get(clientId);
    return owner !== undefined && owner !== peer;
  }

  /** The peer left: its clients' cursors disappear for everyone else. */
  forget(peer: RoomPeer): void {
    const owned = this.ownedBy.get(peer);
    this.ownedBy.delete(peer);
    for (const id of owned ?? []) if (this.owners.get(id) === peer) this.owners.delete(id);
    if (owned && owned.size > 0) awarenessProtocol.removeAwarenessStates(this.awareness, [...owned], null);
  }

  destroy(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.awareness.off('update', this.onUpdate);
    this.awareness.destroy();
  }

  private readonly onUpdate = (
    { added, updated, removed }: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    const peer = origin as RoomPeer | null;
    if (peer && typeof peer === 'object' && 'send' in peer) {
      let owned = this.ownedBy.get(peer);
      if (!owned) this.ownedBy.set(peer, (owned = new Set()));
      for (const id of [...added, ...updated]) {
        owned.add(id);
        this.owners.set(id, peer);
      }
      for (const id of removed) {
        owned.delete(id);
        this.owners.delete(id);
      }
    }
    for (const id of [...added, ...updated, ...removed]) this.changed.add(id);
    if (!this.timer) this.timer = setTimeout(this.flush, this.intervalMs);
  };

  private readonly flush = (): void => {
    this.timer = null;
    if (this.changed.size === 0) return;
    const message = encodeAwareness(this.awareness, [...this.changed]);
    this.changed.clear();
    for (const peer of this.peers()) peer.send(message);
  };
}
