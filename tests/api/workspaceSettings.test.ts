import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CookieClient } from '../helpers/cookieClient.ts';
import { createTestApp } from '../helpers/testApp.ts';

describe('PATCH /api/workspaces/:id', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let people = 0;
  let commissioner: CookieClient;
  let workspaceId: string;

  const visitor = () => new CookieClient(t.app, { 'X-Forwarded-For': `10.5.0.${++people}` });
  async function signUp(name: string) {
    const c = visitor();
    await c.post('/api/auth/signup', { email: `${name.toLowerCase()}-${people}@example.org`, password: 'a long enough password', displayName: name });
    return c;
  }
  const patch = (body: unknown, by = commissioner) => by.request('PATCH', `/api/workspaces/${workspaceId}`, body);

  beforeEach(async () => {
    t = await createTestApp();
    commissioner = await signUp('Cerys');
    workspaceId = (await commissioner.post('/api/workspaces', { name: 'North 2027', model: '1', zones: ['Arfon'] })).body.workspace.id;
  });
  afterEach(() => t.close());

  it('lets a commissioner change the name, model, zones and stage of the cycle, each on its own', async () => {
    const renamed = await patch({ name: '  Gogledd 2027  ' });
    expect(renamed.status).toBe(200);
    expect(renamed.body.workspace).toEqual({ id: workspaceId, name: 'Gogledd 2027', model: '1', zones: ['Arfon'], quadrant: 'analyse', role: 'commissioner' });

    const moved = await patch({ model: '3', zones: ['Arfon', 'Dwyfor', 'Meirionnydd'], quadrant: 'plan' });
    expect(moved.body.workspace).toMatchObject({ name: 'Gogledd 2027', model: '3', zones: ['Arfon', 'Dwyfor', 'Meirionnydd'], quadrant: 'plan' });
    expect((await patch({ zones: [] })).body.workspace.zones).toEqual([]);

    const read = (await commissioner.get(`/api/workspaces/${workspaceId}`)).body.workspace;
    expect(read).toMatchObject({ name: 'Gogledd 2027', model: '3', zones: [], quadrant: 'plan' });
    expect((await commissioner.get('/api/workspaces')).body.workspaces[0].name).toBe('Gogledd 2027');
  });

  it.each([
    [{ name: '' }, 'name'],
    [{ name: 'x'.repeat(201) }, 'name'],
    [{ model: '4' }, 'model'],
    [{ zones: 'Arfon' }, 'zones'],
    [{ zones: ['Arfon', ' '] }, 'zones.1'],
    [{ zones: Array(51).fill('Zone') }, 'zones'],
    [{ quadrant: 'someday' }, 'quadrant'],
    [{ name: null }, 'name'],
  ])('refuses bad input with 400 naming the field (%#)', async (body, field) => {
    const res = await patch(body);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error: 'invalid_request', field });
    expect((await commissioner.get(`/api/workspaces/${workspaceId}`)).body.workspace.name).toBe('North 2027');
  });

  it('refuses an empty change and bodies that are not JSON objects with 400, never 500', async () => {
    expect((await patch({})).body.error).toBe('invalid_request');
    expect((await patch('[1]')).status).toBe(400);
    expect((await patch('{"name":')).body.error).toBe('invalid_json');
  });

  it('answers 403 to other members, 404 to strangers and 401 when signed out', async () => {
    const { code } = (await commissioner.post(`/api/workspaces/${workspaceId}/invitations`, { role: 'provider', organisationName: 'Gofal Da' })).body.invitation;
    const provider = await signUp('Pat');
    await provider.post(`/api/invitations/${code}/accept`);
    expect((await patch({ name: 'Mine now' }, provider))).toMatchObject({ status: 403, body: { error: 'forbidden' } });
    expect((await patch({ name: 'Mine now' }, await signUp('Stranger'))).status).toBe(404);
    expect((await patch({ name: 'Mine now' }, visitor())).status).toBe(401);
    expect((await commissioner.get(`/api/workspaces/${workspaceId}`)).body.workspace.name).toBe('North 2027');
  });
});
