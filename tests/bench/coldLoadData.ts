/**
 * Builds the cold-load document straight into a SQLite data dir: a long
 * update log of real, small Yjs updates, as if a few people had typed it one
 * keystroke at a time. Written through the server's own storage code so the
 * rows are exactly what the server would have stored. The document belongs to
 * a real artefact, made over the API first, so that serving it passes the same
 * access checks as any browser's.
 */
import * as Y from 'yjs';
import { editableRoom } from '../helpers/httpAccounts.ts';
import { startBenchServer } from './processes.ts';
import { openDatabase } from '../../server/db/database.ts';
import { migrateToLatest } from '../../server/db/migrator.ts';
import type { UpdateRecord } from '../../server/storage/documentStore.ts';
import { KyselyDocumentStore } from '../../server/storage/kyselyDocumentStore.ts';

export interface BuiltDocument {
  updates: number;
  /** Sum of the update sizes in the log. */
  logBytes: number;
  /** The text every correct load must produce. */
  text: string;
  /** Y.encodeStateAsUpdate of the final document, for the checkpoint. */
  state: Uint8Array;
  buildSeconds: number;
}

const AUTHORS = 4;
const APPEND_BATCH = 5_000;
/** Updates an author passes to the others carry this origin, so they are not logged twice. */
const SYNCED = Symbol('synced');

/** A small deterministic PRNG (mulberry32), so every run stores the same document. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The artefact room the document is stored under, and who may open it. */
export interface ArtefactRoom {
  room: string;
  /** The owner, recorded as the author of every stored update, as the server records the sender. */
  userId: string;
  /** `gweithdy_session=…`: sessions live in the database, so it stays valid in every copy of the data dir. */
  cookie: string;
}

/** Runs the real server once on `dataDir` to sign up, create a workspace and an artefact, then stops it. */
export async function createArtefactRoom(dataDir: string): Promise<ArtefactRoom> {
  const server = await startBenchServer({}, dataDir);
  try {
    const { owner, room } = await editableRoom(server);
    return { room, userId: owner.userId, cookie: owner.cookie };
  } finally {
    await server.kill(); // SIGKILL is safe: every API write was committed before it answered
  }
}

export async function buildUpdateLog(dataDir: string, { room, userId }: ArtefactRoom, count: number): Promise<BuiltDocument> {
  const started = performance.now();
  const { db } = openDatabase({ databaseUrl: null, dataDir });
  try {
    await migrateToLatest(db);
    const store = new KyselyDocumentStore(db);
    const authors = Array.from({ length: AUTHORS }, () => new Y.Doc());
    const cursors = new Array<number>(AUTHORS).fill(0);
    let pending: UpdateRecord[] = [];
    let seq = 0;
    let logBytes = 0;
    for (const author of authors) {
      author.on('update', (update: Uint8Array, origin: unknown) => {
        if (origin === SYNCED) return;
        pending.push({ documentName: room, seq: ++seq, update, userId });
        logBytes += update.byteLength;
        for (const other of authors) if (other !== author) Y.applyUpdate(other, update, SYNCED);
      });
    }

    const next = random(20261123);
    let current = 0;
    for (let i = 0; i < count; i++) {
      // People type in bursts: mostly the same author as before, sometimes another one.
      if (next() < 0.05) current = Math.floor(next() * AUTHORS);
      const text = authors[current]!.getText('t');
      let cursor = Math.min(cursors[current]!, text.length);
      const roll = next();
      if (roll < 0.1 && cursor > 0) {
        text.delete(cursor - 1, 1); // backspace
        cursor--;
      } else {
        if (roll > 0.97) cursor = Math.floor(next() * (text.length + 1)); // click somewhere else
        text.insert(cursor, next() < 0.17 ? ' ' : String.fromCharCode(97 + Math.floor(next() * 26)));
        cursor++;
      }
      cursors[current] = cursor;
      if (pending.length >= APPEND_BATCH) {
        await store.appendUpdates(pending);
        pending = [];
      }
    }
    await store.appendUpdates(pending);
    if (seq !== count) throw new Error(`expected ${count} updates, logged ${seq}`);

    const final = authors[0]!;
    const result: BuiltDocument = {
      updates: seq,
      logBytes,
      text: final.getText('t').toString(),
      state: Y.encodeStateAsUpdate(final),
      buildSeconds: (performance.now() - started) / 1000,
    };
    for (const author of authors) author.destroy();
    return result;
  } finally {
    await db.destroy();
  }
}

/** Stores the checkpoint the server would write after `upToSeq` updates. */
export async function addCheckpoint(dataDir: string, room: string, state: Uint8Array, upToSeq: number): Promise<void> {
  const { db } = openDatabase({ databaseUrl: null, dataDir });
  try {
    await new KyselyDocumentStore(db).writeCheckpoint(room, { state, upToSeq });
  } finally {
    await db.destroy();
  }
}
