import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { addNode, connect, readMap, setNodeText } from '../../shared/maps/mapDoc.ts';
import { addOutcome, outcomeText, findOutcome } from '../../shared/outcomes/outcomeDoc.ts';
import { addMember, api, signUpOverHttp, type HttpAccount } from '../helpers/httpAccounts.ts';
import { connectSyncedPeer, waitForConvergence, type TestPeer } from '../helpers/providers.ts';
import { p, text, writeSpecification } from '../helpers/specificationContent.ts';
import { startTestServer, type TestServer } from '../helpers/testServer.ts';
import { waitFor } from '../helpers/waitFor.ts';

interface Artefact {
  id: string;
  room: string;
  kind: string;
}

describe('versions of artefacts', () => {
  let server: TestServer;
  let cerys: HttpAccount;
  let carys: HttpAccount;
  let dafydd: HttpAccount;
  let workspaceId: string;
  let outcomes: Artefact;
  const peers: TestPeer[] = [];

  beforeAll(async () => {
    server = await startTestServer();
    cerys = await signUpOverHttp(server, 'Cerys Commissioner');
    carys = await signUpOverHttp(server, 'Carys Carer');
    dafydd = await signUpOverHttp(server, 'Dafydd Citizen');
    const created = await api(server, 'POST', '/api/workspaces', { name: 'Gwent 2027', model: '1' }, cerys.cookie);
    workspaceId = created.body.workspace.id;
    outcomes = created.body.workspace.artefacts[0];
    await addMember(server, workspaceId, cerys, carys, 'carer');
    await addMember(server, workspaceId, cerys, dafydd, 'citizen');
  });
  afterEach(() => {
    for (const peer of peers.splice(0)) peer.destroy();
  });
  afterAll(() => server.close());

  async function newArtefact(kind: 'map' | 'specification', title: string): Promise<Artefact> {
    const res = await api(server, 'POST', `/api/workspaces/${workspaceId}/artefacts`, { kind, title }, cerys.cookie);
    expect(res.status).toBe(201);
    return res.body.artefact;
  }

  async function connect_(artefact: Artefact, person: HttpAccount): Promise<TestPeer> {
    const peer = await connectSyncedPeer(server.collabUrl, artefact.room, { headers: person.headers });
    peers.push(peer);
    return peer;
  }

  /** Waits until the server has stored `count` updates of the room (edits are stored asynchronously). */
  async function storedUpdates(room: string, atLeast: number) {
    await waitFor(
      async () => {
        const row = await server.server.db
          .selectFrom('document_updates')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('document_name', '=', room)
          .executeTakeFirstOrThrow();
        return Number(row.n) >= atLeast ? true : null;
      },
      { message: `${atLeast} stored updates of ${room}` },
    );
  }

  const version = (artefact: Artefact, label: string, who = cerys) => api(server, 'POST', `/api/artefacts/${artefact.id}/versions`, { label }, who.cookie);

  it('versions an outcome framework: create, list with contributors, read, diff by field, restore', async () => {
    const commissioner = await connect_(outcomes, cerys);
    const id = addOutcome(commissioner.doc, { statement: 'I can stay in my own home' });
    await storedUpdates(outcomes.room, 1);
    const first = await version(outcomes, 'Workshop 1');
    expect(first.status).toBe(201);
    expect(first.body.version).toMatchObject({ number: 1, label: 'Workshop 1', kind: 'manual', author: { name: 'Cerys Commissioner' } });
    expect(first.body.version.contributors.map((c: { name: string }) => c.name)).toEqual(['Cerys Commissioner']);

    const carer = await connect_(outcomes, carys);
    await waitFor(() => (findOutcome(carer.doc, id) ? true : null));
    const statement = outcomeText(carer.doc, id, 'statement')!;
    statement.insert(statement.length, ', with help when I need it');
    await waitFor(() => (outcomeText(commissioner.doc, id, 'statement')!.toString().endsWith('need it') ? true : null));
    await storedUpdates(outcomes.room, 2);
    const second = await version(outcomes, 'Workshop 2');
    expect(second.body.version.contributors.map((c: { name: string }) => c.name)).toEqual(['Carys Carer']);

    const list = await api(server, 'GET', `/api/artefacts/${outcomes.id}/versions`, undefined, dafydd.cookie);
    expect(list.status).toBe(200);
    expect(list.body.versions.map((v: { number: number }) => v.number)).toEqual([2, 1]);
    expect(list.body.versions[0].previousHash).toBe(list.body.versions[1].hash);

    const read = await api(server, 'GET', `/api/artefacts/${outcomes.id}/versions/1`, undefined, dafydd.cookie);
    expect(read.body.content.outcomes[id].statement).toBe('I can stay in my own home');

    const diff = await api(server, 'GET', `/api/artefacts/${outcomes.id}/versions/1/diff/2`, undefined, carys.cookie);
    expect(diff.body.diff.outcomes).toEqual([
      {
        id,
        change: 'changed',
        title: 'I can stay in my own home, with help when I need it',
        fields: [{ field: 'statement', before: 'I can stay in my own home', after: 'I can stay in my own home, with help when I need it' }],
      },
    ]);

    // A restore while two people are connected: both see it, nothing is duplicated.
    const restored = await api(server, 'POST', `/api/artefacts/${outcomes.id}/versions/1/restore`, undefined, cerys.cookie);
    expect(restored.status).toBe(201);
    expect(restored.body.version).toMatchObject({ number: 3, kind: 'restored', basedOn: 1 });
    await waitForConvergence([commissioner, carer], (doc) => outcomeText(doc, id, 'statement')?.toString());
    expect(outcomeText(carer.doc, id, 'statement')!.toString()).toBe('I can stay in my own home');
    expect(outcomeText(commissioner.doc, id, 'statement')!.toString()).toBe('I can stay in my own home');
    expect([...commissioner.doc.getMap('outcomes').keys()]).toEqual([id]);
  });

  it('versions a process map: nodes and edges added, removed and changed, and a converging restore', async () => {
    const map = await newArtefact('map', 'Involvement map');
    const a = await connect_(map, carys);
    const b = await connect_(map, cerys);
    const start = addNode(a.doc, { label: 'Scoping workshop', stage: 'define' });
    const survey = addNode(a.doc, { label: 'Survey', stage: 'design' });
    connect(a.doc, start, survey, 'then');
    await waitForConvergence([a, b], (doc) => readMap(doc));
    await storedUpdates(map.room, 3);
    expect((await version(map, 'Before the drop-in', carys)).status).toBe(201);

    setNodeText(b.doc, survey, 'label', 'Online survey');
    const dropIn = addNode(b.doc, { label: 'Drop-in', stage: 'implement', kind: 'method', method: 'drop_in' });
    await waitForConvergence([a, b], (doc) => readMap(doc));
    await storedUpdates(map.room, 5);
    await version(map, 'After');

    const diff = await api(server, 'GET', `/api/artefacts/${map.id}/versions/1/diff/2`, undefined, dafydd.cookie);
    const nodes = diff.body.diff.nodes as Array<{ id: string; change: string; fields: Array<{ field: string }> }>;
    expect(nodes.find((n) => n.id === dropIn)?.change).toBe('added');
    expect(nodes.find((n) => n.id === survey)).toMatchObject({ change: 'changed', fields: [{ field: 'label' }] });
    expect(diff.body.diff.edges).toEqual([]);

    await api(server, 'POST', `/api/artefacts/${map.id}/versions/1/restore`, undefined, cerys.cookie);
    const labels = (doc: Y.Doc) => readMap(doc).nodes.map((n) => n.label).sort();
    await waitFor(() => (labels(a.doc).length === 2 && labels(b.doc).length === 2 ? true : null), { message: 'the restore to reach both' });
    expect(labels(a.doc)).toEqual(['Scoping workshop', 'Survey']);
    expect(readMap(b.doc).edges).toHaveLength(1);
  });

  it('versions a specification: words added and removed, exported as it was', async () => {
    const spec = await newArtefact('specification', 'Home care specification');
    const peer = await connect_(spec, cerys);
    const content = peer.doc.getXmlFragment('content');
    writeSpecification(content, [p(text('Providers visit at agreed times.'))]);
    await storedUpdates(spec.room, 1);
    await version(spec, 'v0.1');
    peer.doc.transact(() => {
      const paragraph = content.get(0) as Y.XmlElement;
      const words = paragraph.get(0) as Y.XmlText;
      words.delete(0, 'Providers visit at agreed times.'.length);
      words.insert(0, 'Providers agree visit times with each person.');
    });
    await storedUpdates(spec.room, 2);
    await version(spec, 'v0.2');
    const diff = await api(server, 'GET', `/api/artefacts/${spec.id}/versions/1/diff/2`, undefined, carys.cookie);
    const parts = diff.body.diff.text as Array<{ change: string; text: string }>;
    const side = (skip: string) => parts.filter((x) => x.change !== skip).map((x) => x.text).join('');
    expect(side('added')).toContain('Providers visit at agreed times.');
    expect(side('removed')).toContain('Providers agree visit times with each person.');
    expect(parts.filter((x) => x.change === 'removed').map((x) => x.text.trim())).toContain('at');
    expect(parts.filter((x) => x.change === 'added').map((x) => x.text.trim())).toContain('agree');

    const exported = await fetch(`${server.url}/api/artefacts/${spec.id}/versions/1/export?format=markdown`, { headers: { cookie: carys.cookie } });
    expect(exported.status).toBe(200);
    expect(await exported.text()).toContain('Providers visit at agreed times.');
  });

  it('takes automatic versions only when something changed', async () => {
    const map = await newArtefact('map', 'Quiet map');
    const { versioning } = server.server.history;
    const artefact = await server.server.db.selectFrom('artefacts').selectAll().where('id', '=', map.id).executeTakeFirstOrThrow();
    expect(await versioning.take(artefact, { kind: 'automatic', authorId: null, onlyIfChanged: true })).toBeNull();
    const peer = await connect_(map, cerys);
    addNode(peer.doc, { label: 'First' });
    await storedUpdates(map.room, 1);
    expect(await versioning.take(artefact, { kind: 'automatic', authorId: null, onlyIfChanged: true })).toMatchObject({ number: 1 });
    expect(await versioning.take(artefact, { kind: 'automatic', authorId: null, onlyIfChanged: true })).toBeNull();
  });

  it('rebuilds an artefact as it was at a moment, matching the version taken then', async () => {
    const map = await newArtefact('map', 'Timeline');
    const peer = await connect_(map, cerys);
    addNode(peer.doc, { label: 'Early' });
    await storedUpdates(map.room, 1);
    const taken = await version(map, 'Then');
    addNode(peer.doc, { label: 'Later' });
    await storedUpdates(map.room, 2);
    const then = await api(server, 'GET', `/api/artefacts/${map.id}/at?time=${encodeURIComponent(taken.body.version.createdAt)}`, undefined, carys.cookie);
    const read = await api(server, 'GET', `/api/artefacts/${map.id}/versions/${taken.body.version.number}`, undefined, carys.cookie);
    expect(then.status).toBe(200);
    expect(then.body.upToSeq).toBe(taken.body.version.upToSeq);
    expect(then.body.content).toEqual(read.body.content);
  });

  it('follows the access matrix: citizens read, only commissioners restore and publish, view-level users cannot name versions', async () => {
    const list = await api(server, 'GET', `/api/artefacts/${outcomes.id}/versions`, undefined, dafydd.cookie);
    expect(list.status).toBe(200);
    expect((await version(outcomes, 'Mine', dafydd)).status).toBe(403);
    expect((await api(server, 'POST', `/api/artefacts/${outcomes.id}/versions/1/restore`, undefined, carys.cookie)).status).toBe(403);
    expect((await api(server, 'POST', `/api/artefacts/${outcomes.id}/versions/1/publish`, {}, carys.cookie)).status).toBe(403);
    const spec = await newArtefact('specification', 'Hidden from citizens');
    expect((await api(server, 'GET', `/api/artefacts/${spec.id}/versions`, undefined, dafydd.cookie)).status).toBe(403);
    const stranger = await signUpOverHttp(server, 'Stranger');
    expect((await api(server, 'GET', `/api/artefacts/${outcomes.id}/versions`, undefined, stranger.cookie)).status).toBe(404);

    const published = await api(server, 'POST', `/api/artefacts/${outcomes.id}/versions/1/publish`, { label: 'Issued to providers v0.3' }, cerys.cookie);
    expect(published.status).toBe(201);
    expect(published.body.version).toMatchObject({ kind: 'published', label: 'Issued to providers v0.3', basedOn: 1 });
  });

  it('answers bad input with 400 naming the field', async () => {
    const noLabel = await api(server, 'POST', `/api/artefacts/${outcomes.id}/versions`, { label: '' }, cerys.cookie);
    expect(noLabel.status).toBe(400);
    expect(noLabel.body.field).toBe('label');
    const badNumber = await api(server, 'GET', `/api/artefacts/${outcomes.id}/versions/first`, undefined, cerys.cookie);
    expect(badNumber.status).toBe(400);
    expect(badNumber.body.field).toBe('n');
    const badDiff = await api(server, 'GET', `/api/artefacts/${outcomes.id}/versions/1/diff/0`, undefined, cerys.cookie);
    expect(badDiff.body.field).toBe('b');
    const badTime = await api(server, 'GET', `/api/artefacts/${outcomes.id}/at?time=yesterday`, undefined, cerys.cookie);
    expect(badTime.status).toBe(400);
    expect(badTime.body.field).toBe('time');
    expect((await api(server, 'GET', `/api/artefacts/${outcomes.id}/versions/999`, undefined, cerys.cookie)).status).toBe(404);
  });
});
