import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import type { Database } from './schema.ts';
import { startWalCheckpointer } from './walCheckpointer.ts';

export type Dialect = 'sqlite' | 'postgres';

export interface DatabaseHandle {
  db: Kysely<Database>;
  dialect: Dialect;
  /** Stops background work (the WAL checkpointer) and closes the connection. */
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** postgres://… for PostgreSQL; null for SQLite in dataDir. */
  databaseUrl: string | null;
  dataDir: string;
  /**
   * SQLite only: checkpoint the WAL from a worker thread instead of inside
   * commits (see walCheckpointer.ts). For the long-running server.
   */
  backgroundCheckpoints?: boolean;
}

export const SQLITE_FILE_NAME = 'gweithdy.sqlite';

/**
 * Opens the store. SQLite runs in WAL mode with synchronous=NORMAL: a commit is
 * in the WAL before the call returns, so it survives the process being killed
 * (only a power cut could cost the last transactions).
 */
export function openDatabase(options: DatabaseOptions): DatabaseHandle {
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 10 });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, dialect: 'postgres', close: () => db.destroy() };
  }
  fs.mkdirSync(options.dataDir, { recursive: true });
  const file = path.join(options.dataDir, SQLITE_FILE_NAME);
  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const checkpointer = options.backgroundCheckpoints ? startWalCheckpointer(file) : null;
  if (checkpointer) sqlite.pragma('wal_autocheckpoint = 0');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  return {
    db,
    dialect: 'sqlite',
    async close() {
      await checkpointer?.stop();
      // Closing the last connection checkpoints the WAL into the database file.
      await db.destroy();
    },
  };
}
