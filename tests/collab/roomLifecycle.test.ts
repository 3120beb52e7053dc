import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CloseCode } from '../../shared/protocol.ts';
import { KyselyDocumentStore } from '../../server/storage/kyselyDocumentStore.ts';
import { connectPeer, connectSyncedPeer, type TestPeer } from '../helpers/providers.ts';
import { openRawSocket } from '../helpers/rawSocket.ts';
import { startTestServer, type TestServer } from '../helpers/testServer.ts';
import { openAccess } from '../helpers/openAccess.ts';
import { waitFor } from '../helpers/waitFor.ts';

describe('room lifecycle: load once, unload when empty, never overwrite on a failed load', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ access: openAccess });
  });
  afterAll(() => server.close());

  const count = async (table: 'document_updates' | 'document_checkpoints', room: string) =>
    (await server.server.db.selectFrom(table).select('document_name').where('document_name', '=', room).execute()).length;

  async function roomLoads(): Promise<number> {
    const body = await (await fetch(`${server.url}/api/metrics`)).text();
    return Number(/^gweithdy_room_load_seconds_count (\d+)$/m.exec(body)?.[1] ?? NaN);
  }

  it('gives 20 clients connecting at once to a stored document its full content', async () => {
    const room = 'lifecycle/stored';
    const source = new Y.Doc();
    const text = source.getText('t');
    const store = new KyselyDocumentStore(server.server.db);
    let seq = 0;
    source.on('update', (update: Uint8Array) => {
      seq += 1;
      void store.appendUpdates([{ documentName: room, seq, update, userId: null }]);
    });
    for (let i = 0; i < 200; i++) text.insert(text.length, `paragraph ${i}. `);
    await waitFor(async () => (await count('document_updates', room)) === 200);

    const loadsBefore = await roomLoads();
    const peers = Array.from({ length: 20 }, () => connectPeer(server.collabUrl, room));
    try {
      await waitFor(() => peers.every((p) => p.provider.synced), { message: '20 peers synced' });
      for (const p of peers) expect(p.doc.getText('t').toString()).toBe(text.toString());
      expect(await roomLoads()).toBe(loadsBefore + 1); // loaded once, however many arrived during the load
    } finally {
      peers.forEach((p) => p.destroy());
    }
  });

  it('unloads every room after connect/disconnect churn over many rooms', async () => {
    await waitFor(() => server.server.registry.loadedRoomCount === 0, { message: 'earlier rooms unloaded' });
    for (let batch = 0; batch < 10; batch++) {
      const peers = await Promise.all(
        Array.from({ length: 10 }, (_, i) => connectSyncedPeer(server.collabUrl, `churn/${batch}-${i}`)),
      );
      for (const p of peers) p.doc.getText('t').insert(0, 'x');
      await waitFor(async () => (await count('document_updates', `churn/${batch}-9`)) === 1);
      peers.forEach((p) => p.destroy());
    }
    await waitFor(() => server.server.registry.loadedRoomCount === 0, { message: 'rooms unloaded' });
    expect(await count('document_checkpoints', 'churn/9-9')).toBe(1);
  });

  it('refuses a document whose stored data does not load, and leaves that data untouched', async () => {
    const room = 'lifecycle/corrupt';
    await server.server.db
      .insertInto('document_updates')
      .values({ document_name: room, seq: 1, update: new Uint8Array([1, 200, 7, 7]), user_id: null, created_at: new Date().toISOString() })
      .execute();

    const raw = await openRawSocket(server.collabUrl, room);
    expect(await raw.closed).toBe(CloseCode.InternalError);
    expect(raw.received).toHaveLength(0); // no sync answer from a document that failed to load
    expect(await count('document_updates', room)).toBe(1);
    expect(await count('document_checkpoints', room)).toBe(0);
    expect(server.server.registry.loadedRoomCount).toBe(0);
  });

  it('forwards presence between peers and removes a peer’s presence when it leaves', async () => {
    const room = 'lifecycle/presence';
    const alice: TestPeer = await connectSyncedPeer(server.collabUrl, room);
    const bob: TestPeer = await connectSyncedPeer(server.collabUrl, room);
    alice.provider.awareness.setLocalStateField('user', { name: 'Alice' });
    await waitFor(() => bob.provider.awareness.getStates().get(alice.doc.clientID)?.user?.name === 'Alice');
    alice.destroy();
    await waitFor(() => !bob.provider.awareness.getStates().has(alice.doc.clientID), { message: 'presence removed' });
    bob.destroy();
  });
});
