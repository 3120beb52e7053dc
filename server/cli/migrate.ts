/** `npm run migrate [down]`: bring the configured database to the latest schema (or all the way down). */
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/database.ts';
import { migrateDownAll, migrateToLatest } from '../db/migrator.ts';

const config = loadConfig();
const { db, dialect } = openDatabase(config);
try {
  const result = process.argv[2] === 'down' ? await migrateDownAll(db) : await migrateToLatest(db);
  const applied = result.results ?? [];
  if (applied.length === 0) console.log(`${dialect}: already up to date`);
  for (const r of applied) console.log(`${dialect}: ${r.direction} ${r.migrationName} — ${r.status}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await db.destroy();
}
