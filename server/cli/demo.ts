/**
 * `npm run demo`: the server with a demo workspace and one account per role,
 * whose sign-in details (fresh random passwords) are printed here. Uses its own
 * data directory (./data/demo unless DATA_DIR is set) so it never mixes with real data.
 */
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/database.ts';
import { migrateToLatest } from '../db/migrator.ts';
import { startServer } from '../gweithdyServer.ts';
import { seedDemo } from './demoSeed.ts';

const config = loadConfig({ DATA_DIR: './data/demo', ...process.env });
const setup = openDatabase(config);
await migrateToLatest(setup.db);
const { logins, workspaceId } = await seedDemo(setup.db);
await setup.db.destroy();

const server = await startServer(config);
console.log(`Gweithdy demo listening on ${server.url} (${server.dialect}, data in ${config.databaseUrl ?? config.dataDir})`);
console.log(`Demo workspace: ${server.url}/workspaces/${workspaceId}\n`);
console.table(logins.map((l) => ({ role: l.role, email: l.email, password: l.password })));
console.log('\nPasswords are new each time the demo starts. Stop with Ctrl+C.');

const stop = () => void server.close().then(() => process.exit(0));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
