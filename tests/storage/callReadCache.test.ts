import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CallReadCache, MAX_AGE_MS } from '../../server/contributions/callReadCache.ts';
import { newContributionRow } from '../../server/contributions/contributionRow.ts';
import type { CallTable } from '../../server/db/schema.ts';
import type { Membership } from '../../server/policies/workspacePolicy.ts';
import { KyselyDocumentStore } from '../../server/storage/kyselyDocumentStore.ts';
import { onPostgres, openMigratedTestDatabase } from '../helpers/testDatabase.ts';

/** The shared read behind a call's page: read once per change, each viewer's own part added per request. */
describe(`the kept read of a call, on ${onPostgres ? 'PostgreSQL' : 'SQLite'}`, () => {
  let handle: Awaited<ReturnType<typeof openMigratedTestDatabase>>;
  let clock: number;
  let cache: CallReadCache;
  let call: CallTable;
  const T0 = '2026-11-30T10:00:00.000Z';
  const member = (userId: string, role: Membership['role']): Membership => ({ workspaceId: 'w1', userId, role, organisationId: null });

  beforeEach(async () => {
    handle = await openMigratedTestDatabase();
    clock = 1_000_000;
    cache = new CallReadCache(handle.db, new KyselyDocumentStore(handle.db), () => clock);
    const users = ['cerys', 'dafydd', 'elin', 'ffion'].map((id) => ({ id, kind: 'account' as const, email: `${id}@example.org`, password_hash: null, display_name: id, workshop_id: null, created_at: T0 }));
    await handle.db.insertInto('users').values(users).execute();
    await handle.db.insertInto('workspaces').values({ id: 'w1', name: 'Ceredigion', model: '3', zones: '[]', quadrant: '', created_by: 'cerys', created_at: T0 }).execute();
    call = { id: 'c1', workspace_id: 'w1', title: 'Loneliness', introduction: 'Tell us', opens_at: T0, closes_at: '2027-01-01T00:00:00.000Z', zones: '[]', outcome_ids: '[]', public: 1, created_by: 'cerys', created_at: T0 };
    await handle.db.insertInto('calls').values(call).execute();
    const contribution = (id: string, author: string, hidden: boolean, at: string) => ({
      ...newContributionRow({ id, callId: 'c1', authorId: author, kind: 'idea', body: `Idea ${id}`, outcomeId: 'o1', zone: null, createdAt: at }),
      ...(hidden ? { hidden: 1, hidden_reason: 'reports' } : {}),
    });
    await handle.db
      .insertInto('contributions')
      .values([contribution('k1', 'dafydd', false, '2026-11-30T11:00:00.000Z'), contribution('k2', 'elin', true, '2026-11-30T12:00:00.000Z')])
      .execute();
    await handle.db.insertInto('contribution_supports').values({ contribution_id: 'k1', user_id: 'elin', created_at: T0 }).execute();
  });
  afterEach(() => handle.close());

  const support = (contributionId: string, userId: string) => handle.db.insertInto('contribution_supports').values({ contribution_id: contributionId, user_id: userId, created_at: T0 }).execute();
  const supportsOf = async (id: string) => (await cache.read(call)).supporters.get(id)?.size ?? 0;

  it('shares one read between requests that arrive together, and keeps it until the call changes', async () => {
    const [a, b] = [cache.read(call), cache.read(call)];
    expect(a).toBe(b);
    expect(await supportsOf('k1')).toBe(1);
    await support('k1', 'ffion');
    expect(await supportsOf('k1')).toBe(1);
    cache.changed('c1');
    expect(await supportsOf('k1')).toBe(2);
  });

  it('reads again once the kept read is older than MAX_AGE_MS, change or not (a statement or a name edited elsewhere)', async () => {
    expect(await supportsOf('k1')).toBe(1);
    await support('k1', 'ffion');
    clock += MAX_AGE_MS - 1;
    expect(await supportsOf('k1')).toBe(1);
    clock += 1;
    expect(await supportsOf('k1')).toBe(2);
  });

  it('gives each viewer only what they may see, with their own support and reports; signed-out readers get the public JSON', async () => {
    await handle.db.insertInto('contribution_reports').values({ contribution_id: 'k1', user_id: 'ffion', reason: 'off topic', created_at: T0, reviewed_at: null }).execute();
    const read = await cache.read(call);
    const ids = async (viewer: Membership) => (await cache.contributionsFor(read, 'c1', viewer)).map((c) => c.id);
    // The hidden contribution: its author and commissioners only.
    expect(await ids(member('elin', 'citizen'))).toEqual(['k2', 'k1']);
    expect(await ids(member('cerys', 'commissioner'))).toEqual(['k2', 'k1']);
    expect(await ids(member('ffion', 'citizen'))).toEqual(['k1']);
    const [forElin] = (await cache.contributionsFor(read, 'c1', member('elin', 'citizen'))).filter((c) => c.id === 'k1');
    expect(forElin).toMatchObject({ supports: 1, supportedByMe: true, reportedByMe: false });
    const [forFfion] = await cache.contributionsFor(read, 'c1', member('ffion', 'citizen'));
    expect(forFfion).toMatchObject({ supports: 1, supportedByMe: false, reportedByMe: true });
    const publicList = JSON.parse(read.publicJson.contributions) as Array<{ id: string; supportedByMe: boolean }>;
    expect(publicList.map((c) => c.id)).toEqual(['k1']);
    expect(publicList[0]!.supportedByMe).toBe(false);
  });

  it('does not keep a read that failed: the next request tries again', async () => {
    const broken = { ...call, outcome_ids: 'not json' };
    await expect(cache.read(broken)).rejects.toThrow();
    await expect(cache.read(call)).resolves.toMatchObject({ rows: expect.any(Array) });
  });
});
