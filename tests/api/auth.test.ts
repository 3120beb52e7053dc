import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CookieClient } from '../helpers/cookieClient.ts';
import { createTestApp } from '../helpers/testApp.ts';

const alice = { email: 'Alice@Example.org', password: 'correct horse battery', displayName: 'Alice Jones' };

describe('accounts and sessions over HTTP', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let ip = 0;
  // Each test comes from its own address so per-IP limits stay out of the way.
  const client = () => new CookieClient(t.app, { 'X-Forwarded-For': `10.0.0.${++ip}` });

  beforeEach(async () => {
    t = await createTestApp();
  });
  afterEach(() => t.close());

  it('offers the first account on a new instance, and not once an account exists', async () => {
    const c = client();
    expect((await c.get('/api/setup')).body).toEqual({ needsFirstAccount: true });
    expect((await c.post('/api/auth/signup', alice)).status).toBe(201);
    expect((await c.get('/api/setup')).body).toEqual({ needsFirstAccount: false });
  });

  it('signs up with a session cookie that is HttpOnly, SameSite=Lax and Path=/', async () => {
    const c = client();
    const res = await c.post('/api/auth/signup', alice);
    expect(res.status).toBe(201);
    expect(res.body.user).toMatchObject({ email: 'alice@example.org', displayName: 'Alice Jones', kind: 'account' });
    expect(res.setCookie).toMatch(/^gweithdy_session=[a-z2-7]{16}\.[a-z2-7]{32};/);
    expect(res.setCookie).toMatch(/HttpOnly/);
    expect(res.setCookie).toMatch(/SameSite=Lax/);
    expect(res.setCookie).toMatch(/Path=\//);
    expect(res.setCookie).not.toMatch(/Secure/); // the test origin is http
    expect((await c.get('/api/me')).body.user.email).toBe('alice@example.org');
  });

  it.each([
    [{ ...alice, email: 'not-an-email' }, 'email'],
    [{ ...alice, password: 'short' }, 'password'],
    [{ email: alice.email, password: alice.password }, 'displayName'],
    [{ ...alice, displayName: '   ' }, 'displayName'],
    [{ ...alice, password: 'x'.repeat(201) }, 'password'],
  ])('refuses a bad sign-up with 400 naming the field (%#)', async (body, field) => {
    const res = await client().post('/api/auth/signup', body);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error: 'invalid_request', field });
  });

  it('answers malformed JSON and non-object bodies with 400, never 500', async () => {
    const c = client();
    expect((await c.request('POST', '/api/auth/signup', '{"email":')).body.error).toBe('invalid_json');
    expect((await c.request('POST', '/api/auth/login', '[1,2]')).status).toBe(400);
    expect((await c.request('POST', '/api/auth/login', 'null')).status).toBe(400);
  });

  it('refuses a second account with the same email, whatever its case', async () => {
    await client().post('/api/auth/signup', alice);
    const res = await client().post('/api/auth/signup', { ...alice, email: 'ALICE@example.org' });
    expect(res.status).toBe(409);
    expect(res.body.field).toBe('email');
  });

  it('signs in with a new token every time, and refuses a wrong password or unknown email alike', async () => {
    await client().post('/api/auth/signup', alice);
    const first = client();
    const second = client();
    expect((await first.post('/api/auth/login', alice)).status).toBe(200);
    expect((await second.post('/api/auth/login', alice)).status).toBe(200);
    expect(first.cookie).not.toBe(second.cookie);

    const wrong = await client().post('/api/auth/login', { ...alice, password: 'wrong password!' });
    const unknown = await client().post('/api/auth/login', { ...alice, email: 'nobody@example.org' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
  });

  it('signs out: the session ends on the server and its sockets are told to close', async () => {
    const c = client();
    await c.post('/api/auth/signup', alice);
    const stolen = c.cookie;
    expect((await c.post('/api/auth/logout')).status).toBe(204);
    expect(t.endedSessions).toHaveLength(1);
    const replay = new CookieClient(t.app);
    replay.cookie = stolen;
    expect((await replay.get('/api/me')).body).toEqual({ user: null });
    expect((await replay.get('/api/workspaces')).status).toBe(401);
  });

  it('answers GET /api/me with 200 and { user: null } when nobody is signed in, so public pages log no failed request', async () => {
    const res = await client().get('/api/me');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ user: null });
  });

  it('changing the password ends every other session and keeps this person signed in', async () => {
    const here = client();
    await here.post('/api/auth/signup', alice);
    const elsewhere = client();
    await elsewhere.post('/api/auth/login', alice);

    const wrong = await here.post('/api/auth/password', { currentPassword: 'nope', newPassword: 'a new long password' });
    expect(wrong).toMatchObject({ status: 400, body: { field: 'currentPassword' } });
    expect((await here.post('/api/auth/password', { currentPassword: alice.password, newPassword: 'a new long password' })).status).toBe(204);
    expect((await elsewhere.get('/api/me')).body).toEqual({ user: null });
    expect((await here.get('/api/me')).body.user.email).toBe('alice@example.org');
    expect(t.endedSessions).toHaveLength(2);
    expect((await client().post('/api/auth/login', { ...alice, password: 'a new long password' })).status).toBe(200);
  });

  it('treats malformed or forged session cookies as signed out (401 where a session is needed), never 500', async () => {
    for (const cookie of ['gweithdy_session=', 'gweithdy_session=abc', 'gweithdy_session=%zz', `gweithdy_session=${'a'.repeat(16)}.${'b'.repeat(32)}`, 'gweithdy_session=a.b.c']) {
      const c = new CookieClient(t.app);
      c.cookie = cookie;
      expect(await c.get('/api/me')).toMatchObject({ status: 200, body: { user: null } });
      c.cookie = cookie;
      expect((await c.get('/api/workspaces')).status).toBe(401);
    }
  });

  it('refuses state-changing requests without our Origin (CSRF), but not reads', async () => {
    const res = await t.app.request('/api/auth/signup', { method: 'POST', body: JSON.stringify(alice), headers: { 'Content-Type': 'application/json' } });
    expect(res.status).toBe(403);
    const foreign = await new CookieClient(t.app, { Origin: 'https://evil.example' }).post('/api/auth/signup', alice);
    expect(foreign.status).toBe(403);
    expect((await t.app.request('/api/setup')).status).toBe(200);
  });

  it('limits sign-in attempts per account and per address, with 429 and Retry-After', async () => {
    await client().post('/api/auth/signup', alice);
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await client().post('/api/auth/login', { ...alice, password: 'guessing wrong' })).status);
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    const limited = await client().post('/api/auth/login', alice);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);

    const sameAddress = new CookieClient(t.app, { 'X-Forwarded-For': '192.0.2.7' });
    const perIp: number[] = [];
    for (let i = 0; i < 21; i++) perIp.push((await sameAddress.post('/api/auth/login', { email: `x${i}@example.org`, password: 'whatever' })).status);
    expect(perIp.filter((s) => s === 429)).toHaveLength(1);
    expect(perIp.at(-1)).toBe(429);
  });
});
