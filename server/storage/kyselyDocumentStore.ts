import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { DocumentStore, StoredCheckpoint, StoredDocument, UpdateRecord } from './documentStore.ts';

// Five values a row; 1000 rows keeps well inside SQLite's and PostgreSQL's parameter limits.
const ROWS_PER_INSERT = 1000;

/** DocumentStore on Kysely: the same queries run on SQLite and PostgreSQL. */
export class KyselyDocumentStore implements DocumentStore {
  constructor(private readonly db: Kysely<Database>) {}

  async load(documentName: string): Promise<StoredDocument> {
    const checkpointRow = await this.db
      .selectFrom('document_checkpoints')
      .select(['state', 'up_to_seq'])
      .where('document_name', '=', documentName)
      .orderBy('up_to_seq', 'desc')
      .limit(1)
      .executeTakeFirst();
    const checkpoint: StoredCheckpoint | null = checkpointRow
      ? { state: toBytes(checkpointRow.state), upToSeq: checkpointRow.up_to_seq }
      : null;
    const rows = await this.db
      .selectFrom('document_updates')
      .select(['seq', 'update'])
      .where('document_name', '=', documentName)
      .where('seq', '>', checkpoint?.upToSeq ?? 0)
      .orderBy('seq', 'asc')
      .execute();
    return { checkpoint, updates: rows.map((r) => ({ seq: r.seq, update: toBytes(r.update) })) };
  }

  async appendUpdates(records: readonly UpdateRecord[]): Promise<void> {
    if (records.length === 0) return;
    const createdAt = new Date().toISOString();
    const rows = records.map((r) => ({
      document_name: r.documentName,
      seq: r.seq,
      update: r.update,
      user_id: r.userId,
      created_at: createdAt,
    }));
    await this.db.transaction().execute(async (trx) => {
      for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
        await trx.insertInto('document_updates').values(rows.slice(i, i + ROWS_PER_INSERT)).execute();
      }
    });
  }

  async writeCheckpoint(documentName: string, checkpoint: StoredCheckpoint): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('document_checkpoints')
        .values({
          document_name: documentName,
          up_to_seq: checkpoint.upToSeq,
          state: checkpoint.state,
          created_at: new Date().toISOString(),
        })
        .onConflict((oc) => oc.columns(['document_name', 'up_to_seq']).doUpdateSet({ state: checkpoint.state }))
        .execute();
      await trx
        .deleteFrom('document_checkpoints')
        .where('document_name', '=', documentName)
        .where('up_to_seq', '<', checkpoint.upToSeq)
        .execute();
    });
  }
}

/** Both drivers return Buffers; hand Yjs plain Uint8Arrays over the same memory. */
function toBytes(value: Uint8Array): Uint8Array {
  return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
}
