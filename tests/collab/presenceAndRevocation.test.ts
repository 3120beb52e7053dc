import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CloseCode } from '../../shared/protocol.ts';
import { addMember, api, signUpOverHttp, type HttpAccount } from '../helpers/httpAccounts.ts';
import { awarenessFrame, isPermissionDenied, syncUpdateFrame, textUpdate } from '../helpers/protocolFrames.ts';
import { connectPeer, type TestPeer } from '../helpers/providers.ts';
import { openRawSocket } from '../helpers/rawSocket.ts';
import { startTestServer, type TestServer } from '../helpers/testServer.ts';
import { waitFor } from '../helpers/waitFor.ts';

/** A y-websocket provider that sends a person's cookie and our Origin, as their browser would. */
const connectAs = (server: TestServer, room: string, person: HttpAccount): TestPeer =>
  connectPeer(server.collabUrl, room, { headers: person.headers });

describe('presence identity and live revocation', () => {
  let server: TestServer;
  let commissioner: HttpAccount;
  let provider: HttpAccount;
  let mapRoom: string;
  let mapId: string;
  const peers: TestPeer[] = [];

  beforeAll(async () => {
    server = await startTestServer();
    commissioner = await signUpOverHttp(server, 'Cerys the commissioner');
    provider = await signUpOverHttp(server, 'Pat from Gofal Da');
    const created = await api(server, 'POST', '/api/workspaces', { name: 'North 2027', model: '2' }, commissioner.cookie);
    const workspaceId = created.body.workspace.id;
    await addMember(server, workspaceId, commissioner, provider, 'provider');
    const map = (await api(server, 'POST', `/api/workspaces/${workspaceId}/artefacts`, { kind: 'map', title: 'Involvement' }, commissioner.cookie)).body.artefact;
    mapRoom = map.room;
    mapId = map.id;
  });
  afterAll(async () => {
    for (const p of peers.splice(0)) p.destroy();
    await server.close();
  });

  it('shows each person as the server knows them, whatever name their client claims', async () => {
    const cerys = connectAs(server, mapRoom, commissioner);
    const pat = connectAs(server, mapRoom, provider);
    peers.push(cerys, pat);
    await waitFor(() => cerys.provider.synced && pat.provider.synced);
    pat.provider.awareness.setLocalStateField('user', { name: 'The Chief Executive', role: 'commissioner' });
    pat.provider.awareness.setLocalStateField('cursor', { x: 1 });
    const seen = await waitFor(() => cerys.provider.awareness.getStates().get(pat.doc.clientID)?.cursor && cerys.provider.awareness.getStates().get(pat.doc.clientID));
    expect(seen.user).toMatchObject({ id: provider.userId, name: 'Pat from Gofal Da', role: 'provider' });
    expect(seen.user.colour).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('drops awareness entries that claim or remove another connection’s presence, and refuses oversized states', async () => {
    const cerys = connectAs(server, mapRoom, commissioner);
    peers.push(cerys);
    await waitFor(() => cerys.provider.synced);
    cerys.provider.awareness.setLocalStateField('cursor', { x: 5 });
    const watcher = connectAs(server, mapRoom, commissioner);
    peers.push(watcher);
    await waitFor(() => watcher.provider.awareness.getStates().get(cerys.doc.clientID)?.cursor?.x === 5);

    const mallory = await openRawSocket(server.collabUrl, mapRoom, provider.headers);
    mallory.socket.send(awarenessFrame([
      { clientId: cerys.doc.clientID, clock: 999, state: { cursor: { x: 666 }, user: { name: 'Fake Cerys' } } },
      { clientId: 424242, clock: 1, state: { cursor: { x: 1 } } },
    ]));
    mallory.socket.send(awarenessFrame([{ clientId: cerys.doc.clientID, clock: 1000, state: null }]));
    await waitFor(() => watcher.provider.awareness.getStates().get(424242)?.user?.id === provider.userId, { message: 'own entry applied' });
    expect(watcher.provider.awareness.getStates().get(cerys.doc.clientID)?.cursor?.x).toBe(5);

    mallory.socket.send(awarenessFrame([{ clientId: 424242, clock: 2, state: { blob: 'x'.repeat(20_000) } }]));
    expect(await mallory.closed).toBe(CloseCode.MessageTooBig);
  });

  it('closes a person’s sockets when they sign out (4401)', async () => {
    const socket = await openRawSocket(server.collabUrl, mapRoom, provider.headers);
    await api(server, 'POST', '/api/auth/logout', {}, provider.cookie);
    expect(await socket.closed).toBe(CloseCode.SessionEnded);
  });

  it('downgrades open sockets at once when access changes, and closes them when it is withdrawn (4403)', async () => {
    const pat = await signUpOverHttp(server, 'Pat again');
    const workspaceId = mapRoom.split('/')[1]!;
    await addMember(server, workspaceId, commissioner, pat, 'provider');
    const socket = await openRawSocket(server.collabUrl, mapRoom, pat.headers);
    const rows = async () => (await server.server.db.selectFrom('document_updates').select('seq').where('document_name', '=', mapRoom).execute()).length;

    expect((await api(server, 'PATCH', `/api/artefacts/${mapId}/access`, { access: { provider: 'view' } }, commissioner.cookie)).status).toBe(200);
    const before = await rows();
    await waitFor(async () => {
      socket.socket.send(syncUpdateFrame(textUpdate('after downgrade')));
      return socket.received.some(isPermissionDenied);
    }, { intervalMs: 50, message: 'write refused after downgrade' });
    expect(await rows()).toBe(before);

    await api(server, 'PATCH', `/api/artefacts/${mapId}/access`, { access: { provider: 'none' } }, commissioner.cookie);
    expect(await socket.closed).toBe(CloseCode.AccessRevoked);
  });

  it('closes a workshop guest’s sockets when the workshop closes, and a member’s when they are removed', async () => {
    const workspaceId = mapRoom.split('/')[1]!;
    const outcomesRoom = (await api(server, 'GET', `/api/workspaces/${workspaceId}`, undefined, commissioner.cookie)).body.workspace.artefacts[0].room;
    const workshop = (await api(server, 'POST', `/api/workspaces/${workspaceId}/workshops`, { title: 'Drop-in' }, commissioner.cookie)).body.workshop;
    const joined = await api(server, 'POST', '/api/join', { code: workshop.code, displayName: 'Mair', role: 'service_user' });
    const guestCookie = joined.headers.getSetCookie().at(-1)!.split(';')[0]!;
    const guestSocket = await openRawSocket(server.collabUrl, outcomesRoom, { Origin: server.url, Cookie: guestCookie });
    await api(server, 'POST', `/api/workspaces/${workspaceId}/workshops/${workshop.id}/close`, {}, commissioner.cookie);
    expect(await guestSocket.closed).toBe(CloseCode.SessionEnded);

    const removed = await signUpOverHttp(server, 'Soon removed');
    await addMember(server, workspaceId, commissioner, removed, 'carer');
    const memberSocket = await openRawSocket(server.collabUrl, outcomesRoom, removed.headers);
    await api(server, 'DELETE', `/api/workspaces/${workspaceId}/members/${removed.userId}`, undefined, commissioner.cookie);
    expect(await memberSocket.closed).toBe(CloseCode.AccessRevoked);
  });
});
