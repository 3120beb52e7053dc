import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ROLES } from '../../shared/access.ts';
import { verifyPassword } from '../../server/auth/passwords.ts';
import { findUserByEmail } from '../../server/auth/users.ts';
import { seedDemo } from '../../server/cli/demoSeed.ts';
import { openMigratedTestDatabase } from '../helpers/testDatabase.ts';
import * as Y from 'yjs';
import { KyselyDocumentStore } from '../../server/storage/kyselyDocumentStore.ts';
import { readFramework } from '../../shared/outcomes/outcomeDoc.ts';
import { readMap } from '../../shared/maps/mapDoc.ts';
import { exampleOutcomes } from '../../shared/outcomes/examples.ts';

describe('the demo (npm run demo)', () => {
  let handle: Awaited<ReturnType<typeof openMigratedTestDatabase>>;

  beforeEach(async () => {
    handle = await openMigratedTestDatabase();
  });
  afterEach(() => handle.close());

  it('creates one account per role, with passwords that sign in, in a workspace with all three kinds of artefact', async () => {
    const { logins, workspaceId } = await seedDemo(handle.db);
    expect(logins.map((l) => l.role)).toEqual([...ROLES]);
    for (const login of logins) {
      const user = await findUserByEmail(handle.db, login.email);
      expect(await verifyPassword(user!.password_hash, login.password)).toBe(true);
    }
    const members = await handle.db.selectFrom('memberships').select('role').where('workspace_id', '=', workspaceId).execute();
    expect(members.map((m) => m.role).sort()).toEqual([...ROLES].sort());
    const kinds = await handle.db.selectFrom('artefacts').select('kind').where('workspace_id', '=', workspaceId).execute();
    expect(kinds.map((k) => k.kind).sort()).toEqual(['map', 'outcomes', 'specification']);
  });

  it('starts the outcome framework from the toolkit examples, credited to the commissioner', async () => {
    const { workspaceId } = await seedDemo(handle.db);
    const room = (await handle.db.selectFrom('artefacts').select('room').where('workspace_id', '=', workspaceId).where('kind', '=', 'outcomes').executeTakeFirstOrThrow()).room;
    const stored = await new KyselyDocumentStore(handle.db).load(room);
    const doc = new Y.Doc();
    for (const row of stored.updates) Y.applyUpdate(doc, row.update);
    const outcomes = readFramework(doc);
    expect(outcomes.map((o) => o.statement)).toEqual(exampleOutcomes('hybrid', 'en').map((e) => e.statement));
    const commissioner = await findUserByEmail(handle.db, 'commissioner@demo.gweithdy.invalid');
    const authors = await handle.db.selectFrom('document_updates').select('user_id').where('document_name', '=', room).execute();
    expect(authors.map((a) => a.user_id)).toEqual([commissioner!.id]);
  });

  it('starts the process map from the Tool 19 template, in its three stages', async () => {
    const { workspaceId } = await seedDemo(handle.db);
    const room = (await handle.db.selectFrom('artefacts').select('room').where('workspace_id', '=', workspaceId).where('kind', '=', 'map').executeTakeFirstOrThrow()).room;
    const stored = await new KyselyDocumentStore(handle.db).load(room);
    const doc = new Y.Doc();
    for (const row of stored.updates) Y.applyUpdate(doc, row.update);
    const { nodes, edges } = readMap(doc);
    expect(new Set(nodes.map((n) => n.stage))).toEqual(new Set(['define', 'design', 'implement']));
    expect(edges.length).toBeGreaterThan(0);
  });

  it('gives new passwords on every start and creates nothing twice', async () => {
    const first = await seedDemo(handle.db);
    const second = await seedDemo(handle.db);
    expect(second.workspaceId).toBe(first.workspaceId);
    expect(second.logins[0]!.password).not.toBe(first.logins[0]!.password);
    const user = await findUserByEmail(handle.db, first.logins[0]!.email);
    expect(await verifyPassword(user!.password_hash, first.logins[0]!.password)).toBe(false);
    expect(await handle.db.selectFrom('workspaces').select('id').execute()).toHaveLength(1);
  });
});
