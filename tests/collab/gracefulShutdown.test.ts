import { afterEach, describe, expect, it } from 'vitest';
import { CloseCode } from '../../shared/protocol.ts';
import { childServerEnv, killChildServers, startChildServer, type ChildServer } from '../helpers/childServer.ts';
import { editableRoom } from '../helpers/httpAccounts.ts';
import { connectSyncedPeer, type TestPeer } from '../helpers/providers.ts';
import { createTestDatabase, type TestDatabaseTarget } from '../helpers/testDatabase.ts';
import { waitFor } from '../helpers/waitFor.ts';

describe('graceful shutdown', () => {
  const peers: TestPeer[] = [];
  const children: ChildServer[] = [];
  let target: TestDatabaseTarget | null = null;

  afterEach(async () => {
    for (const p of peers.splice(0)) p.destroy();
    await killChildServers(children);
    await target?.cleanup();
  });

  it('on SIGTERM stores everything, closes peers with 1012 and exits cleanly', async () => {
    target = await createTestDatabase();
    const env = childServerEnv(target);
    const server = await startChildServer(env);
    children.push(server);
    const { owner, room } = await editableRoom(server);
    const a = await connectSyncedPeer(server.collabUrl, room, { headers: owner.headers });
    const b = await connectSyncedPeer(server.collabUrl, room, { headers: owner.headers });
    peers.push(a, b);
    const codes: number[] = [];
    b.provider.on('connection-close', (event: CloseEvent | null) => event && codes.push(event.code));
    for (let i = 0; i < 20; i++) a.doc.getText('t').insert(0, `${i} `);
    await waitFor(() => b.doc.getText('t').toString() === a.doc.getText('t').toString());

    server.process.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    expect(codes).toContain(CloseCode.ServiceRestart);
    for (const p of peers.splice(0)) p.destroy();

    const restarted = await startChildServer(env);
    children.push(restarted);
    const fresh = await connectSyncedPeer(restarted.collabUrl, room, { headers: { Cookie: owner.cookie, Origin: restarted.url } });
    peers.push(fresh);
    expect(fresh.doc.getText('t').toString()).toBe(a.doc.getText('t').toString());
  });
});
