import { createApp } from '../../server/app.ts';
import { SessionStore } from '../../server/auth/sessions.ts';
import { openDatabase } from '../../server/db/database.ts';
import { migrateToLatest } from '../../server/db/migrator.ts';
import { ServerMetrics, type MetricSources } from '../../server/observability/metrics.ts';
import { createTestDatabase } from './testDatabase.ts';

export const TEST_ORIGIN = 'http://gweithdy.test';

/**
 * The Hono app on a real, migrated temp database, without a listening port:
 * for `app.request()` tests in the style of Hono's own.
 */
export async function createTestApp(sources: MetricSources = { connections: () => 0, loadedRooms: () => 0 }) {
  const target = await createTestDatabase();
  const { db } = openDatabase(target);
  await migrateToLatest(db);
  const metrics = new ServerMetrics(sources);
  const endedSessions: string[] = [];
  const changedRooms: string[] = [];
  const changedMembers: string[] = [];
  const app = createApp({
    db,
    sessions: new SessionStore(db),
    metrics,
    clientDir: '/nonexistent',
    allowedOrigins: () => new Set([TEST_ORIGIN]),
    cookie: { secure: false },
    trustProxy: true,
    live: {
      sessionsEnded: (ids) => endedSessions.push(...ids),
      roomAccessChanged: async (room) => void changedRooms.push(room),
      memberAccessChanged: async (userId) => void changedMembers.push(userId),
    },
  });
  return {
    app,
    db,
    metrics,
    endedSessions,
    changedRooms,
    changedMembers,
    async close() {
      await db.destroy();
      await target.cleanup();
    },
  };
}
