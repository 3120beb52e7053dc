/**
 * A y-websocket client written against the wire protocol, not the provider:
 * it does what a provider does (sync step 1/2 handshake, sends every local
 * transaction as an update, sends its awareness), but an ordinary client
 * neither applies nor decodes what it receives — it only counts it — so one
 * process can simulate hundreds of them. An "observer" keeps the full
 * document, applies everything it receives, and reports for each text
 * fragment from another client how long ago it was typed.
 */
import WebSocket from 'ws';
import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';

// The y-websocket wire values, written out here so the bench speaks the protocol as any outside client does.
const MESSAGE_SYNC = 0;
const MESSAGE_AWARENESS = 1;
const SYNC_STEP1 = 0;
const SYNC_STEP2 = 1;
const SYNC_UPDATE = 2;

/** Transactions from the server carry this origin, so they are not sent back. */
const REMOTE = Symbol('remote');

export function encodeSyncMessage(syncType: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  encoding.writeVarUint(encoder, syncType);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

export function encodeAwarenessMessage(awareness: awarenessProtocol.Awareness): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
  encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(awareness, [awareness.clientID]));
  return encoding.toUint8Array(encoder);
}

/** `[client|seq|ms]`: one typed fragment, carrying when it was typed (performance.now() of this process). */
const MARKER = /\[(\d+)\|(\d+)\|(\d+(?:\.\d+)?)\]/g;

export interface ClientCounters {
  messagesIn: number;
  bytesIn: number;
  updatesIn: number;
  awarenessIn: number;
  editsSent: number;
  awarenessSent: number;
}

export interface ProtocolClientOptions {
  /** ws://host/collab/<room> */
  url: string;
  index: number;
  /** Sent on the upgrade as a signed-in browser would: our Origin and the session Cookie (the server refuses it without). */
  headers?: Record<string, string>;
  /** Keep the full document and report fan-out latency of other clients' edits. */
  observe?: boolean;
  onLatency?: (ms: number) => void;
}

export class ProtocolClient {
  readonly doc = new Y.Doc();
  readonly text = this.doc.getText('t');
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  readonly counters: ClientCounters = { messagesIn: 0, bytesIn: 0, updatesIn: 0, awarenessIn: 0, editsSent: 0, awarenessSent: 0 };
  /** Set when the server closed the connection (e.g. 1013 for a peer too slow to keep up). */
  closeCode: number | null = null;
  private socket: WebSocket | null = null;
  private seq = 0;
  private cursor = 0;
  private readonly markersSeen = new Set<string>();

