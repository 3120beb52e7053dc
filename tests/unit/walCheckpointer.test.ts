import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { startWalCheckpointer, type WalCheckpointer } from '../../server/db/walCheckpointer.ts';

describe('WAL checkpoints off the serving thread', () => {
  const cleanups: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  function servingConnection() {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gweithdy-wal-'));
    const file = path.join(dir, 'db.sqlite');
    const sqlite = new SQLite(file);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('wal_autocheckpoint = 0');
    sqlite.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)');
    cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
    cleanups.push(() => void sqlite.close());
    return { sqlite, file };
  }

  function start(file: string): WalCheckpointer {
    const checkpointer = startWalCheckpointer(file, { everyMs: 60_000 });
    cleanups.push(() => checkpointer.stop());
    return checkpointer;
  }

  it('copies every committed frame into the database file while the serving connection only appends', async () => {
    const { sqlite, file } = servingConnection();
    const checkpointer = start(file);
    const insert = sqlite.prepare('INSERT INTO notes (body) VALUES (?)');
    for (let i = 0; i < 2000; i++) insert.run(`note ${i} ${'x'.repeat(200)}`);

    const result = await checkpointer.checkpointNow();
    expect(result?.log).toBeGreaterThan(0);
    expect(result?.checkpointed).toBe(result?.log);

    // The WAL is reused from its start by the next commit instead of growing.
    const walBytes = fs.statSync(`${file}-wal`).size;
    for (let i = 0; i < 2000; i++) insert.run(`again ${i} ${'x'.repeat(200)}`);
    expect(fs.statSync(`${file}-wal`).size).toBeLessThanOrEqual(walBytes);
    expect(sqlite.prepare('SELECT count(*) AS n FROM notes').get()).toEqual({ n: 4000 });
  });

  it('answers null after it has stopped, and stopping twice is harmless', async () => {
    const { file } = servingConnection();
    const checkpointer = start(file);
    await checkpointer.stop();
    await checkpointer.stop();
    expect(await checkpointer.checkpointNow()).toBeNull();
  });
});
