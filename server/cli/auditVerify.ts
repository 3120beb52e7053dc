/**
 * `npm run audit:verify [workspaceId]`: recompute every audit and version
 * hash chain of the configured database (or of one workspace) and name the
 * first broken link. Exit code 1 when a chain is broken.
 */
import { verifyChains } from '../audit/verifyChains.ts';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/database.ts';
import { migrateToLatest } from '../db/migrator.ts';

const config = loadConfig();
const { db, dialect } = openDatabase(config);
try {
  await migrateToLatest(db);
  const report = await verifyChains(db, process.argv[2] ?? null);
  const counts = `${report.checked.auditEvents} audit events, ${report.checked.versions} versions`;
  if (report.ok) {
    console.log(`${dialect}: all chains intact (${counts})`);
  } else {
    const b = report.broken!;
    console.log(`${dialect}: BROKEN at ${b.table} row ${b.id} (chain ${b.chain || '(no workspace)'}, position ${b.position}): ${b.problem} does not match (${counts} checked)`);
    process.exitCode = 1;
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await db.destroy();
}
