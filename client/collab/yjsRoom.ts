import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { CloseCode } from '../../shared/protocol.ts';
import { SyncTracker } from './syncTracker.ts';

/** One shared document, its connection, and the honest account of its saved state. */
export interface YjsRoom {
  readonly name: string;
  readonly doc: Y.Doc;
  readonly provider: WebsocketProvider;
  readonly sync: SyncTracker;
  destroy(): void;
}

export interface YjsRoomOptions {
  /** Node tests pass the `ws` package; browsers use their own WebSocket. */
  WebSocketPolyfill?: typeof WebSocket;
}

/**
 * Close codes after which reconnecting would only fail again (the same change
 * would be refused again, or access was refused): stop and tell the person.
 * Everything else (restarts, storage outages, a full room) is retried.
 */
const FINAL_CLOSE_CODES: ReadonlySet<number> = new Set([
  CloseCode.PolicyViolation,
  CloseCode.MessageTooBig,
  CloseCode.DocumentTooLarge,
  CloseCode.InvalidRoom,
]);

export function shouldReconnect(event: CloseEvent): boolean {
  if (FINAL_CLOSE_CODES.has(event.code)) return false;
  // y-websocket's convention: 4400-4499 mirror HTTP 4xx, a decision retrying cannot change.
  return !(event.code >= 4400 && event.code < 4500);
}

export function createYjsRoom(serverUrl: string, name: string, options: YjsRoomOptions = {}): YjsRoom {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(serverUrl, name, doc, {
    // Connect only once the tracker listens, so it sees the server's first answer.
    connect: false,
    // Tabs sharing changes over BroadcastChannel would make a change look
    // "from the provider" before the server stored it; the server relays anyway.
    disableBc: true,
    shouldReconnect,
    ...(options.WebSocketPolyfill ? { WebSocketPolyfill: options.WebSocketPolyfill } : {}),
  });
  const sync = new SyncTracker(doc, provider);
  provider.connect();
  return {
    name,
    doc,
    provider,
    sync,
    destroy() {
      sync.destroy();
      provider.destroy();
      doc.destroy();
    },
  };
}
