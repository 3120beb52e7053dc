import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { childServerEnv, killChildServers, startChildServer, type ChildServer } from '../helpers/childServer.ts';
import { editableRoom } from '../helpers/httpAccounts.ts';
import { connectPeer, connectSyncedPeer, type TestPeer } from '../helpers/providers.ts';
import { createTestDatabase, type TestDatabaseTarget } from '../helpers/testDatabase.ts';
import { waitFor } from '../helpers/waitFor.ts';

describe('a crash loses nothing any peer has seen', () => {
  const peers: TestPeer[] = [];
  const children: ChildServer[] = [];
  let target: TestDatabaseTarget | null = null;

  afterEach(async () => {
    for (const p of peers.splice(0)) p.destroy();
    await killChildServers(children);
    await target?.cleanup();
  });

  it('after SIGKILL while clients type, a fresh client loads every update an observer had received', async () => {
    target = await createTestDatabase();
    const server = await startChildServer(childServerEnv(target));
    children.push(server);
    const { owner, room } = await editableRoom(server);
    const as = { headers: owner.headers };

    const writers = await Promise.all([0, 1, 2].map(() => connectSyncedPeer(server.collabUrl, room, as)));
    const observer = await connectSyncedPeer(server.collabUrl, room, as);
    peers.push(...writers, observer);

    // Writers type continuously; the observer only listens, so all it has came from the server.
    let typing = true;
    const counters = [0, 0, 0];
    const typeLoop = (peer: TestPeer, index: number) => {
      if (!typing) return;
      peer.doc.getArray<string>('items').push([`w${index}-${counters[index]!++}`]);
      setImmediate(() => typeLoop(peer, index));
    };
    writers.forEach(typeLoop);
    await waitFor(() => observer.doc.getArray('items').length >= 300, { message: 'observer to receive 300 items' });

    server.process.kill('SIGKILL');
    await server.exited;
    typing = false;
    // Whatever reaches the observer now was sent before the process died.
    await waitFor(() => !observer.provider.wsconnected, { message: 'observer to notice the crash' });
    const seen = observer.doc.getArray<string>('items').toArray();
    for (const p of peers.splice(0)) p.destroy();

    const restarted = await startChildServer(childServerEnv(target));
    children.push(restarted);
    // The session survives the restart; the new server listens on a new port, so a new Origin.
    const fresh = connectPeer(restarted.collabUrl, room, { headers: { Cookie: owner.cookie, Origin: restarted.url } });
    peers.push(fresh);
    await waitFor(() => fresh.provider.synced);
    const loaded = new Set(fresh.doc.getArray<string>('items').toArray());

    const missing = seen.filter((item) => !loaded.has(item));
    expect(seen.length).toBeGreaterThanOrEqual(300);
    expect(missing).toEqual([]);
    // And the stored document is a consistent Yjs state: re-encoding it round-trips.
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(fresh.doc));
    expect(copy.getArray('items').length).toBe(loaded.size);
  });
});
