import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, api, signUpOverHttp, type HttpAccount } from '../helpers/httpAccounts.ts';
import { openEventStream, type SseEvent } from '../helpers/sseClient.ts';
import { startTestServer, type TestServer } from '../helpers/testServer.ts';

/** An open audit trail learns of each new entry at once, and only while its reader is a commissioner of the workspace. */
describe('GET /api/workspaces/:id/audit/events', () => {
  let server: TestServer;
  let cerys: HttpAccount;
  let carwyn: HttpAccount;
  let carys: HttpAccount;
  let workspaceId: string;

  beforeAll(async () => {
    server = await startTestServer();
    cerys = await signUpOverHttp(server, 'Cerys Commissioner');
    carwyn = await signUpOverHttp(server, 'Carwyn Commissioner');
    carys = await signUpOverHttp(server, 'Carys Carer');
    workspaceId = (await api(server, 'POST', '/api/workspaces', { name: 'Conwy 2028', model: '1' }, cerys.cookie)).body.workspace.id;
    await addMember(server, workspaceId, cerys, carwyn, 'commissioner');
    await addMember(server, workspaceId, cerys, carys, 'carer');
  });
  afterAll(() => server.close());

  const path = () => `/api/workspaces/${workspaceId}/audit/events`;
  async function trailOpen(who: HttpAccount) {
    const stream = await openEventStream(server, path(), who);
    expect(stream.status).toBe(200);
    await stream.next((e) => e.event === 'ready');
    return stream;
  }
  const lastSeq = async () => {
    const events = (await api(server, 'GET', `/api/workspaces/${workspaceId}/audit?limit=500`, undefined, cerys.cookie)).body.events as Array<{ seq: number; kind: string }>;
    return events.at(-1)!;
  };
  const isAudit = (seq: number) => (e: SseEvent) => e.event === 'audit' && (e.data as { seq: number }).seq === seq;

  it('tells each commissioner with the trail open of every entry, by its place in the chain only', async () => {
    const first = await trailOpen(cerys);
    const second = await trailOpen(carwyn);
    try {
      expect((await api(server, 'PATCH', `/api/workspaces/${workspaceId}/members/${carys.userId}`, { role: 'citizen' }, cerys.cookie)).status).toBe(200);
      const entry = await lastSeq();
      expect(entry.kind).toBe('member_role_changed');
      for (const stream of [first, second]) await stream.next(isAudit(entry.seq));
      expect(JSON.stringify(first.events)).not.toContain('citizen');
      // A sign-in is in a chain of its own: no workspace's trail hears of it.
      const { email } = await server.server.db.selectFrom('users').select('email').where('id', '=', carys.userId).executeTakeFirstOrThrow();
      expect((await api(server, 'POST', '/api/auth/login', { email, password: 'a long enough password' })).status).toBe(200);
      await api(server, 'PATCH', `/api/workspaces/${workspaceId}/members/${carys.userId}`, { role: 'carer' }, cerys.cookie);
      const back = await lastSeq();
      await first.next(isAudit(back.seq));
      expect(first.events.filter((e) => e.event === 'audit')).toHaveLength(2);
    } finally {
      first.close();
      second.close();
    }
  });

  it('refuses members who are not commissioners (403) and people outside the workspace (404)', async () => {
    const refused = await openEventStream(server, path(), carys);
    expect(refused.status).toBe(403);
    refused.close();
    const stranger = await signUpOverHttp(server, 'Siân Stranger');
    const outside = await openEventStream(server, path(), stranger);
    expect(outside.status).toBe(404);
    outside.close();
  });

  it('ends a commissioner’s stream at once when they are no longer one', async () => {
    const stream = await trailOpen(carwyn);
    expect((await api(server, 'PATCH', `/api/workspaces/${workspaceId}/members/${carwyn.userId}`, { role: 'carer' }, cerys.cookie)).status).toBe(200);
    await stream.ended;
  });
});
