import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { addIndicator, addOutcome, findOutcome, outcomeText } from '../../shared/outcomes/outcomeDoc.ts';
import { addMember, api, signUpOverHttp, type HttpAccount } from '../helpers/httpAccounts.ts';
import { connectSyncedPeer, type TestPeer } from '../helpers/providers.ts';
import { startTestServer, type TestServer } from '../helpers/testServer.ts';
import { waitFor } from '../helpers/waitFor.ts';

interface Contributor {
  userId: string;
  name: string;
  role: string | null;
  changes: number;
  lastAt: string;
}
type Contributors = Record<string, Contributor[]>;

describe('GET /api/artefacts/:id/contributors', () => {
  let server: TestServer;
  const peers: TestPeer[] = [];

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterEach(() => {
    for (const p of peers.splice(0)) p.destroy();
  });
  afterAll(() => server.close());

  async function programme(commissionerName: string) {
    const commissioner = await signUpOverHttp(server, commissionerName);
    const created = await api(server, 'POST', '/api/workspaces', { name: 'Gogledd 2027', model: '1' }, commissioner.cookie);
    expect(created.status).toBe(201);
    const workspace = created.body.workspace;
    const outcomes = workspace.artefacts[0] as { id: string; room: string; kind: string };
    expect(outcomes.kind).toBe('outcomes');
    return { commissioner, workspaceId: workspace.id as string, outcomes };
  }

  async function connect(room: string, person: HttpAccount): Promise<TestPeer> {
    const peer = await connectSyncedPeer(server.collabUrl, room, { headers: person.headers });
    peers.push(peer);
    return peer;
  }

  async function contributorsOf(artefactId: string, person: HttpAccount) {
    return api(server, 'GET', `/api/artefacts/${artefactId}/contributors`, undefined, person.cookie);
  }

  /** Polls until `ready` holds: the server stores updates asynchronously to the editing peer. */
  async function contributorsWhen(artefactId: string, person: HttpAccount, ready: (c: Contributors) => boolean): Promise<Contributors> {
    return waitFor(
      async () => {
        const res = await contributorsOf(artefactId, person);
        return res.status === 200 && ready(res.body.contributors) ? (res.body.contributors as Contributors) : null;
      },
      { message: 'the server to have stored the edits' },
    );
  }

  const who = (list: Contributor[] | undefined) => (list ?? []).map((c) => c.userId).sort();

  it('lists, per outcome, exactly the people whose sockets changed it, with names and roles; viewers may read it', async () => {
    const { commissioner, workspaceId, outcomes } = await programme('Cerys Commissioner');
    const provider = await signUpOverHttp(server, 'Pat Provider');
    const carer = await signUpOverHttp(server, 'Carys Carer');
    const citizen = await signUpOverHttp(server, 'Cai Citizen');
    const outsider = await signUpOverHttp(server, 'Owain Outsider');
    await addMember(server, workspaceId, commissioner, provider, 'provider');
    await addMember(server, workspaceId, commissioner, carer, 'carer');
    await addMember(server, workspaceId, commissioner, citizen, 'citizen');

    const cerys = await connect(outcomes.room, commissioner);
    const pat = await connect(outcomes.room, provider);
    // Connected with edit access, received everything, typed nothing.
    await connect(outcomes.room, carer);

    const first = addOutcome(cerys.doc, { statement: 'People are supported to live at home' });
    const second = addOutcome(cerys.doc, { statement: 'Carers get a break when they need one' });
    await waitFor(() => findOutcome(pat.doc, second), { message: 'the provider to receive the outcomes' });
    outcomeText(pat.doc, second, 'statement').insert(0, 'Unpaid ');
    addIndicator(pat.doc, second, { measure: 'Respite hours per carer' });
    const third = addOutcome(pat.doc, { statement: 'Care workers have time to talk' });

    const contributors = await contributorsWhen(outcomes.id, commissioner, (c) => who(c[second]).length === 2 && who(c[third]).length === 1);
    expect(Object.keys(contributors).sort()).toEqual([first, second, third].sort());
    expect(contributors[first]).toEqual([
      { userId: commissioner.userId, name: 'Cerys Commissioner', role: 'commissioner', changes: 1, lastAt: expect.any(String) },
    ]);
    expect(who(contributors[second])).toEqual([commissioner.userId, provider.userId].sort());
    expect(contributors[second]).toContainEqual({ userId: provider.userId, name: 'Pat Provider', role: 'provider', changes: 2, lastAt: expect.any(String) });
    expect(contributors[second]).toContainEqual(expect.objectContaining({ userId: commissioner.userId, role: 'commissioner', changes: 1 }));
    // Most recent first: the provider edited it after the commissioner created it.
    expect(contributors[second]![0]!.userId).toBe(provider.userId);
    expect(contributors[third]).toEqual([expect.objectContaining({ userId: provider.userId, name: 'Pat Provider', changes: 1 })]);
    expect(Object.values(contributors).flat().some((c) => c.userId === carer.userId)).toBe(false);

    // A citizen has view access to the framework: the same answer.
    const seenByCitizen = await contributorsOf(outcomes.id, citizen);
    expect(seenByCitizen.status).toBe(200);
    expect(seenByCitizen.body.contributors).toEqual(contributors);

    expect((await contributorsOf(outcomes.id, outsider)).status).toBe(404);
    expect((await contributorsOf('no-such-artefact', commissioner)).status).toBe(404);
    expect((await api(server, 'GET', `/api/artefacts/${outcomes.id}/contributors`)).status).toBe(401);
  });

  it('answers later requests with the edits made since, and keeps people who have left, without a role', async () => {
    const { commissioner, workspaceId, outcomes } = await programme('Rhian Commissioner');
    const provider = await signUpOverHttp(server, 'Gofal Provider');
    await addMember(server, workspaceId, commissioner, provider, 'provider');
    const rhian = await connect(outcomes.room, commissioner);
    const gofal = await connect(outcomes.room, provider);

    const outcome = addOutcome(gofal.doc, { statement: 'I can choose when my visits happen' });
    const before = await contributorsWhen(outcomes.id, commissioner, (c) => who(c[outcome]).length === 1);
    expect(before[outcome]).toEqual([expect.objectContaining({ userId: provider.userId, changes: 1 })]);

    // More edits after the first answer was cached: the second request replays only these.
    await waitFor(() => findOutcome(rhian.doc, outcome), { message: 'the commissioner to receive the outcome' });
    outcomeText(rhian.doc, outcome, 'note').insert(0, 'Agreed at the Bangor workshop');
    outcomeText(gofal.doc, outcome, 'evidence').insert(0, 'Visit logs');
    const after = await contributorsWhen(
      outcomes.id,
      commissioner,
      (c) => who(c[outcome]).length === 2 && c[outcome]!.find((p) => p.userId === provider.userId)!.changes === 2,
    );
    expect(after[outcome]).toContainEqual(expect.objectContaining({ userId: commissioner.userId, role: 'commissioner', changes: 1 }));
    expect(after[outcome]).toContainEqual(expect.objectContaining({ userId: provider.userId, role: 'provider', changes: 2 }));

    // Removed from the workspace: still a contributor, with no role.
    gofal.destroy();
    const removed = await api(server, 'DELETE', `/api/workspaces/${workspaceId}/members/${provider.userId}`, undefined, commissioner.cookie);
    expect(removed.status).toBe(204);
    const later = (await contributorsOf(outcomes.id, commissioner)).body.contributors as Contributors;
    expect(later[outcome]).toContainEqual(expect.objectContaining({ userId: provider.userId, name: 'Gofal Provider', role: null, changes: 2 }));
  });

  it('counts the nodes of a process map, lists nobody for a specification, and refuses members without view access', async () => {
    const { commissioner, workspaceId } = await programme('Dafydd Commissioner');
    const map = await api(server, 'POST', `/api/workspaces/${workspaceId}/artefacts`, { kind: 'map', title: 'Engagement map' }, commissioner.cookie);
    const spec = await api(server, 'POST', `/api/workspaces/${workspaceId}/artefacts`, { kind: 'specification', title: 'Spec' }, commissioner.cookie);
    const peer = await connect(map.body.artefact.room, commissioner);
    peer.doc.getMap('nodes').set('listen', 'Listening event');
    // Outside the root map: nobody's contribution to a node.
    peer.doc.getMap('elsewhere').set('x', 1);

    const contributors = await contributorsWhen(map.body.artefact.id, commissioner, (c) => who(c['listen']).length === 1);
    expect(Object.keys(contributors)).toEqual(['listen']);
    expect(contributors['listen']).toEqual([expect.objectContaining({ userId: commissioner.userId, changes: 1 })]);

    expect(await contributorsOf(spec.body.artefact.id, commissioner)).toMatchObject({ status: 200, body: { contributors: {} } });
    // A citizen is a member but has no access to a specification by default: refused, as its room refuses them.
    const citizen = await signUpOverHttp(server, 'Ceri Citizen');
    await addMember(server, workspaceId, commissioner, citizen, 'citizen');
    expect((await contributorsOf(spec.body.artefact.id, citizen)).status).toBe(403);
    expect((await contributorsOf(map.body.artefact.id, citizen)).status).toBe(200);
  });
});
