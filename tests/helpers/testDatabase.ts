import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase } from '../../server/db/database.ts';
import { migrateToLatest } from '../../server/db/migrator.ts';

export const TEST_POSTGRES_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** True when the suite runs against PostgreSQL (`npm run test:postgres`). */
export const onPostgres = process.env.GWEITHDY_TEST_DATABASE === 'postgres';

export interface TestDatabaseTarget {
  dataDir: string;
  /** null for SQLite in dataDir; otherwise a URL into a fresh schema of its own. */
  databaseUrl: string | null;
  cleanup(): Promise<void>;
}

/**
 * A fresh, empty place to store data: a temp dir (SQLite), and on PostgreSQL
 * a schema of its own so tests never see each other's rows.
 */
export async function createTestDatabase(dataDir?: string): Promise<TestDatabaseTarget> {
  const dir = dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'gweithdy-test-'));
  const removeDir = () => fs.rmSync(dir, { recursive: true, force: true });
  if (!onPostgres) return { dataDir: dir, databaseUrl: null, cleanup: async () => removeDir() };

  const schema = `t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const url = new URL(TEST_POSTGRES_URL);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return {
    dataDir: dir,
    databaseUrl: url.toString(),
    async cleanup() {
      const c = new pg.Client({ connectionString: TEST_POSTGRES_URL });
      await c.connect();
      await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await c.end();
      removeDir();
    },
  };
}

/** A fresh database, opened and migrated; `close()` destroys the connection and the data. */
export async function openMigratedTestDatabase() {
  const target = await createTestDatabase();
  const handle = openDatabase(target);
  await migrateToLatest(handle.db);
  return {
    ...handle,
    target,
    async close() {
      await handle.db.destroy();
      await target.cleanup();
    },
  };
}
