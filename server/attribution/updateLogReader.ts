import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { UpdateLogReader } from './contributorsCache.ts';

/**
 * Reads a room's update log with who sent each row. Always the log itself,
 * never a checkpoint: a checkpoint merges everyone's changes and keeps no sender.
 */
export function updateLogReader(db: Kysely<Database>): UpdateLogReader {
  return async (room, afterSeq, limit) => {
    const rows = await db
      .selectFrom('document_updates')
      .select(['seq', 'update', 'user_id', 'created_at'])
      .where('document_name', '=', room)
      .where('seq', '>', afterSeq)
      .orderBy('seq', 'asc')
      .limit(limit)
      .execute();
    return rows.map((r) => ({
      seq: r.seq,
      // Both drivers return Buffers; hand Yjs plain Uint8Arrays over the same memory.
      update: new Uint8Array(r.update.buffer, r.update.byteOffset, r.update.byteLength),
      userId: r.user_id,
      createdAt: r.created_at,
    }));
  };
}
