import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WORKSHOP_CODE_ALPHABET } from '../../shared/schemas/membership.ts';
import { CookieClient } from '../helpers/cookieClient.ts';
import { createTestApp } from '../helpers/testApp.ts';

describe('POST /api/join: rate limits for a room that shares one address', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let people = 0;
  let commissioner: CookieClient;
  let workspaceId: string;

  // The test app trusts X-Forwarded-For, so each caller can come from the address we say.
  const from = (address: string) => new CookieClient(t.app, { 'X-Forwarded-For': address });
  const join = (address: string, code: string, displayName = `Guest ${++people}`) =>
    from(address).post('/api/join', { code, displayName, role: 'service_user' });
  // Well-formed codes, different each time, that no open workshop has (one chance in 887 million each).
  const wrongCode = (n: number) => `ZZZZ${WORKSHOP_CODE_ALPHABET[Math.floor(n / 31) % 31]}${WORKSHOP_CODE_ALPHABET[n % 31]}`;

  beforeEach(async () => {
    t = await createTestApp();
    commissioner = from('10.3.0.1');
    await commissioner.post('/api/auth/signup', { email: 'cerys@example.org', password: 'a long enough password', displayName: 'Cerys' });
    workspaceId = (await commissioner.post('/api/workspaces', { name: 'North 2027', model: '1' })).body.workspace.id;
  });
  afterEach(() => t.close());

  async function openWorkshop(title = 'Caernarfon workshop'): Promise<string> {
    const opened = await commissioner.post(`/api/workspaces/${workspaceId}/workshops`, { title });
    expect(opened.status).toBe(201);
    return opened.body.workshop.code;
  }

  it('lets a room of 30 people on one Wi-Fi address join within a minute', async () => {
    const code = await openWorkshop();
    const statuses: number[] = [];
    for (let i = 0; i < 30; i++) statuses.push((await join('203.0.113.50', code)).status);
    expect(statuses).toEqual(Array(30).fill(201));
    const members = (await commissioner.get(`/api/workspaces/${workspaceId}`)).body.workspace.members;
    expect(members.filter((m: { guest: boolean }) => m.guest)).toHaveLength(30);
  });

  it('still lets the room in after a few people mistype the code', async () => {
    const code = await openWorkshop();
    for (let i = 0; i < 5; i++) expect((await join('203.0.113.51', wrongCode(i))).status).toBe(404);
    for (let i = 0; i < 30; i++) expect((await join('203.0.113.51', code)).status).toBe(201);
  });

  it('stops an address guessing codes with 429 and Retry-After, even when it then tries the right one', async () => {
    const code = await openWorkshop();
    const statuses: number[] = [];
    for (let i = 0; i < 20; i++) statuses.push((await join('198.51.100.7', wrongCode(i))).status);
    expect(statuses).toEqual(Array(20).fill(404));
    const limited = await join('198.51.100.7', wrongCode(20));
    expect(limited.status).toBe(429);
    expect(limited.body.error).toBe('rate_limited');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    // Right or wrong, the guesser learns nothing more for now…
    expect((await join('198.51.100.7', code)).status).toBe(429);
    // …while everyone else still joins.
    expect((await join('198.51.100.8', code)).status).toBe(201);
  });

  it('limits one wrong code tried from many addresses', async () => {
    await openWorkshop();
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) statuses.push((await join(`192.0.2.${i + 1}`, 'QQQQQQ')).status);
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(404));
    expect(statuses[10]).toBe(429);
    // Another code from a fresh address is judged on its own.
    expect((await join('192.0.2.200', 'QQQQQR')).status).toBe(404);
  });

  it('does not count bad input as a guess: it is a 400 naming the field', async () => {
    for (let i = 0; i < 25; i++) {
      const res = await from('198.51.100.9').post('/api/join', { code: 'nope', displayName: 'A', role: 'carer' });
      expect(res.status).toBe(400);
      expect(res.body.field).toBe('code');
    }
    expect((await join('198.51.100.9', await openWorkshop())).status).toBe(201);
  });
});
