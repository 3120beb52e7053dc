import { afterEach, describe, expect, it } from 'vitest';
import { connectSyncedPeer, type TestPeer } from '../helpers/providers.ts';
import { createTestDatabase, type TestDatabaseTarget } from '../helpers/testDatabase.ts';
import { startTestServer, type TestServer } from '../helpers/testServer.ts';
import { openAccess } from '../helpers/openAccess.ts';
import { waitFor } from '../helpers/waitFor.ts';

describe('edits survive restarts', () => {
  const peers: TestPeer[] = [];
  const servers: TestServer[] = [];
  let target: TestDatabaseTarget | null = null;

  afterEach(async () => {
    for (const p of peers.splice(0)) p.destroy();
    for (const s of servers.splice(0)) await s.stop();
    await target?.cleanup();
    target = null;
  });

  async function start(env: Record<string, string> = {}): Promise<TestServer> {
    target ??= await createTestDatabase();
    const server = await startTestServer({ access: openAccess, target, env });
    servers.push(server);
    return server;
  }

  async function peer(server: TestServer, room: string): Promise<TestPeer> {
    const p = await connectSyncedPeer(server.collabUrl, room);
    peers.push(p);
    return p;
  }

  it('keeps every edit across a clean restart and writes a checkpoint on shutdown', async () => {
    const first = await start();
    const writer = await peer(first, 'restart/clean');
    const reader = await peer(first, 'restart/clean');
    for (let i = 0; i < 50; i++) writer.doc.getText('t').insert(writer.doc.getText('t').length, `line ${i}\n`);
    writer.doc.getMap('m').set('status', 'agreed');
    await waitFor(() => reader.doc.getText('t').toString().includes('line 49'));

    await first.stop();

    const second = await start();
    const stored = (table: 'document_checkpoints' | 'document_updates') =>
      second.server.db.selectFrom(table).select(['document_name']).where('document_name', '=', 'restart/clean').execute();
    expect(await stored('document_checkpoints')).toHaveLength(1);
    expect((await stored('document_updates')).length).toBeGreaterThanOrEqual(2);
    const fresh = await peer(second, 'restart/clean');
    expect(fresh.doc.getText('t').toString()).toBe(writer.doc.getText('t').toString());
    expect(fresh.doc.getMap('m').get('status')).toBe('agreed');
  });

  it('does not add to the update log when a client reconnects with nothing new', async () => {
    const server = await start();
    const writer = await peer(server, 'restart/reconnect');
    const text = writer.doc.getText('t');
    text.insert(0, 'keep this, drop that');
    text.delete(10, 10); // deletions travel in every sync step 2 the client sends
    const rowCount = async () =>
      (await server.server.db.selectFrom('document_updates').select('seq').where('document_name', '=', 'restart/reconnect').execute()).length;
    await waitFor(async () => (await rowCount()) === 2);

    for (let i = 0; i < 3; i++) {
      writer.provider.disconnect();
      writer.provider.connect();
      await waitFor(() => writer.provider.synced);
    }
    const watcher = await peer(server, 'restart/reconnect');
    expect(watcher.doc.getText('t').toString()).toBe('keep this,');
    expect(await rowCount()).toBe(2);
  });

  it('loads a document from its newest checkpoint plus the updates after it, and keeps the whole update log', async () => {
    const server = await start({ CHECKPOINT_EVERY: '10' });
    const writer = await peer(server, 'restart/checkpoint');
    for (let i = 0; i < 25; i++) {
      writer.doc.getArray<number>('a').push([i]);
      // One update per turn, so each becomes its own row.
      await waitFor(async () => {
        const row = await server.server.db
          .selectFrom('document_updates')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('document_name', '=', 'restart/checkpoint')
          .executeTakeFirstOrThrow();
        return Number(row.n) > i;
      });
    }
    const checkpoint = await waitFor(() =>
      server.server.db
        .selectFrom('document_checkpoints')
        .select(['up_to_seq'])
        .where('document_name', '=', 'restart/checkpoint')
        .executeTakeFirst(),
    );
    expect(checkpoint.up_to_seq).toBeGreaterThanOrEqual(10);

    writer.destroy();
    peers.splice(peers.indexOf(writer), 1);
    // Unload on last close writes a final checkpoint covering everything.
    await waitFor(() => server.server.registry.loadedRoomCount === 0);
    const rows = await server.server.db
      .selectFrom('document_checkpoints')
      .select(['up_to_seq'])
      .where('document_name', '=', 'restart/checkpoint')
      .execute();
    expect(rows.map((r) => r.up_to_seq)).toEqual([25]); // only the newest checkpoint is kept
    const updates = await server.server.db
      .selectFrom('document_updates')
      .select(['seq'])
      .where('document_name', '=', 'restart/checkpoint')
      .orderBy('seq')
      .execute();
    expect(updates.map((u) => u.seq)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));

    const reader = await peer(server, 'restart/checkpoint');
    expect(reader.doc.getArray('a').toArray()).toEqual(Array.from({ length: 25 }, (_, i) => i));
  });
});
