import * as Y from 'yjs';
import type { DocumentStore } from '../storage/documentStore.ts';

/**
 * A room's document as stored: newest checkpoint plus the updates after it.
 * Every update is stored before anyone else sees it, so this is at least what
 * any reader of the live room has seen. Built fresh for each export and never
 * joined to the live room, so an export can never change it. The caller destroys it.
 */
export async function loadStoredDocument(store: DocumentStore, room: string): Promise<Y.Doc> {
  const stored = await store.load(room);
  const doc = new Y.Doc();
  try {
    Y.transact(doc, () => {
      if (stored.checkpoint) Y.applyUpdate(doc, stored.checkpoint.state);
      for (const { update } of stored.updates) Y.applyUpdate(doc, update);
    });
  } catch (error) {
    doc.destroy();
    throw error;
  }
  return doc;
}
