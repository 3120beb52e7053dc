import * as Y from 'yjs';
import type { GroupCommitQueue } from '../collab/groupCommit.ts';
import type { RoomPeer } from '../collab/roomPeer.ts';
import type { RoomRegistry } from '../collab/roomRegistry.ts';
import { lastSequence, type DocumentStore } from '../storage/documentStore.ts';
import { loadStoredDocument } from '../export/storedDocument.ts';

export interface DocumentState {
  state: Uint8Array;
  /** The update-log sequence the state covers. */
  upToSeq: number;
}

/**
 * The server's own reads and writes of artefact documents (versions,
 * restores). A write is an ordinary update by the acting person: stored in
 * the update log before anyone sees it, then sent to everyone connected.
 */
export interface LiveDocuments {
  snapshot(room: string): Promise<DocumentState>;
  /** Runs `edit` on a copy of the document and submits what it changed; false when it changed nothing. */
  change(room: string, userId: string, edit: (doc: Y.Doc) => void): Promise<boolean>;
}

/** What `edit` changed, as one update; null when nothing. */
function editAsUpdate(state: Uint8Array, edit: (doc: Y.Doc) => void): Uint8Array | null {
  const copy = new Y.Doc({ gc: false });
  try {
    Y.applyUpdate(copy, state);
    const updates: Uint8Array[] = [];
    copy.on('update', (update: Uint8Array) => updates.push(update));
    edit(copy);
    return updates.length === 0 ? null : Y.mergeUpdates(updates);
  } finally {
    copy.destroy();
  }
}

/** Through the sync server's rooms: what is connected sees the change live. */
export function roomDocuments(registry: RoomRegistry, commitQueue: GroupCommitQueue): LiveDocuments {
  const withRoom = async <T>(name: string, use: (room: Awaited<ReturnType<RoomRegistry['acquire']>>) => Promise<T>): Promise<T> => {
    const room = await registry.acquire(name);
    try {
      return await use(room);
    } finally {
      registry.release(name);
    }
  };
  return {
    snapshot: (name) =>
      withRoom(name, async (room) => {
        // Updates still being stored are not yet in the room; wait so the state matches its sequence.
        await commitQueue.drain();
        return { state: Y.encodeStateAsUpdate(room.doc), upToSeq: room.appliedSeq };
      }),
    change: (name, userId, edit) =>
      withRoom(name, async (room) => {
        const update = editAsUpdate(Y.encodeStateAsUpdate(room.doc), edit);
        if (!update) return false;
        commitQueue.enqueue(room, update, serverPeer(userId));
        await commitQueue.drain();
        return true;
      }),
  };
}

/** Straight to storage, for an app without a sync server (API tests). */
export function storedDocuments(store: DocumentStore): LiveDocuments {
  return {
    async snapshot(name) {
      const stored = await store.load(name);
      const doc = await loadStoredDocument(store, name);
      try {
        return { state: Y.encodeStateAsUpdate(doc), upToSeq: lastSequence(stored) };
      } finally {
        doc.destroy();
      }
    },
    async change(name, userId, edit) {
      const { state, upToSeq } = await this.snapshot(name);
      const update = editAsUpdate(state, edit);
      if (!update) return false;
      await store.appendUpdates([{ documentName: name, seq: upToSeq + 1, update, userId }]);
      return true;
    },
  };
}

/** The acting person, as the room sees a server-made change: nothing to send to, nothing to close. */
function serverPeer(userId: string): RoomPeer {
  return { userId, send: () => undefined, close: () => undefined };
}
