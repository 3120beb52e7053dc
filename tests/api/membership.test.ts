import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CookieClient } from '../helpers/cookieClient.ts';
import { createTestApp } from '../helpers/testApp.ts';

describe('invitations, workshop codes and members over HTTP', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let people = 0;
  let commissioner: Awaited<ReturnType<typeof signUp>>;
  let workspaceId: string;

  const visitor = () => new CookieClient(t.app, { 'X-Forwarded-For': `10.2.0.${++people}` });
  async function signUp(name: string) {
    const c = visitor();
    const res = await c.post('/api/auth/signup', { email: `${name.toLowerCase()}-${people}@example.org`, password: 'a long enough password', displayName: name });
    return Object.assign(c, { userId: res.body.user.id as string });
  }

  beforeEach(async () => {
    t = await createTestApp();
    commissioner = await signUp('Cerys');
    workspaceId = (await commissioner.post('/api/workspaces', { name: 'North 2027', model: '1' })).body.workspace.id;
  });
  afterEach(() => t.close());

  it('invites a provider for an organisation; the invitee accepts while signed in and becomes a member', async () => {
    const invited = await commissioner.post(`/api/workspaces/${workspaceId}/invitations`, { role: 'provider', organisationName: 'Gofal Da Cyf' });
    expect(invited.status).toBe(201);
    const { code, organisation } = invited.body.invitation;
    expect(code).toMatch(/^[a-z2-7]{32}$/);

    const preview = await visitor().get(`/api/invitations/${code}`);
    expect(preview.body.invitation).toMatchObject({ workspace: { id: workspaceId, name: 'North 2027' }, role: 'provider', organisation: { name: 'Gofal Da Cyf' } });

    const pat = await signUp('Pat');
    expect((await pat.post(`/api/invitations/${code}/accept`)).body).toEqual({ workspaceId, role: 'provider' });
    const members = (await commissioner.get(`/api/workspaces/${workspaceId}`)).body.workspace.members;
    expect(members.find((m: { userId: string }) => m.userId === pat.userId)).toMatchObject({ role: 'provider', organisation });
    expect(t.changedMembers).toContain(pat.userId);
    // Single use.
    expect((await (await signUp('Other')).post(`/api/invitations/${code}/accept`)).status).toBe(404);
  });

  it('lets an invitee create their account while accepting', async () => {
    const { code } = (await commissioner.post(`/api/workspaces/${workspaceId}/invitations`, { role: 'carer' })).body.invitation;
    const newcomer = visitor();
    const res = await newcomer.post(`/api/invitations/${code}/accept`, { email: 'dewi@example.org', password: 'a long enough password', displayName: 'Dewi' });
    expect(res.status).toBe(200);
    expect((await newcomer.get(`/api/workspaces/${workspaceId}`)).body.workspace.role).toBe('carer');
    expect((await visitor().post(`/api/invitations/${code}/accept`, {})).status).toBe(404);
  });

  it('refuses bad invitations with 400 naming the field, and invitations from non-commissioners', async () => {
    expect((await commissioner.post(`/api/workspaces/${workspaceId}/invitations`, { role: 'provider' })).body.field).toBe('organisationName');
    expect((await commissioner.post(`/api/workspaces/${workspaceId}/invitations`, { role: 'mayor' })).body.field).toBe('role');
    const { code } = (await commissioner.post(`/api/workspaces/${workspaceId}/invitations`, { role: 'carer' })).body.invitation;
    const carer = await signUp('Carer');
    await carer.post(`/api/invitations/${code}/accept`);
    expect((await carer.post(`/api/workspaces/${workspaceId}/invitations`, { role: 'carer' })).status).toBe(403);
    expect((await visitor().post(`/api/invitations/${'a'.repeat(32)}/accept`, {})).status).toBe(404);
  });

  it('opens a workshop with a six-character code; a guest joins with the code and a name only, confined to that workspace', async () => {
    const opened = await commissioner.post(`/api/workspaces/${workspaceId}/workshops`, { title: 'Outcomes workshop, Caernarfon' });
    expect(opened.status).toBe(201);
    const { code } = opened.body.workshop;
    expect(code).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{6}$/);

    const guest = visitor();
    const joined = await guest.post('/api/join', { code: code.toLowerCase(), displayName: 'Mair', role: 'service_user' });
    expect(joined.status).toBe(201);
    expect(joined.body).toMatchObject({ workspaceId, role: 'service_user', user: { kind: 'guest', email: null, displayName: 'Mair' } });
    expect((await guest.get(`/api/workspaces/${workspaceId}`)).body.workspace.role).toBe('service_user');
    expect((await guest.get('/api/workspaces')).body.workspaces).toHaveLength(1);
    expect((await guest.post('/api/workspaces', { name: 'Mine', model: '1' })).status).toBe(403);
  });

  it('ends guests’ sessions when the workshop closes, and refuses its code after', async () => {
    const { id, code } = (await commissioner.post(`/api/workspaces/${workspaceId}/workshops`, { title: 'Evening session' })).body.workshop;
    const guest = visitor();
    await guest.post('/api/join', { code, displayName: 'Huw', role: 'carer' });
    const closed = await commissioner.post(`/api/workspaces/${workspaceId}/workshops/${id}/close`);
    expect(closed.body.workshop.closedAt).not.toBeNull();
    expect(t.endedSessions).toHaveLength(1);
    expect((await guest.get('/api/me')).body).toEqual({ user: null });
    expect((await guest.get(`/api/workspaces/${workspaceId}`)).status).toBe(401);
    expect((await visitor().post('/api/join', { code, displayName: 'Late', role: 'carer' }))).toMatchObject({ status: 404, body: { field: 'code' } });
  });

  it.each([
    [{ code: '12345', displayName: 'A', role: 'carer' }, 'code'],
    [{ code: 'ABCDE0', displayName: 'A', role: 'carer' }, 'code'],
    [{ code: 'ABCDEF', displayName: '', role: 'carer' }, 'displayName'],
    [{ code: 'ABCDEF', displayName: 'A', role: 'commissioner' }, 'role'],
  ])('refuses a bad join with 400 naming the field (%#)', async (body, field) => {
    expect((await visitor().post('/api/join', body)).body).toMatchObject({ error: 'invalid_request', field });
  });

  it('changes a member’s role and removes members, but never the last commissioner', async () => {
    const { code } = (await commissioner.post(`/api/workspaces/${workspaceId}/invitations`, { role: 'carer' })).body.invitation;
    const carer = await signUp('Carys');
    await carer.post(`/api/invitations/${code}/accept`);
    const members = `/api/workspaces/${workspaceId}/members`;

    expect((await commissioner.request('PATCH', `${members}/${carer.userId}`, { role: 'service_user' })).status).toBe(200);
    expect((await carer.get(`/api/workspaces/${workspaceId}`)).body.workspace.role).toBe('service_user');
    expect((await commissioner.request('PATCH', `${members}/${carer.userId}`, { role: 'provider' })).body.field).toBe('organisationId');
    expect((await carer.request('PATCH', `${members}/${commissioner.userId}`, { role: 'carer' })).status).toBe(403);
    expect((await commissioner.request('PATCH', `${members}/${commissioner.userId}`, { role: 'carer' })).status).toBe(409);
    expect((await commissioner.request('DELETE', `${members}/${commissioner.userId}`)).status).toBe(409);

    expect((await commissioner.request('DELETE', `${members}/${carer.userId}`)).status).toBe(204);
    expect((await carer.get(`/api/workspaces/${workspaceId}`)).status).toBe(404);
    expect(t.changedMembers.filter((id) => id === carer.userId).length).toBeGreaterThanOrEqual(2);
  });
});
