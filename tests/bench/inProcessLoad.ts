/**
 * The cold load without sockets: `store.load` then `Room.fromStored`, exactly
 * what the server's RoomRegistry does, in a process of its own so that a
 * pathologically slow load (Room.fromStored is synchronous) can be cut off
 * by the orchestrator instead of freezing it. Prints one JSON line per
 * measurement; settings come from BENCH_INPROCESS_SETTINGS.
 */
import { createHash } from 'node:crypto';
import { Room } from '../../server/collab/room.ts';
import { openDatabase } from '../../server/db/database.ts';
import { KyselyDocumentStore } from '../../server/storage/kyselyDocumentStore.ts';
import { DEFAULT_SYNC_LIMITS } from '../../shared/limits.ts';

export const IN_PROCESS_SETTINGS_ENV = 'BENCH_INPROCESS_SETTINGS';

export interface InProcessSettings {
  dataDir: string;
  room: string;
  /** sha256 of the text a correct load produces (the text itself may not fit in an environment variable). */
  expectedSha256: string;
  /** When given: instead of the full load, time Room.fromStored on the first n stored updates, for each n. */
  tails?: number[];
}

export type InProcessLine =
  | { type: 'load'; storeLoadMs: number; fromStoredMs: number; updates: number; correct: boolean }
  | { type: 'tail'; updates: number; fromStoredMs: number };

const emit = (line: InProcessLine) => process.stdout.write(`${JSON.stringify(line)}\n`);

async function main(settings: InProcessSettings): Promise<void> {
  const { db } = openDatabase({ databaseUrl: null, dataDir: settings.dataDir });
  try {
    const store = new KyselyDocumentStore(db);
    const t0 = performance.now();
    const stored = await store.load(settings.room);
    const t1 = performance.now();
    if (settings.tails) {
      for (const n of settings.tails) {
        const started = performance.now();
        const room = Room.fromStored(settings.room, { checkpoint: null, updates: stored.updates.slice(0, n) }, 50);
        emit({ type: 'tail', updates: n, fromStoredMs: performance.now() - started });
        room.destroy();
      }
      return;
    }
    const room = Room.fromStored(settings.room, stored, DEFAULT_SYNC_LIMITS.awarenessIntervalMs);
    const t2 = performance.now();
    const text = room.doc.getText('t').toString();
    room.destroy();
    emit({
      type: 'load',
      storeLoadMs: t1 - t0,
      fromStoredMs: t2 - t1,
      updates: stored.updates.length,
      correct: createHash('sha256').update(text).digest('hex') === settings.expectedSha256,
    });
  } finally {
    await db.destroy();
  }
}

const raw = process.env[IN_PROCESS_SETTINGS_ENV];
if (raw) {
  main(JSON.parse(raw) as InProcessSettings).then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
