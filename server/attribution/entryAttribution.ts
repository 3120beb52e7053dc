import * as Y from 'yjs';

// Yjs types are parameterised by their event type; the walk up the tree is the same for all of them.
type AnyType = Y.AbstractType<any>;

/** One person's part in one entry: when they first and last changed it, and in how many stored updates. */
export interface Contribution {
  firstAt: string;
  lastAt: string;
  changes: number;
}

/** Entry key → user id → their contribution. */
export type EntryContributors = Map<string, Map<string, Contribution>>;

/** One row of a document's update log, as the replay needs it. */
export interface LoggedUpdate {
  seq: number;
  update: Uint8Array;
  /** Whose socket sent it; null for updates the server wrote itself. */
  userId: string | null;
  createdAt: string;
}

/**
 * Who changed which top-level entry of one root map, worked out by replaying
 * the update log into a Y.Doc of its own. Checkpoints merge everyone's changes
 * together, so only the log itself says who did what.
 *
 * Each stored update is applied in its own transaction with the sender's user
 * id as origin; after each one, every changed type is walked up to the child
 * of the root map, whose key names the entry. Works for any root map (outcomes,
 * process map nodes, …). Replay is incremental: `replay` skips rows it has seen.
 */
export class EntryAttribution {
  private readonly doc = new Y.Doc();
  private readonly root: AnyType;
  private readonly byEntry: EntryContributors = new Map();
  /** The stored time of the row being applied; the transaction only carries its user id. */
  private replayingAt = '';
  private replayedUpTo = 0;

  constructor(readonly rootName: string) {
    this.root = this.doc.getMap(rootName);
    this.doc.on('afterTransaction', (transaction: Y.Transaction) => this.tally(transaction));
  }

  /** The sequence number of the last row replayed (0 before any). */
  get lastSeq(): number {
    return this.replayedUpTo;
  }

  /** Applies rows in sequence order; rows at or before `lastSeq` were counted already and are skipped. */
  replay(rows: readonly LoggedUpdate[]): void {
    for (const row of rows) {
      if (row.seq <= this.replayedUpTo) continue;
      this.replayingAt = row.createdAt;
      Y.applyUpdate(this.doc, row.update, row.userId);
      this.replayedUpTo = row.seq;
    }
  }

  /** A copy, so a caller that awaits (e.g. for names) never sees rows replayed meanwhile by another request. */
  snapshot(): EntryContributors {
    return new Map([...this.byEntry].map(([key, people]) => [key, new Map([...people].map(([id, c]) => [id, { ...c }]))]));
  }

  private tally(transaction: Y.Transaction): void {
    const userId: unknown = transaction.origin;
    // Server-written updates (null) are nobody's contribution.
    if (typeof userId !== 'string') return;
    const entries = new Set<string>();
    for (const [type, keys] of transaction.changed) {
      if (type === this.root) {
        // Entries added, replaced or deleted: the root map's own changed keys.
        for (const key of keys) if (key !== null) entries.add(key);
      } else {
        const key = entryKeyOf(type, this.root);
        if (key !== null) entries.add(key);
      }
    }
    for (const key of entries) this.record(key, userId);
  }

  private record(entryKey: string, userId: string): void {
    let people = this.byEntry.get(entryKey);
    if (!people) this.byEntry.set(entryKey, (people = new Map()));
    const existing = people.get(userId);
    if (existing) {
      existing.lastAt = this.replayingAt;
      existing.changes += 1;
    } else {
      people.set(userId, { firstAt: this.replayingAt, lastAt: this.replayingAt, changes: 1 });
    }
  }
}

/**
 * The key of the root map's entry that `type` lies within, or null when it lies
 * under another root. Types created in the same transaction are not in
 * `transaction.changed` (Yjs records only types that existed before it), so
 * every type met here is integrated and its parents are types, not ids.
 */
function entryKeyOf(type: AnyType, root: AnyType): string | null {
  let current = type;
  for (;;) {
    const item = current._item;
    if (!item) return null;
    const parent = item.parent;
    if (parent === root) return item.parentSub;
    if (!(parent instanceof Y.AbstractType)) return null;
    current = parent;
  }
}