  constructor(private readonly options: ProtocolClientOptions) {
    this.awareness.setLocalState({ user: { name: `bench-${options.index}` }, cursor: { anchor: 0, head: 0 } });
    // As a provider does: every local transaction goes to the server as one update message.
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== REMOTE) this.sendRaw(encodeSyncMessage(SYNC_UPDATE, update));
    });
  }

  get open(): boolean {
    return this.socket?.readyState === WebSocket.OPEN;
  }

  /** Other clients' edits this observer has received so far. */
  get seen(): number {
    return this.markersSeen.size;
  }

  /** Opens the socket and resolves once the server's sync step 2 (the whole document) arrived. */
  connect(timeoutMs = 30_000): Promise<void> {
    const socket = new WebSocket(this.options.url, { perMessageDeflate: false, headers: this.options.headers });
    this.socket = socket;
    return new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => fail(new Error(`client ${this.options.index} not synced within ${timeoutMs} ms`)), timeoutMs);
      const fail = (error: Error) => {
        clearTimeout(timer);
        reject(error);
      };
      socket.on('error', (error) => fail(error));
      socket.on('close', (code) => {
        this.closeCode = code;
        fail(new Error(`client ${this.options.index} closed (${code}) before it synced`));
      });
      socket.on('open', () => {
        this.sendRaw(encodeSyncMessage(SYNC_STEP1, Y.encodeStateVector(this.doc)));
        this.sendRaw(encodeAwarenessMessage(this.awareness));
      });
      socket.on('message', (data: Buffer) => {
        if (this.receive(data)) {
          clearTimeout(timer);
          resolve();
        }
      });
    });
  }

  /** Types one fragment at the end of the text; its timestamp is taken as late as possible. */
  edit(): void {
    const marker = `[${this.options.index}|${this.seq++}|${performance.now().toFixed(2)}]`;
    this.text.insert(this.text.length, marker);
    this.counters.editsSent++;
  }

  /** Moves the cursor and sends the new local awareness state. */
  moveCursor(): void {
    this.cursor = (this.cursor + 7) % Math.max(1, this.text.length);
    this.awareness.setLocalStateField('cursor', { anchor: this.cursor, head: this.cursor });
    this.sendRaw(encodeAwarenessMessage(this.awareness));
    this.counters.awarenessSent++;
  }

  /** A graceful close sends a close frame, as a leaving browser does; otherwise the TCP connection is just dropped. */
  close(graceful = false): void {
    this.socket?.removeAllListeners('close');
    this.socket?.on('error', () => {}); // closing a connecting socket reports an error; nobody cares now
    if (graceful && this.socket?.readyState === WebSocket.OPEN) this.socket.close(1000);
    else this.socket?.terminate();
    this.awareness.destroy(); // stops its 3-second outdated-state timer
    this.doc.destroy();
  }

  private sendRaw(message: Uint8Array): void {
    if (this.socket?.readyState === WebSocket.OPEN) this.socket.send(message);
  }

  /** Handles one frame; returns true when it was the server's sync step 2. */
  private receive(data: Buffer): boolean {
    this.counters.messagesIn++;
    this.counters.bytesIn += data.byteLength;
    // Both varints are below 128 in every message we care about, so two bytes tell the kind cheaply.
    const type = data[0];
    if (type === MESSAGE_AWARENESS) {
      this.counters.awarenessIn++;
      return false;
    }
    if (type !== MESSAGE_SYNC) return false;
    const syncType = data[1];
    if (syncType === SYNC_UPDATE) this.counters.updatesIn++;
    if (syncType === SYNC_UPDATE || syncType === SYNC_STEP2) {
      if (this.options.observe) {
        const update = this.payload(data);
        Y.applyUpdate(this.doc, update, REMOTE);
        this.readMarkers(update);
      }
      return syncType === SYNC_STEP2;
    }
    if (syncType === SYNC_STEP1) {
      // The server asks what we have that it lacks: answer as a provider would.
      this.sendRaw(encodeSyncMessage(SYNC_STEP2, Y.encodeStateAsUpdate(this.doc, this.payload(data))));
    }
    return false;
  }

  private payload(data: Buffer): Uint8Array {
    const decoder = decoding.createDecoder(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
    decoding.readVarUint(decoder);
    decoding.readVarUint(decoder);
    return decoding.readVarUint8Array(decoder);
  }

  /**
   * Called once the update is applied, i.e. its text is in the document. The
   * new text is read from the update itself rather than from a Y.Text
   * observer, whose delta walks the whole text on every event: at 500
   * clients that walk alone cost the generator a tenth of its core.
   */
  private readMarkers(update: Uint8Array): void {
    const now = performance.now();
    const own = String(this.options.index);
    for (const struct of Y.decodeUpdate(update).structs) {
      if (!(struct instanceof Y.Item) || !(struct.content instanceof Y.ContentString)) continue;
      for (const match of struct.content.str.matchAll(MARKER)) {
        if (match[1] === own) continue; // our own edit, echoed back
        // A fragment can arrive twice around connecting (in the server's step 2 and as an update).
        const key = `${match[1]}|${match[2]}`;
        if (this.markersSeen.has(key)) continue;
        this.markersSeen.add(key);
        this.options.onLatency?.(now - Number(match[3]));
      }
    }
  }
}
