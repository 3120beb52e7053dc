import { WebSocket, type RawData } from 'ws';
import type { SyncLimits } from '../../shared/limits.ts';
import { CloseCode } from '../../shared/protocol.ts';
import type { CollabAccess, CollabGrant } from './collabAccess.ts';
import type { GroupCommitQueue } from './groupCommit.ts';
import { stampAwareness } from './awarenessIdentity.ts';
import {
  decodeIncoming,
  encodePermissionDenied,
  encodeSyncStep2,
  isEmptyUpdate,
  MalformedMessageError,
  type IncomingMessage,
} from './messageCodec.ts';
import type { Room } from './room.ts';
import type { RoomPeer } from './roomPeer.ts';
import type { RoomRegistry } from './roomRegistry.ts';

export interface ConnectionContext {
  registry: RoomRegistry;
  commitQueue: GroupCommitQueue;
  access: CollabAccess;
  limits: SyncLimits;
  onOpen(): void;
  onClose(): void;
}

/**
 * One WebSocket in one room. Frames that arrive while the room loads are held
 * and handled in order once it is ready; nobody gets a sync answer before the
 * load finished. Any bad frame closes this connection only.
 */
export class CollabConnection implements RoomPeer {
  private room: Room | null = null;
  private held: Buffer[] | null = [];
  private heldBytes = 0;
  private closed = false;
  private deniedWrites = 0;
  alive = true;

  constructor(
    private readonly socket: WebSocket,
    readonly roomName: string,
    private grant: CollabGrant,
    private readonly context: ConnectionContext,
  ) {}

  get userId(): string | null {
    return this.grant.userId;
  }

  get currentGrant(): CollabGrant {
    return this.grant;
  }

  /** Access changed while connected: from the next message on, the new grant applies. */
  updateGrant(grant: CollabGrant): void {
    this.grant = grant;
  }

  start(): void {
    const { socket, context } = this;
    context.onOpen();
    socket.on('message', (data, isBinary) => this.receive(data, isBinary));
    socket.on('pong', () => (this.alive = true));
    // ws closes oversize frames itself (1009) and reports them here; nothing else to do.
    socket.on('error', () => this.close(CloseCode.InvalidPayload, 'protocol error'));
    socket.on('close', () => this.cleanUp());
    void this.join();
  }

  send(message: Uint8Array): void {
    if (this.socket.readyState !== WebSocket.OPEN) return;
    if (this.socket.bufferedAmount > this.context.limits.maxBufferedBytes) {
      this.close(CloseCode.TryAgainLater, 'too slow to keep up');
      return;
    }
    this.socket.send(message);
  }

  close(code: number, reason: string): void {
    if (this.socket.readyState === WebSocket.OPEN || this.socket.readyState === WebSocket.CONNECTING) {
      this.socket.close(code, reason);
    }
    this.cleanUp();
  }

  ping(): void {
    if (this.socket.readyState === WebSocket.OPEN) this.socket.ping();
  }

  /** For the heartbeat: a socket that missed a ping is gone without a close frame. */
  terminate(): void {
    this.socket.terminate();
    this.cleanUp();
  }

  private async join(): Promise<void> {
    const { registry, limits } = this.context;
    let room: Room;
    try {
      room = await registry.acquire(this.roomName);
    } catch {
      this.close(registry.isClosed ? CloseCode.ServiceRestart : CloseCode.InternalError, 'document unavailable');
      return;
    }
    if (this.closed) return registry.release(this.roomName);
    if (room.peers.size >= limits.maxConnectionsPerRoom) {
      registry.release(this.roomName);
      return this.close(CloseCode.TryAgainLater, 'room is full');
    }
    this.room = room;
    room.welcome(this);
    const held = this.held ?? [];
    this.held = null;
    for (const frame of held) {
      if (this.closed) break;
      this.handle(frame);
    }
  }

  private receive(data: RawData, isBinary: boolean): void {
    if (this.closed) return;
    if (!isBinary) return this.close(CloseCode.UnsupportedData, 'binary frames only');
    const frame = Buffer.isBuffer(data) ? data : Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data);
    if (this.held) {
      this.heldBytes += frame.byteLength;
      if (this.heldBytes > this.context.limits.maxMessageBytes * 8) {
        return this.close(CloseCode.TryAgainLater, 'too much sent before the document loaded');
      }
      this.held.push(frame);
      return;
    }
    this.handle(frame);
  }

  private handle(frame: Buffer): void {
    const room = this.room;
    if (!room) return;
    let message: IncomingMessage;
    try {
      message = decodeIncoming(new Uint8Array(frame.buffer, frame.byteOffset, frame.byteLength));
    } catch (error) {
      const code = error instanceof MalformedMessageError ? error.closeCode : CloseCode.InvalidPayload;
      return this.close(code, 'malformed message');
    }
    if (message.kind === 'update' && this.changesNothing(room, message.update, message.syncStep2)) return;
    if (!this.context.access.authorizeMessage(this.grant, message)) return this.denyWrite();
    switch (message.kind) {
      case 'syncStep1':
        return this.send(encodeSyncStep2(room.doc, message.stateVector));
      case 'update':
        return this.acceptUpdate(room, message.update);
      case 'awareness':
        return this.applyAwareness(room, message.entries);
      case 'queryAwareness': {
        const presence = room.awareness.snapshot();
        if (presence) this.send(presence);
        return;
      }
    }
  }

  /**
   * Updates that change nothing are neither stored nor refused: the empty
   * update, and a reconnecting client's step 2 when the room has all of it
   * (it always carries the client's whole delete set).
   */
  private changesNothing(room: Room, update: Uint8Array, syncStep2: boolean): boolean {
    return isEmptyUpdate(update) || (syncStep2 && room.alreadyContains(update));
  }

  /** A read-only connection tried to change the document: tell it, and stop listening if it keeps on. */
  private denyWrite(): void {
    this.deniedWrites += 1;
    if (this.deniedWrites > this.context.limits.maxDeniedWrites) {
      return this.close(CloseCode.PolicyViolation, 'read-only: changes are not accepted');
    }
    this.send(encodePermissionDenied('read-only access: your changes were not saved'));
  }

  private applyAwareness(room: Room, entries: Parameters<typeof stampAwareness>[0]): void {
    try {
      const stamped = stampAwareness(entries, {
        identity: this.grant.identity,
        isForeign: (clientId) => room.awareness.isOwnedByAnother(clientId, this),
        maxStateBytes: this.context.limits.maxAwarenessStateBytes,
      });
      if (stamped) room.awareness.apply(stamped, this);
    } catch (error) {
      const code = error instanceof MalformedMessageError ? error.closeCode : CloseCode.InvalidPayload;
      this.close(code, 'malformed awareness');
    }
  }

  private acceptUpdate(room: Room, update: Uint8Array): void {
    // While shutting down we store nothing new: the client resends after reconnecting.
    if (this.context.registry.isClosed) return;
    if (room.storedBytes + update.byteLength > this.context.limits.maxDocumentBytes) {
      return this.close(CloseCode.DocumentTooLarge, 'document size limit reached');
    }
    this.context.commitQueue.enqueue(room, update, this);
  }

  private cleanUp(): void {
    if (this.closed) return;
    this.closed = true;
    this.held = null;
    this.context.onClose();
    if (this.room) {
      this.room.remove(this);
      this.room = null;
      this.context.registry.release(this.roomName);
    }
    // Still joining: join() sees `closed` and releases its reference itself.
  }
}
