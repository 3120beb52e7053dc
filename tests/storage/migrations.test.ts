import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseHandle } from '../../server/db/database.ts';
import { createMigrator, migrateDownAll, migrateToLatest } from '../../server/db/migrator.ts';
import { createTestDatabase, onPostgres, type TestDatabaseTarget } from '../helpers/testDatabase.ts';

describe(`migrations on ${onPostgres ? 'PostgreSQL' : 'SQLite'}`, () => {
  let target: TestDatabaseTarget;
  let handle: DatabaseHandle;

  afterEach(async () => {
    await handle.db.destroy();
    await target.cleanup();
  });

  const tableNames = async () => (await handle.db.introspection.getTables()).map((t) => t.name).sort();
  const ALL_TABLES = [
    'artefact_access',
    'artefact_versions',
    'artefacts',
    'audit_events',
    'calls',
    'clarifications',
    'comment_threads',
    'comments',
    'consultations',
    'contribution_comments',
    'contribution_reports',
    'contribution_supports',
    'contributions',
    'document_checkpoints',
    'document_updates',
    'invitations',
    'memberships',
    'organisations',
    'past_memberships',
    'sessions',
    'user_preferences',
    'users',
    'workshops',
    'workspaces',
  ];

  it('run up to the latest, down to nothing, and up again', async () => {
    target = await createTestDatabase();
    handle = openDatabase(target);
    expect(handle.dialect).toBe(onPostgres ? 'postgres' : 'sqlite');

    const up = await migrateToLatest(handle.db);
    expect(up.results?.every((r) => r.status === 'Success')).toBe(true);
    expect(await tableNames()).toEqual(ALL_TABLES);

    const down = await migrateDownAll(handle.db);
    expect(down.results?.every((r) => r.direction === 'Down' && r.status === 'Success')).toBe(true);
    expect(await tableNames()).toEqual([]);

    await migrateToLatest(handle.db);
    expect(await tableNames()).toEqual(ALL_TABLES);
  });

  it('are ordered by their timestamped names and each has a down step', async () => {
    target = await createTestDatabase();
    handle = openDatabase(target);
    const migrations = await createMigrator(handle.db).getMigrations();
    const names = migrations.map((m) => m.name);
    expect(names).toEqual([...names].sort());
    for (const name of names) expect(name).toMatch(/^\d{14}_/);
  });
});
