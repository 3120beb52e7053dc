import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Role } from '../../shared/access.ts';
import { CookieClient } from '../helpers/cookieClient.ts';
import { createTestApp } from '../helpers/testApp.ts';

const programme = { name: 'Home care re-commissioning — North zone 2027', model: '3', zones: ['Arfon', 'Dwyfor'] };

describe('workspaces, artefacts and per-artefact access over HTTP', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let people = 0;

  beforeEach(async () => {
    t = await createTestApp();
  });
  afterEach(() => t.close());

  async function signUp(name: string): Promise<CookieClient & { userId: string }> {
    const c = new CookieClient(t.app, { 'X-Forwarded-For': `10.1.0.${++people}` });
    const res = await c.post('/api/auth/signup', { email: `${name}-${people}@example.org`, password: 'a long enough password', displayName: name });
    return Object.assign(c, { userId: res.body.user.id as string });
  }

  /** The commissioner invites, the member accepts: membership through the real API. */
  async function addMember(workspaceId: string, inviter: CookieClient, member: CookieClient, role: Role) {
    const body = { role, ...(role === 'provider' ? { organisationName: 'Gofal Da' } : {}) };
    const { code } = (await inviter.post(`/api/workspaces/${workspaceId}/invitations`, body)).body.invitation;
    expect((await member.post(`/api/invitations/${code}/accept`)).status).toBe(200);
  }

  async function programmeWithSpecification() {
    const commissioner = await signUp('Cerys');
    const created = await commissioner.post('/api/workspaces', programme);
    const workspaceId = created.body.workspace.id as string;
    const spec = await commissioner.post(`/api/workspaces/${workspaceId}/artefacts`, { kind: 'specification', title: 'Service specification' });
    return { commissioner, workspaceId, spec: spec.body.artefact };
  }

  it('creates a workspace with its creator as commissioner and an outcome framework with its own room', async () => {
    const commissioner = await signUp('Cerys');
    const res = await commissioner.post('/api/workspaces', programme);
    expect(res.status).toBe(201);
    expect(res.body.workspace).toMatchObject({ name: programme.name, model: '3', zones: ['Arfon', 'Dwyfor'], quadrant: 'analyse', role: 'commissioner' });
    const [outcomes] = res.body.workspace.artefacts;
    expect(outcomes).toMatchObject({ kind: 'outcomes', access: 'edit' });
    expect(outcomes.room).toBe(`ws/${res.body.workspace.id}/outcomes/${outcomes.id}`);
    expect((await commissioner.get('/api/workspaces')).body.workspaces.map((w: { id: string }) => w.id)).toEqual([res.body.workspace.id]);
  });

  it.each([
    [{ ...programme, model: '4' }, 'model'],
    [{ ...programme, name: '' }, 'name'],
    [{ ...programme, zones: 'Arfon' }, 'zones'],
    [{ ...programme, zones: ['ok', ''] }, 'zones.1'],
    [{ ...programme, quadrant: 'someday' }, 'quadrant'],
  ])('refuses a bad workspace with 400 naming the field (%#)', async (body, field) => {
    const res = await (await signUp('Cerys')).post('/api/workspaces', body);
    expect(res.status).toBe(400);
    expect(res.body.field).toBe(field);
  });

  it('hides a workspace from people who are not its members (404, not 403)', async () => {
    const { workspaceId } = await programmeWithSpecification();
    const stranger = await signUp('Stranger');
    expect((await stranger.get(`/api/workspaces/${workspaceId}`)).status).toBe(404);
    expect((await stranger.get('/api/workspaces')).body.workspaces).toEqual([]);
    expect((await new CookieClient(t.app).get(`/api/workspaces/${workspaceId}`)).status).toBe(401);
  });

  it('shows each member the artefacts they may reach, with their level, and emails only to commissioners', async () => {
    const { commissioner, workspaceId, spec } = await programmeWithSpecification();
    const provider = await signUp('Provider');
    const citizen = await signUp('Citizen');
    await addMember(workspaceId, commissioner, provider, 'provider');
    await addMember(workspaceId, commissioner, citizen, 'citizen');

    const seenByProvider = (await provider.get(`/api/workspaces/${workspaceId}`)).body.workspace;
    expect(seenByProvider.role).toBe('provider');
    expect(seenByProvider.artefacts.map((a: { kind: string; access: string }) => [a.kind, a.access])).toEqual([
      ['outcomes', 'edit'],
      ['specification', 'comment'],
    ]);
    expect(seenByProvider.members.every((m: object) => !('email' in m))).toBe(true);

    const seenByCitizen = (await citizen.get(`/api/workspaces/${workspaceId}`)).body.workspace;
    expect(seenByCitizen.artefacts.map((a: { kind: string; access: string }) => [a.kind, a.access])).toEqual([['outcomes', 'view']]);
    expect(seenByCitizen.artefacts.some((a: { id: string }) => a.id === spec.id)).toBe(false);
  });

  it('lets only commissioners add maps and specifications, and not a second outcome framework', async () => {
    const { commissioner, workspaceId } = await programmeWithSpecification();
    const carer = await signUp('Carer');
    await addMember(workspaceId, commissioner, carer, 'carer');
    expect((await carer.post(`/api/workspaces/${workspaceId}/artefacts`, { kind: 'map', title: 'Involvement map' })).status).toBe(403);
    const second = await commissioner.post(`/api/workspaces/${workspaceId}/artefacts`, { kind: 'outcomes', title: 'Another' });
    expect(second).toMatchObject({ status: 400, body: { field: 'kind' } });
    expect((await commissioner.post(`/api/workspaces/${workspaceId}/artefacts`, { kind: 'map', title: 'Involvement map' })).status).toBe(201);
  });

  it('lets a commissioner change access per artefact, but never let a provider edit a specification', async () => {
    const { commissioner, workspaceId, spec } = await programmeWithSpecification();
    const citizen = await signUp('Citizen');
    await addMember(workspaceId, commissioner, citizen, 'citizen');

    const refused = await commissioner.request('PATCH', `/api/artefacts/${spec.id}/access`, { access: { provider: 'edit' } });
    expect(refused).toMatchObject({ status: 400, body: { field: 'access.provider' } });
    expect((await commissioner.request('PATCH', `/api/artefacts/${spec.id}/access`, { access: { citizen: 'superuser' } })).status).toBe(400);
    expect((await citizen.request('PATCH', `/api/artefacts/${spec.id}/access`, { access: { citizen: 'edit' } })).status).toBe(403);

    const granted = await commissioner.request('PATCH', `/api/artefacts/${spec.id}/access`, { access: { citizen: 'view' } });
    expect(granted.status).toBe(200);
    expect(granted.body.access).toEqual({ citizen: 'view' });
    expect(t.changedRooms).toEqual([spec.room]);
    const seen = (await citizen.get(`/api/workspaces/${workspaceId}`)).body.workspace.artefacts;
    expect(seen.find((a: { id: string }) => a.id === spec.id)?.access).toBe('view');
    expect((await commissioner.request('PATCH', '/api/artefacts/nope/access', { access: {} })).status).toBe(404);
  });
});
