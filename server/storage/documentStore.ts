/**
 * Durable storage of Yjs documents: an append-only update log per document and
 * checkpoints of its merged state. Loading = latest checkpoint + the updates
 * after it. The update log is never deleted; it is the audit trail later
 * issues replay. Checkpoints are a cache: only the newest is kept.
 */
export interface UpdateRecord {
  documentName: string;
  seq: number;
  update: Uint8Array;
  /** Who sent it; null while rooms are open (before the identity issue). */
  userId: string | null;
}

export interface StoredCheckpoint {
  state: Uint8Array;
  upToSeq: number;
}

export interface StoredDocument {
  checkpoint: StoredCheckpoint | null;
  /** Updates after the checkpoint, in sequence order. */
  updates: Array<{ seq: number; update: Uint8Array }>;
}

export interface DocumentStore {
  load(documentName: string): Promise<StoredDocument>;
  /** All records in one transaction: either every one is durable or none is. */
  appendUpdates(records: readonly UpdateRecord[]): Promise<void>;
  /** Stores the state up to `upToSeq` and drops older checkpoints, in one transaction. */
  writeCheckpoint(documentName: string, checkpoint: StoredCheckpoint): Promise<void>;
}

/** The sequence number of the last stored update of a loaded document. */
export function lastSequence(stored: StoredDocument): number {
  const lastUpdate = stored.updates.at(-1);
  return lastUpdate?.seq ?? stored.checkpoint?.upToSeq ?? 0;
}

/** Bytes the document occupies in storage: checkpoint plus updates since. */
export function storedBytes(stored: StoredDocument): number {
  let total = stored.checkpoint?.state.byteLength ?? 0;
  for (const u of stored.updates) total += u.update.byteLength;
  return total;
}
