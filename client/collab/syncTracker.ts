import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import type { WebsocketProvider } from 'y-websocket';
import { MessageType, SyncMessageType } from '../../shared/protocol.ts';

/**
 * What the person is told about their changes:
 * - connecting: never synced with the server yet;
 * - saved / saving: connected, and everything is (or is not yet) stored by the server;
 * - reconnecting: the connection dropped but nothing local is waiting;
 * - offline: the connection dropped and local changes are waiting to be sent;
 * - stopped: the server closed the connection for a reason retrying cannot fix.
 */
export type SyncPhase = 'connecting' | 'saved' | 'saving' | 'reconnecting' | 'offline' | 'stopped';

export interface SyncStatus {
  readonly phase: SyncPhase;
  /** Local transactions since the last moment everything was saved. */
  readonly unsent: number;
  /** The close code when phase is `stopped`, otherwise null. */
  readonly closeCode: number | null;
}

export const INITIAL_STATUS: SyncStatus = { phase: 'connecting', unsent: 0, closeCode: null };

/** Comparing snapshots walks the document, so it runs at most this often, never per keystroke. */
const CHECK_INTERVAL_MS = 150;

type SyncHandler = WebsocketProvider['messageHandlers'][number];

/**
 * Tells honestly whether local changes are stored. The server broadcasts an
 * update only after committing it, and echoes it to its sender, so a shadow
 * document fed only with what the server sent holds exactly what the server
 * has stored. Everything local is saved when the shadow and the real document
 * have equal snapshots (same inserts and same deletions).
 *
 * The shadow is fed from the sync messages themselves, not from the document's
 * `update` event: an echo of our own change does not change our document, so
 * Yjs emits no `update` event for it, but it is the very proof that it was stored.
 */
export class SyncTracker {
  private readonly shadow = new Y.Doc();
  private readonly listeners = new Set<() => void>();
  private readonly originalSyncHandler: SyncHandler;
  private status: SyncStatus = INITIAL_STATUS;
  private unsent = 0;
  private saved = true;
  private connected = false;
  private synced = false;
  private everSynced = false;
  private closeCode: number | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly doc: Y.Doc,
    private readonly provider: WebsocketProvider,
  ) {
    // messageHandlers is the provider's own per-instance table, meant to be extended.
    this.originalSyncHandler = provider.messageHandlers[MessageType.Sync]!;
    provider.messageHandlers[MessageType.Sync] = (encoder, decoder, p, emitSynced, messageType) => {
      this.recordFromServer(decoding.clone(decoder));
      this.originalSyncHandler(encoder, decoder, p, emitSynced, messageType);
    };
    doc.on('update', this.onDocUpdate);
    provider.on('status', this.onStatus);
    provider.on('sync', this.onSync);
    provider.on('closed', this.onClosed);
  }

  getStatus = (): SyncStatus => this.status;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** After a `stopped` close: the person asks to try again. */
  retry(): void {
    this.closeCode = null;
    this.provider.connect();
    this.publish();
  }

  destroy(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.provider.messageHandlers[MessageType.Sync] = this.originalSyncHandler;
    this.doc.off('update', this.onDocUpdate);
    this.provider.off('status', this.onStatus);
    this.provider.off('sync', this.onSync);
    this.provider.off('closed', this.onClosed);
    this.listeners.clear();
    this.shadow.destroy();
  }

  private onDocUpdate = (_update: Uint8Array, origin: unknown): void => {
    if (origin === this.provider) return; // the shadow already has it (recordFromServer)
    this.unsent += 1;
    const wasSaved = this.saved;
    this.saved = false; // a local change is never stored at the moment it is made
    // Stop claiming "saved" at once; later counts wait for the throttled check.
    if (wasSaved) this.publish();
    this.scheduleCheck();
  };

  private onStatus = ({ status }: { status: 'connected' | 'disconnected' | 'connecting' }): void => {
    this.connected = status === 'connected';
    this.publish();
  };

  private onSync = (synced: boolean): void => {
    this.synced = synced;
    if (synced) {
      this.everSynced = true;
      this.check();
      // After a reconnect the shadow may lack changes the server stored while
      // their echo was lost with the old socket; the server then ignores our
      // resent copy as a duplicate. Asking for "everything after the shadow's
      // state" brings the shadow up to what the server really holds.
      if (!this.saved) this.askForServerState();
    }
    this.publish();
  };

  private onClosed = ({ code }: { code: number }): void => {
    this.closeCode = code;
    this.publish();
  };

  private recordFromServer(decoder: decoding.Decoder): void {
    try {
      const type = decoding.readVarUint(decoder);
      if (type !== SyncMessageType.Step2 && type !== SyncMessageType.Update) return;
      Y.applyUpdate(this.shadow, decoding.readVarUint8Array(decoder));
      this.scheduleCheck();
    } catch {
      // A malformed message: the provider's own handler meets the same bytes and reports it.
    }
  }

  private askForServerState(): void {
    const ws = this.provider.ws;
    if (!ws || ws.readyState !== ws.OPEN) return;
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MessageType.Sync);
    syncProtocol.writeSyncStep1(encoder, this.shadow);
    ws.send(encoding.toUint8Array(encoder));
  }

  private scheduleCheck(): void {
    if (this.timer !== null) return;
    this.timer = setTimeout(() => this.check(), CHECK_INTERVAL_MS);
  }

  private check(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.saved = Y.equalSnapshots(Y.snapshot(this.doc), Y.snapshot(this.shadow));
    if (this.saved) this.unsent = 0;
    this.publish();
  }

  private phase(): SyncPhase {
    if (this.closeCode !== null && !this.provider.shouldConnect) return 'stopped';
    if (!this.connected || !this.synced) {
      if (!this.everSynced) return 'connecting';
      return this.saved ? 'reconnecting' : 'offline';
    }
    return this.saved ? 'saved' : 'saving';
  }

  /** Hands listeners a new object only when something they show changed. */
  private publish(): void {
    const phase = this.phase();
    const closeCode = phase === 'stopped' ? this.closeCode : null;
    const { status } = this;
    if (status.phase === phase && status.unsent === this.unsent && status.closeCode === closeCode) return;
    this.status = { phase, unsent: this.unsent, closeCode };
    for (const listener of this.listeners) listener();
  }
}
