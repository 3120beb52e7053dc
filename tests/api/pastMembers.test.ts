import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CookieClient } from '../helpers/cookieClient.ts';
import { createTestApp } from '../helpers/testApp.ts';

interface ListedMember {
  userId: string;
  displayName: string;
  guest: boolean;
}

describe('memberships that end: workshop guests and removals', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let people = 0;
  let commissioner: Awaited<ReturnType<typeof signUp>>;
  let workspaceId: string;

  const visitor = () => new CookieClient(t.app, { 'X-Forwarded-For': `10.6.0.${++people}` });
  async function signUp(name: string) {
    const c = visitor();
    const res = await c.post('/api/auth/signup', { email: `${name.toLowerCase()}-${people}@example.org`, password: 'a long enough password', displayName: name });
    return Object.assign(c, { userId: res.body.user.id as string });
  }
  const members = async (): Promise<ListedMember[]> => (await commissioner.get(`/api/workspaces/${workspaceId}`)).body.workspace.members;
  const pastMemberships = () => t.db.selectFrom('past_memberships').selectAll().where('workspace_id', '=', workspaceId).orderBy('joined_at').execute();

  async function workshopWithGuests(title: string, names: string[]) {
    const { id, code } = (await commissioner.post(`/api/workspaces/${workspaceId}/workshops`, { title })).body.workshop;
    const guests = [];
    for (const name of names) {
      const guest = visitor();
      const joined = await guest.post('/api/join', { code, displayName: name, role: 'carer' });
      expect(joined.status).toBe(201);
      guests.push(Object.assign(guest, { userId: joined.body.user.id as string }));
    }
    return { id: id as string, guests };
  }

  beforeEach(async () => {
    t = await createTestApp();
    commissioner = await signUp('Cerys');
    workspaceId = (await commissioner.post('/api/workspaces', { name: 'North 2027', model: '1' })).body.workspace.id;
  });
  afterEach(() => t.close());

  it('takes a closed workshop’s guests off the members list, keeping a record of their stay', async () => {
    const evening = await workshopWithGuests('Evening session', ['Huw', 'Nia']);
    const morning = await workshopWithGuests('Morning session', ['Siân']);
    expect((await members()).map((m) => m.displayName).sort()).toEqual(['Cerys', 'Huw', 'Nia', 'Siân']);

    const closed = await commissioner.post(`/api/workspaces/${workspaceId}/workshops/${evening.id}/close`);
    expect(closed.status).toBe(200);
    // Only the other workshop's guest is still a current member.
    expect((await members()).map((m) => m.displayName).sort()).toEqual(['Cerys', 'Siân']);
    for (const guest of evening.guests) {
      expect((await guest.get('/api/me')).body).toEqual({ user: null });
      expect((await guest.get(`/api/workspaces/${workspaceId}`)).status).toBe(401);
    }
    expect((await morning.guests[0]!.get(`/api/workspaces/${workspaceId}`)).status).toBe(200);

    const record = await pastMemberships();
    expect(record.map((r) => r.user_id).sort()).toEqual(evening.guests.map((g) => g.userId).sort());
    for (const row of record) {
      expect(row).toMatchObject({ role: 'carer', reason: 'workshop_closed', ended_by: commissioner.userId, ended_at: closed.body.workshop.closedAt });
      expect(row.joined_at <= row.ended_at).toBe(true);
    }
    // Closing again changes nothing.
    await commissioner.post(`/api/workspaces/${workspaceId}/workshops/${evening.id}/close`);
    expect(await pastMemberships()).toHaveLength(2);
  });

  it('takes the guests of a workshop that ran out without being closed off the list too', async () => {
    const { id } = await workshopWithGuests('Drop-in', ['Gwen']);
    const expiredAt = new Date(Date.now() - 60_000).toISOString();
    await t.db.updateTable('workshops').set({ expires_at: expiredAt }).where('id', '=', id).execute();

    expect((await members()).map((m) => m.displayName)).toEqual(['Cerys']);
    const [row] = await pastMemberships();
    expect(row).toMatchObject({ reason: 'workshop_closed', ended_at: expiredAt, ended_by: null, role: 'carer' });
    // The workshops list still shows it as it was.
    const listed = (await commissioner.get(`/api/workspaces/${workspaceId}/workshops`)).body.workshops[0];
    expect(listed).toMatchObject({ id, closedAt: null, expiresAt: expiredAt });
  });

  it('keeps a record of a removed member, with the role and organisation they had', async () => {
    const { code } = (await commissioner.post(`/api/workspaces/${workspaceId}/invitations`, { role: 'provider', organisationName: 'Gofal Da' })).body.invitation;
    const pat = await signUp('Pat');
    await pat.post(`/api/invitations/${code}/accept`);
    expect((await commissioner.request('DELETE', `/api/workspaces/${workspaceId}/members/${pat.userId}`)).status).toBe(204);
    expect((await members()).map((m) => m.displayName)).toEqual(['Cerys']);
    const [row] = await pastMemberships();
    expect(row).toMatchObject({ user_id: pat.userId, role: 'provider', reason: 'removed', ended_by: commissioner.userId });
    expect(row!.organisation_id).not.toBeNull();
    // Invited again later: a second stay, a second record when it ends.
    const again = (await commissioner.post(`/api/workspaces/${workspaceId}/invitations`, { role: 'citizen' })).body.invitation;
    await new Promise((resolve) => setTimeout(resolve, 2)); // a later joined_at, however fast the machine
    expect((await pat.post(`/api/invitations/${again.code}/accept`)).status).toBe(200);
    expect((await commissioner.request('DELETE', `/api/workspaces/${workspaceId}/members/${pat.userId}`)).status).toBe(204);
    expect((await pastMemberships()).map((r) => r.role)).toEqual(['provider', 'citizen']);
  });
});
