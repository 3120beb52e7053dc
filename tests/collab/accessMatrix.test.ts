import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allows, accessFor, ARTEFACT_KINDS, ROLES, type Action, type ArtefactKind, type Role } from '../../shared/access.ts';
import { addMember, api, signUpOverHttp, type HttpAccount } from '../helpers/httpAccounts.ts';
import { askForEverything, isPermissionDenied, syncUpdateFrame, textFromSyncFrames, textUpdate } from '../helpers/protocolFrames.ts';
import { openRawSocket, tryRawSocket } from '../helpers/rawSocket.ts';
import { startTestServer, type TestServer } from '../helpers/testServer.ts';
import { waitFor } from '../helpers/waitFor.ts';

/**
 * One test per cell of the access matrix — every role × artefact kind × action —
 * against the real server with raw protocol clients.
 */
describe('the access matrix, enforced on live sync', () => {
  let server: TestServer;
  const people = {} as Record<Role, HttpAccount>;
  const rooms = {} as Record<ArtefactKind, string>;
  let workspaceId: string;

  beforeAll(async () => {
    server = await startTestServer();
    for (const role of ROLES) people[role] = await signUpOverHttp(server, `The ${role}`);
    const commissioner = people.commissioner.cookie;
    const created = await api(server, 'POST', '/api/workspaces', { name: 'North zone 2027', model: 'hybrid' }, commissioner);
    workspaceId = created.body.workspace.id;
    rooms.outcomes = created.body.workspace.artefacts[0].room;
    rooms.map = (await api(server, 'POST', `/api/workspaces/${workspaceId}/artefacts`, { kind: 'map', title: 'Involvement' }, commissioner)).body.artefact.room;
    rooms.specification = (await api(server, 'POST', `/api/workspaces/${workspaceId}/artefacts`, { kind: 'specification', title: 'Spec' }, commissioner)).body.artefact.room;
    for (const role of ROLES) if (role !== 'commissioner') await addMember(server, workspaceId, people.commissioner, people[role], role);
    // Something to read in every document.
    for (const kind of ARTEFACT_KINDS) {
      const writer = await openRawSocket(server.collabUrl, rooms[kind], people.commissioner.headers);
      writer.socket.send(syncUpdateFrame(textUpdate(`${kind} seed`)));
      await waitFor(async () => (await storedUpdates(kind)) === 1);
      writer.socket.close();
    }
  });
  afterAll(() => server.close());

  async function storedUpdates(kind: ArtefactKind): Promise<number> {
    return (await server.server.db.selectFrom('document_updates').select('seq').where('document_name', '=', rooms[kind]).execute()).length;
  }

  const cells: Array<[Role, ArtefactKind, Action, boolean]> = [];
  for (const role of ROLES) for (const kind of ARTEFACT_KINDS) for (const action of ['view', 'comment', 'edit'] as Action[]) {
    cells.push([role, kind, action, allows(accessFor(kind, role), action)]);
  }

  it.each(cells)('%s × %s × %s → allowed: %s', async (role, kind, action, allowed) => {
    const headers = people[role].headers;
    if (action === 'view') {
      const attempt = await tryRawSocket(server.collabUrl, rooms[kind], headers);
      if (!allowed) return expect(attempt).toEqual({ status: 403 });
      if ('status' in attempt) throw new Error(`refused with ${attempt.status}`);
      attempt.socket.send(askForEverything());
      await waitFor(() => textFromSyncFrames(attempt.received).includes(`${kind} seed`), { message: 'document content' });
      attempt.socket.close();
      return;
    }
    if (action === 'comment') {
      // Comments go through the API, never the document: the API reports the level that allows them.
      const workspace = (await api(server, 'GET', `/api/workspaces/${workspaceId}`, undefined, people[role].cookie)).body.workspace;
      const level = workspace.artefacts.find((a: { room: string }) => a.room === rooms[kind])?.access ?? 'none';
      return expect(allows(level, 'comment')).toBe(allowed);
    }
    const attempt = await tryRawSocket(server.collabUrl, rooms[kind], headers);
    if ('status' in attempt) return expect(allowed).toBe(false);
    const before = await storedUpdates(kind);
    attempt.socket.send(syncUpdateFrame(textUpdate(`edit by ${role}`)));
    if (allowed) {
      await waitFor(async () => (await storedUpdates(kind)) === before + 1, { message: 'edit stored' });
    } else {
      await waitFor(() => attempt.received.some(isPermissionDenied), { message: 'permission denied' });
      expect(await storedUpdates(kind)).toBe(before);
    }
    attempt.socket.close();
  });

  it('refuses the upgrade with 401 without a session, 404 for an unknown room, 403 from a foreign or missing Origin', async () => {
    expect(await tryRawSocket(server.collabUrl, rooms.outcomes, { Origin: server.url })).toEqual({ status: 401 });
    expect(await tryRawSocket(server.collabUrl, `ws/${workspaceId}/map/nope`, people.commissioner.headers)).toEqual({ status: 404 });
    // Rooms are never created by connecting: a name outside any workspace is simply unknown.
    expect(await tryRawSocket(server.collabUrl, 'sandbox/welcome', people.commissioner.headers)).toEqual({ status: 404 });
    expect(await tryRawSocket(server.collabUrl, 'sandbox/welcome', { Origin: server.url })).toEqual({ status: 401 });
    expect(await tryRawSocket(server.collabUrl, rooms.outcomes, { ...people.commissioner.headers, Origin: 'https://evil.example' })).toEqual({ status: 403 });
    expect(await tryRawSocket(server.collabUrl, rooms.outcomes, { Cookie: people.commissioner.cookie })).toEqual({ status: 403 });
    expect(server.server.registry.loadedRoomCount).toBe(0); // nothing was loaded or created for any of them
  });

  it('answers a read-only client’s changes "permission denied" and closes it (1008) if it keeps sending', async () => {
    const citizen = await openRawSocket(server.collabUrl, rooms.outcomes, people.citizen.headers);
    for (let i = 0; i < 4; i++) citizen.socket.send(syncUpdateFrame(textUpdate(`attempt ${i}`)));
    expect(await citizen.closed).toBe(1008);
    expect(citizen.received.filter(isPermissionDenied)).toHaveLength(3);
    expect(await storedUpdates('outcomes')).toBeLessThan(10);
  });
});
