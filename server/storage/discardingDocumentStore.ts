import type { DocumentStore, StoredDocument } from './documentStore.ts';

/**
 * Keeps nothing. Exists only so `npm run bench` can measure what durability
 * costs (PERSISTENCE=off); never use it to serve people's work.
 */
export class DiscardingDocumentStore implements DocumentStore {
  async load(): Promise<StoredDocument> {
    return { checkpoint: null, updates: [] };
  }
  async appendUpdates(): Promise<void> {}
  async writeCheckpoint(): Promise<void> {}
}
