import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CookieClient } from '../helpers/cookieClient.ts';
import { createTestApp } from '../helpers/testApp.ts';

describe('invitations: organisations, listing and revoking', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let people = 0;
  let commissioner: Awaited<ReturnType<typeof signUp>>;
  let workspaceId: string;

  const visitor = () => new CookieClient(t.app, { 'X-Forwarded-For': `10.4.0.${++people}` });
  async function signUp(name: string) {
    const c = visitor();
    const res = await c.post('/api/auth/signup', { email: `${name.toLowerCase()}-${people}@example.org`, password: 'a long enough password', displayName: name });
    return Object.assign(c, { userId: res.body.user.id as string });
  }
  const invite = (body: object, by = commissioner, workspace = workspaceId) => by.post(`/api/workspaces/${workspace}/invitations`, body);
  const invitationsPath = () => `/api/workspaces/${workspaceId}/invitations`;

  beforeEach(async () => {
    t = await createTestApp();
    commissioner = await signUp('Cerys');
    workspaceId = (await commissioner.post('/api/workspaces', { name: 'North 2027', model: '1' })).body.workspace.id;
  });
  afterEach(() => t.close());

  it('reuses an organisation the workspace knows, whatever the case and spacing of its name', async () => {
    const first = (await invite({ role: 'provider', organisationName: 'Gofal Da Cyf' })).body.invitation;
    const second = (await invite({ role: 'provider', organisationName: '  gofal   DA cyf ' })).body.invitation;
    expect(second.organisation).toEqual(first.organisation);
    const other = (await invite({ role: 'provider', organisationName: 'Cartref Care' })).body.invitation;
    expect(other.organisation.id).not.toBe(first.organisation.id);

    const listed = await commissioner.get(`/api/workspaces/${workspaceId}/organisations`);
    expect(listed.status).toBe(200);
    expect(listed.body.organisations).toEqual([
      { id: other.organisation.id, name: 'Cartref Care' },
      { id: first.organisation.id, name: 'Gofal Da Cyf' },
    ]);
    expect(await t.db.selectFrom('organisations').select('id').execute()).toHaveLength(2);
  });

  it('keeps each workspace’s organisations to itself', async () => {
    const mine = (await invite({ role: 'provider', organisationName: 'Gofal Da Cyf' })).body.invitation.organisation;
    const elsewhere = await signUp('Rhian');
    const theirs = (await elsewhere.post('/api/workspaces', { name: 'South 2027', model: '2' })).body.workspace.id as string;
    // Same name in another programme: a separate organisation, not this one.
    const there = (await invite({ role: 'provider', organisationName: 'Gofal Da Cyf' }, elsewhere, theirs)).body.invitation.organisation;
    expect(there.id).not.toBe(mine.id);
    expect((await elsewhere.get(`/api/workspaces/${theirs}/organisations`)).body.organisations).toEqual([there]);
    // And one workspace cannot invite into another's organisation by its id.
    const refused = await invite({ role: 'provider', organisationId: mine.id }, elsewhere, theirs);
    expect(refused).toMatchObject({ status: 400, body: { error: 'invalid_request', field: 'organisationId' } });
  });

  it('invites into a known organisation by organisationId; the new member belongs to it', async () => {
    const gofal = (await invite({ role: 'provider', organisationName: 'Gofal Da Cyf' })).body.invitation.organisation;
    const res = await invite({ role: 'provider', organisationId: gofal.id });
    expect(res.status).toBe(201);
    expect(res.body.invitation.organisation).toEqual(gofal);
    const pat = await signUp('Pat');
    expect((await pat.post(`/api/invitations/${res.body.invitation.code}/accept`)).status).toBe(200);
    const members = (await commissioner.get(`/api/workspaces/${workspaceId}`)).body.workspace.members;
    expect(members.find((m: { userId: string }) => m.userId === pat.userId).organisation).toEqual(gofal);
  });

  it.each([
    [{ role: 'provider', organisationId: 'no-such-organisation' }, 'organisationId'],
    [{ role: 'provider', organisationId: 'x'.repeat(33) }, 'organisationId'],
    [{ role: 'provider', organisationId: 42 }, 'organisationId'],
    [{ role: 'provider', organisationId: 'abc', organisationName: 'Gofal Da' }, 'organisationId'],
    [{ role: 'provider', organisationName: '   ' }, 'organisationName'],
    [{ role: 'provider', organisationName: 'x'.repeat(201) }, 'organisationName'],
  ])('refuses bad organisations with 400 naming the field (%#)', async (body, field) => {
    const res = await invite(body);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error: 'invalid_request', field });
  });

  it('lists only commissioners the organisations (403 for other members, 404 for strangers, 401 signed out)', async () => {
    const { code } = (await invite({ role: 'carer' })).body.invitation;
    const carer = await signUp('Carys');
    await carer.post(`/api/invitations/${code}/accept`);
    expect((await carer.get(`/api/workspaces/${workspaceId}/organisations`)).status).toBe(403);
    expect((await (await signUp('Stranger')).get(`/api/workspaces/${workspaceId}/organisations`)).status).toBe(404);
    expect((await visitor().get(`/api/workspaces/${workspaceId}/organisations`)).status).toBe(401);
  });

  it('lists open invitations with who made them and when they expire, never their codes', async () => {
    const provider = (await invite({ role: 'provider', organisationName: 'Gofal Da Cyf' })).body.invitation;
    const citizen = (await invite({ role: 'citizen' })).body.invitation;
    const used = (await invite({ role: 'carer' })).body.invitation;
    await (await signUp('Carys')).post(`/api/invitations/${used.code}/accept`);

    const res = await commissioner.get(invitationsPath());
    expect(res.status).toBe(200);
    expect(res.body.invitations.map((i: { id: string }) => i.id).sort()).toEqual([provider.id, citizen.id].sort());
    const listed = res.body.invitations.find((i: { id: string }) => i.id === provider.id);
    expect(listed).toEqual({
      id: provider.id,
      role: 'provider',
      organisation: provider.organisation,
      createdAt: expect.any(String),
      expiresAt: provider.expiresAt,
      createdBy: { id: commissioner.userId, name: 'Cerys' },
    });
    expect(JSON.stringify(res.body)).not.toContain(provider.code);
  });

  it('revokes an invitation: its link stops working, it leaves the list, and the record stays', async () => {
    const { id, code } = (await invite({ role: 'service_user' })).body.invitation;
    expect((await visitor().get(`/api/invitations/${code}`)).status).toBe(200);

    expect((await commissioner.request('DELETE', `${invitationsPath()}/${id}`)).status).toBe(204);
    expect((await commissioner.get(invitationsPath())).body.invitations).toEqual([]);
    expect((await visitor().get(`/api/invitations/${code}`))).toMatchObject({ status: 404, body: { error: 'invitation_not_found' } });
    const mair = await signUp('Mair');
    expect((await mair.post(`/api/invitations/${code}/accept`))).toMatchObject({ status: 404, body: { error: 'invitation_not_found' } });
    const newcomer = visitor();
    const created = await newcomer.post(`/api/invitations/${code}/accept`, { email: 'new@example.org', password: 'a long enough password', displayName: 'New' });
    expect(created.status).toBe(404);
    expect((await mair.get(`/api/workspaces/${workspaceId}`)).status).toBe(404);

    const row = await t.db.selectFrom('invitations').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ revoked_by: commissioner.userId, accepted_at: null });
    expect(row.revoked_at).not.toBeNull();
    // Twice is fine, and the first time stays on the record.
    expect((await commissioner.request('DELETE', `${invitationsPath()}/${id}`)).status).toBe(204);
    expect((await t.db.selectFrom('invitations').select('revoked_at').where('id', '=', id).executeTakeFirstOrThrow()).revoked_at).toBe(row.revoked_at);
  });

  it('refuses to revoke an accepted invitation (409), another workspace’s (404), or for non-commissioners (403)', async () => {
    const used = (await invite({ role: 'carer' })).body.invitation;
    const carer = await signUp('Carys');
    await carer.post(`/api/invitations/${used.code}/accept`);
    expect((await commissioner.request('DELETE', `${invitationsPath()}/${used.id}`))).toMatchObject({ status: 409, body: { error: 'invitation_used' } });

    const open = (await invite({ role: 'citizen' })).body.invitation;
    expect((await carer.request('DELETE', `${invitationsPath()}/${open.id}`)).status).toBe(403);
    expect((await carer.get(invitationsPath())).status).toBe(403);

    const elsewhere = await signUp('Rhian');
    const theirs = (await elsewhere.post('/api/workspaces', { name: 'South 2027', model: '2' })).body.workspace.id as string;
    expect((await elsewhere.request('DELETE', `/api/workspaces/${theirs}/invitations/${open.id}`)).status).toBe(404);
    expect((await commissioner.request('DELETE', `${invitationsPath()}/no-such-invitation`)).status).toBe(404);
    // Still open after all that.
    expect((await commissioner.get(invitationsPath())).body.invitations.map((i: { id: string }) => i.id)).toEqual([open.id]);
  });
});
