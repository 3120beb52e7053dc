import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CookieClient } from '../helpers/cookieClient.ts';
import { createTestApp } from '../helpers/testApp.ts';

const PASSWORD = 'a long enough password';

describe('settings each person chooses, kept with their account (GET /api/me, PATCH /api/me/preferences)', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let ip = 0;
  // Each caller from its own address, so per-address sign-in limits stay out of the way.
  const client = () => new CookieClient(t.app, { 'X-Forwarded-For': `10.9.0.${++ip}` });
  const patch = (c: CookieClient, body: unknown) => c.request('PATCH', '/api/me/preferences', body);

  async function account(email = 'alys@example.org'): Promise<CookieClient> {
    const c = client();
    expect((await c.post('/api/auth/signup', { email, password: PASSWORD, displayName: 'Alys' })).status).toBe(201);
    return c;
  }

  beforeEach(async () => {
    t = await createTestApp();
  });
  afterEach(() => t.close());

  it('has none saved at first, so the device’s choices stand', async () => {
    const alys = await account();
    const me = await alys.get('/api/me');
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ user: { displayName: 'Alys' }, preferences: {} });
  });

  it('saves some settings, merges later changes, and gives them back on a new sign-in elsewhere', async () => {
    const alys = await account();
    const first = await patch(alys, { language: 'cy', textSize: 'large' });
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ preferences: { language: 'cy', textSize: 'large' } });
    const second = await patch(alys, { contrast: 'high', motion: 'reduce', showOthers: false });
    expect(second.body.preferences).toEqual({ language: 'cy', textSize: 'large', contrast: 'high', motion: 'reduce', showOthers: false });
    expect((await patch(alys, { textSize: 'standard' })).body.preferences.textSize).toBe('standard');

    const elsewhere = client();
    expect((await elsewhere.post('/api/auth/login', { email: 'alys@example.org', password: PASSWORD })).status).toBe(200);
    expect((await elsewhere.get('/api/me')).body.preferences).toEqual({
      language: 'cy',
      textSize: 'standard',
      contrast: 'high',
      motion: 'reduce',
      showOthers: false,
    });
  });

  it('keeps each person’s settings their own', async () => {
    const alys = await account();
    const bryn = await account('bryn@example.org');
    await patch(alys, { language: 'cy' });
    expect((await bryn.get('/api/me')).body.preferences).toEqual({});
  });

  it.each([
    [{ language: 'fr' }, 'language'],
    [{ textSize: 'huge' }, 'textSize'],
    [{ contrast: true }, 'contrast'],
    [{ motion: 'none' }, 'motion'],
    [{ showOthers: 'no' }, 'showOthers'],
    [{ language: 'cy', fontFamily: 'Comic Sans' }, 'fontFamily'],
  ])('refuses a bad value or an unknown setting with 400 naming the field (%#), and saves nothing of it', async (body, field) => {
    const alys = await account();
    const res = await patch(alys, body);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error: 'invalid_request', field });
    expect((await alys.get('/api/me')).body.preferences).toEqual({});
  });

  it('refuses an empty change, a body that is not an object and malformed JSON with 400', async () => {
    const alys = await account();
    expect((await patch(alys, {})).status).toBe(400);
    expect((await patch(alys, [1])).status).toBe(400);
    expect((await patch(alys, 'null')).status).toBe(400);
    expect((await alys.request('PATCH', '/api/me/preferences', '{"language":')).body.error).toBe('invalid_json');
  });

  it('answers a signed-out visitor with 401 (their choices stay on their device)', async () => {
    const res = await patch(client(), { language: 'cy' });
    expect(res.status).toBe(401);
    expect(res.body.error).toBe('unauthenticated');
    expect((await client().get('/api/me')).body).toEqual({ user: null });
  });

  it('refuses a change from another site’s page (Origin check), like every state-changing request', async () => {
    const alys = await account();
    const res = await alys.request('PATCH', '/api/me/preferences', { language: 'cy' }, { Origin: 'https://evil.example' });
    expect(res.status).toBe(403);
    expect((await alys.get('/api/me')).body.preferences).toEqual({});
  });

  it('keeps a workshop guest’s settings for their session too', async () => {
    const cerys = await account('cerys@example.org');
    const workspaceId = (await cerys.post('/api/workspaces', { name: 'North 2027', model: '1' })).body.workspace.id;
    const code = (await cerys.post(`/api/workspaces/${workspaceId}/workshops`, { title: 'Caernarfon' })).body.workshop.code;
    const mair = client();
    expect((await mair.post('/api/join', { code, displayName: 'Mair', role: 'service_user' })).status).toBe(201);
    expect((await patch(mair, { language: 'cy', showOthers: false })).status).toBe(200);
    expect((await mair.get('/api/me')).body).toMatchObject({ user: { kind: 'guest', displayName: 'Mair' }, preferences: { language: 'cy', showOthers: false } });
  });
});
