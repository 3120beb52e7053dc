import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_ACCESS, type Role } from '../../shared/access.ts';
import { CookieClient } from '../helpers/cookieClient.ts';
import { createTestApp } from '../helpers/testApp.ts';

type ArtefactBody = { id: string; kind: string; access: string; accessByRole?: Record<Role, string> };

/** What a commissioner sees of every role's access, and what everyone else does not. */
describe('every role’s access per artefact, for commissioners', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let people = 0;

  beforeEach(async () => {
    t = await createTestApp();
  });
  afterEach(() => t.close());

  async function signUp(name: string): Promise<CookieClient> {
    const c = new CookieClient(t.app, { 'X-Forwarded-For': `10.2.0.${++people}` });
    await c.post('/api/auth/signup', { email: `${name}-${people}@example.org`, password: 'a long enough password', displayName: name });
    return c;
  }

  async function addMember(workspaceId: string, inviter: CookieClient, member: CookieClient, role: Role) {
    const body = { role, ...(role === 'provider' ? { organisationName: 'Gofal Da' } : {}) };
    const { code } = (await inviter.post(`/api/workspaces/${workspaceId}/invitations`, body)).body.invitation;
    expect((await member.post(`/api/invitations/${code}/accept`)).status).toBe(200);
  }

  async function programme() {
    const commissioner = await signUp('Cerys');
    const created = await commissioner.post('/api/workspaces', { name: 'North 2027', model: '1' });
    const workspaceId = created.body.workspace.id as string;
    const outcomes = created.body.workspace.artefacts[0] as ArtefactBody;
    const spec = (await commissioner.post(`/api/workspaces/${workspaceId}/artefacts`, { kind: 'specification', title: 'Specification' })).body.artefact as ArtefactBody;
    return { commissioner, workspaceId, created: created.body.workspace, outcomes, spec };
  }

  const artefactsSeenBy = async (who: CookieClient, workspaceId: string) =>
    (await who.get(`/api/workspaces/${workspaceId}`)).body.workspace.artefacts as ArtefactBody[];

  it('gives commissioners the defaults of DESIGN.md for each role, from creation on', async () => {
    const { commissioner, workspaceId, outcomes, spec } = await programme();
    expect(outcomes.accessByRole).toEqual(DEFAULT_ACCESS.outcomes);
    expect(spec.accessByRole).toEqual(DEFAULT_ACCESS.specification);
    const seen = await artefactsSeenBy(commissioner, workspaceId);
    expect(seen.map((a) => [a.kind, a.accessByRole])).toEqual([
      ['outcomes', DEFAULT_ACCESS.outcomes],
      ['specification', DEFAULT_ACCESS.specification],
    ]);
  });

  it('never tells other members what the other roles may do', async () => {
    const { commissioner, workspaceId } = await programme();
    for (const role of ['provider', 'service_user', 'carer', 'citizen'] as const) {
      const member = await signUp(role);
      await addMember(workspaceId, commissioner, member, role);
      const seen = await artefactsSeenBy(member, workspaceId);
      expect(seen.length).toBeGreaterThan(0);
      expect(seen.every((a) => !('accessByRole' in a)), role).toBe(true);
    }
  });

  it('shows a change at once, to the commissioner and to the member it concerns', async () => {
    const { commissioner, workspaceId, outcomes } = await programme();
    const citizen = await signUp('Citizen');
    await addMember(workspaceId, commissioner, citizen, 'citizen');
    expect((await artefactsSeenBy(citizen, workspaceId)).map((a) => a.id)).toEqual([outcomes.id]);

    const changed = await commissioner.request('PATCH', `/api/artefacts/${outcomes.id}/access`, { access: { citizen: 'none', provider: 'comment' } });
    expect(changed.status).toBe(200);
    expect(changed.body.access).toEqual({ citizen: 'none', provider: 'comment' });
    expect(changed.body.artefact).toMatchObject({ id: outcomes.id, access: 'edit' });
    const expected = { ...DEFAULT_ACCESS.outcomes, citizen: 'none', provider: 'comment' };
    expect(changed.body.artefact.accessByRole).toEqual(expected);
    expect(t.changedRooms).toEqual([changed.body.artefact.room]);

    const seen = await artefactsSeenBy(commissioner, workspaceId);
    expect(seen.find((a) => a.id === outcomes.id)?.accessByRole).toEqual(expected);
    expect(await artefactsSeenBy(citizen, workspaceId)).toEqual([]);
  });

  it('refuses, naming the role, what no override may give, and stores nothing of that request', async () => {
    const { commissioner, workspaceId, spec, outcomes } = await programme();
    const providerEdits = await commissioner.request('PATCH', `/api/artefacts/${spec.id}/access`, { access: { citizen: 'view', provider: 'edit' } });
    expect(providerEdits).toMatchObject({ status: 400, body: { error: 'invalid_request', field: 'access.provider' } });
    const lockedOut = await commissioner.request('PATCH', `/api/artefacts/${outcomes.id}/access`, { access: { commissioner: 'view' } });
    expect(lockedOut).toMatchObject({ status: 400, body: { field: 'access.commissioner' } });
    const seen = await artefactsSeenBy(commissioner, workspaceId);
    expect(seen.find((a) => a.id === spec.id)?.accessByRole).toEqual(DEFAULT_ACCESS.specification);
    expect(seen.find((a) => a.id === outcomes.id)?.accessByRole?.commissioner).toBe('edit');
    expect(t.changedRooms).toEqual([]);
  });

  it('describes accessByRole in the OpenAPI document', async () => {
    const doc = await (await t.app.request('/api/openapi.json')).json();
    const schema = doc.components.schemas.Artefact;
    expect(Object.keys(schema.properties.accessByRole.properties).sort()).toEqual(['carer', 'citizen', 'commissioner', 'provider', 'service_user']);
    expect(schema.properties.accessByRole.description).toMatch(/commissioners only/i);
    expect(doc.paths['/api/workspaces/{id}'].get.summary).toMatch(/accessByRole/);
  });
});
