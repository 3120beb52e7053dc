import WebSocket from 'ws';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { waitFor } from './waitFor.ts';

// Each y-websocket provider in Node adds a process 'exit' listener; tests open dozens.
process.setMaxListeners(200);

export interface TestPeer {
  doc: Y.Doc;
  provider: WebsocketProvider;
  destroy(): void;
}

export interface PeerOptions {
  doc?: Y.Doc;
  /** Sent on the upgrade, as a browser would: e.g. Origin and the session Cookie. */
  headers?: Record<string, string>;
}

/** An unmodified y-websocket provider in Node, on real sockets. */
export function connectPeer(collabUrl: string, room: string, { doc = new Y.Doc(), headers }: PeerOptions = {}): TestPeer {
  const socketClass = headers
    ? class extends WebSocket {
        constructor(url: string | URL, protocols?: string | string[]) {
          super(url, protocols, { headers });
        }
      }
    : WebSocket;
  const provider = new WebsocketProvider(collabUrl, room, doc, {
    WebSocketPolyfill: socketClass as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    maxBackoffTime: 200,
  });
  return {
    doc,
    provider,
    destroy() {
      provider.destroy();
      doc.destroy();
    },
  };
}

export async function connectSyncedPeer(collabUrl: string, room: string, options: PeerOptions = {}): Promise<TestPeer> {
  const peer = connectPeer(collabUrl, room, options);
  await waitForSynced(peer);
  return peer;
}

export function waitForSynced(peer: TestPeer): Promise<boolean> {
  return waitFor(() => peer.provider.synced, { message: 'provider synced' });
}

function stateVectorsEqual(a: Y.Doc, b: Y.Doc): boolean {
  return Buffer.from(Y.encodeStateVector(a)).equals(Buffer.from(Y.encodeStateVector(b)));
}

/** Waits until every peer has the same state vector and the same content. */
export function waitForConvergence(peers: TestPeer[], toJSON: (doc: Y.Doc) => unknown, timeoutMs = 20_000) {
  return waitFor(
    () => {
      const [first, ...rest] = peers;
      if (!first) return true;
      const expected = JSON.stringify(toJSON(first.doc));
      return rest.every((p) => stateVectorsEqual(first.doc, p.doc) && JSON.stringify(toJSON(p.doc)) === expected);
    },
    { timeoutMs, message: 'peers to converge' },
  );
}
