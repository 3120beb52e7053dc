import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, api, signUpOverHttp, type HttpAccount } from '../helpers/httpAccounts.ts';
import { openConsultation } from '../helpers/commentPeople.ts';
import { openEventStream, type SseEvent } from '../helpers/sseClient.ts';
import { startTestServer, type TestServer } from '../helpers/testServer.ts';

/** An open history page learns of every new version at once, and only while its reader may view the artefact. */
describe('GET /api/artefacts/:id/versions/events', () => {
  let server: TestServer;
  let cerys: HttpAccount;
  let carys: HttpAccount;
  let dafydd: HttpAccount;
  let stranger: HttpAccount;
  let workspaceId: string;

  beforeAll(async () => {
    server = await startTestServer();
    cerys = await signUpOverHttp(server, 'Cerys Commissioner');
    carys = await signUpOverHttp(server, 'Carys Carer');
    dafydd = await signUpOverHttp(server, 'Dafydd Citizen');
    stranger = await signUpOverHttp(server, 'Siân Stranger');
    workspaceId = (await api(server, 'POST', '/api/workspaces', { name: 'Powys 2027', model: '1' }, cerys.cookie)).body.workspace.id;
    await addMember(server, workspaceId, cerys, carys, 'carer');
    await addMember(server, workspaceId, cerys, dafydd, 'citizen');
  });
  afterAll(() => server.close());

  async function newArtefact(kind: 'map' | 'specification'): Promise<string> {
    const res = await api(server, 'POST', `/api/workspaces/${workspaceId}/artefacts`, { kind, title: `A ${kind}` }, cerys.cookie);
    expect(res.status).toBe(201);
    return res.body.artefact.id as string;
  }

  async function historyOpen(artefactId: string, who: HttpAccount) {
    const stream = await openEventStream(server, `/api/artefacts/${artefactId}/versions/events`, who);
    expect(stream.status).toBe(200);
    expect(stream.contentType).toMatch(/text\/event-stream/);
    await stream.next((e) => e.event === 'ready');
    return stream;
  }

  const isVersion = (number: number, kind: string) => (e: SseEvent) =>
    e.event === 'version' && (e.data as { number: number }).number === number && (e.data as { kind: string }).kind === kind;

  it('tells everyone viewing the history of each version named, restored or published, with its number and kind only', async () => {
    const map = await newArtefact('map');
    const commissioner = await historyOpen(map, cerys);
    const citizen = await historyOpen(map, dafydd);
    try {
      expect((await api(server, 'POST', `/api/artefacts/${map}/versions`, { label: 'Workshop one, secret words' }, carys.cookie)).status).toBe(201);
      for (const stream of [commissioner, citizen]) await stream.next(isVersion(1, 'manual'));
      expect((await api(server, 'POST', `/api/artefacts/${map}/versions/1/restore`, undefined, cerys.cookie)).status).toBe(201);
      for (const stream of [commissioner, citizen]) await stream.next(isVersion(2, 'restored'));
      expect((await api(server, 'POST', `/api/artefacts/${map}/versions/1/publish`, { label: 'Board paper' }, cerys.cookie)).status).toBe(201);
      await citizen.next(isVersion(3, 'published'));
      // What a version says is read through the access-checked list, never pushed.
      expect(JSON.stringify(citizen.events)).not.toContain('secret');
    } finally {
      commissioner.close();
      citizen.close();
    }
  });

  it('sends versions the server takes on its own, such as a consultation opening, and nothing from other artefacts', async () => {
    const spec = await newArtefact('specification');
    const other = await newArtefact('specification');
    const reader = await historyOpen(spec, carys);
    try {
      expect((await openConsultation(server, other, cerys, 'open')).status).toBe(201);
      expect((await openConsultation(server, spec, cerys, 'open')).status).toBe(201);
      await reader.next((e) => e.event === 'version' && (e.data as { kind: string }).kind === 'consultation_opened');
      expect(reader.events.filter((e) => e.event === 'version')).toHaveLength(1);
    } finally {
      reader.close();
    }
  });

  it('refuses people outside the workspace (404) and members who may not view the artefact (403)', async () => {
    const map = await newArtefact('map');
    expect((await openEventStream(server, `/api/artefacts/${map}/versions/events`, stranger)).status).toBe(404);
    expect((await api(server, 'PATCH', `/api/artefacts/${map}/access`, { access: { citizen: 'none' } }, cerys.cookie)).status).toBe(200);
    const refused = await openEventStream(server, `/api/artefacts/${map}/versions/events`, dafydd);
    expect(refused.status).toBe(403);
    refused.close();
  });

  it('ends a stream at once when its reader loses access or signs out', async () => {
    const map = await newArtefact('map');
    const citizen = await historyOpen(map, dafydd);
    expect((await api(server, 'PATCH', `/api/artefacts/${map}/access`, { access: { citizen: 'none' } }, cerys.cookie)).status).toBe(200);
    await citizen.ended;

    const session = await signUpOverHttp(server, 'Short visit');
    await addMember(server, workspaceId, cerys, session, 'carer');
    const visitor = await historyOpen(map, session);
    expect((await api(server, 'POST', '/api/auth/logout', {}, session.cookie)).status).toBeLessThan(300);
    await visitor.ended;
  });
});
