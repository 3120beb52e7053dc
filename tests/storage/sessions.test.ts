import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SessionStore } from '../../server/auth/sessions.ts';
import { onPostgres, openMigratedTestDatabase } from '../helpers/testDatabase.ts';

const HOUR = 3600_000;

describe(`sessions on ${onPostgres ? 'PostgreSQL' : 'SQLite'}`, () => {
  let handle: Awaited<ReturnType<typeof openMigratedTestDatabase>>;
  let clock: number;
  let sessions: SessionStore;

  beforeEach(async () => {
    handle = await openMigratedTestDatabase();
    await handle.db
      .insertInto('users')
      .values({ id: 'u1', kind: 'account', email: 'a@example.org', password_hash: null, display_name: 'A', created_at: new Date().toISOString() })
      .execute();
    clock = Date.parse('2026-11-23T09:00:00Z');
    sessions = new SessionStore(handle.db, { idleMs: 24 * HOUR, absoluteMs: 72 * HOUR, renewEveryMs: HOUR }, () => new Date(clock));
  });
  afterEach(() => handle.close());

  it('issues <id>.<secret> tokens with 160 random bits of secret, new every time', async () => {
    const tokens = await Promise.all(Array.from({ length: 50 }, () => sessions.create('u1')));
    for (const { token } of tokens) expect(token).toMatch(/^[a-z2-7]{16}\.[a-z2-7]{32}$/); // 32 base32 chars = 160 bits
    expect(new Set(tokens.map((t) => t.token.split('.')[1])).size).toBe(50);
  });

  it('stores only the SHA-256 of the secret, never the secret', async () => {
    const { token } = await sessions.create('u1');
    const secret = token.split('.')[1]!;
    const row = await handle.db.selectFrom('sessions').selectAll().executeTakeFirstOrThrow();
    expect(row.secret_hash.byteLength).toBe(32);
    expect(JSON.stringify(row)).not.toContain(secret);
    expect(Buffer.from(row.secret_hash).toString('utf8')).not.toContain(secret);
  });

  it('accepts the token it issued and refuses a wrong secret or a malformed token', async () => {
    const { token } = await sessions.create('u1');
    expect((await sessions.validate(token))?.userId).toBe('u1');
    const [id] = token.split('.');
    expect(await sessions.validate(`${id}.${'a'.repeat(32)}`)).toBeNull();
    for (const bad of ['', 'x', `${id}.`, `${token}.extra`, '../../etc', 'é'.repeat(49), `${id}.${'A'.repeat(32)}`]) {
      expect(await sessions.validate(bad)).toBeNull();
    }
  });

  it('renews on use (sliding), ends after inactivity, and ends at the absolute lifetime however active', async () => {
    const { token } = await sessions.create('u1');
    clock += 23 * HOUR;
    expect(await sessions.validate(token)).not.toBeNull(); // renewed: idle clock restarts
    clock += 23 * HOUR;
    expect(await sessions.validate(token)).not.toBeNull();
    clock += 23 * HOUR; // 69 h old, active
    expect(await sessions.validate(token)).not.toBeNull();
    clock += 4 * HOUR; // 73 h: past the absolute lifetime
    expect(await sessions.validate(token)).toBeNull();

    const idle = await sessions.create('u1');
    clock += 25 * HOUR;
    expect(await sessions.validate(idle.token)).toBeNull();
    expect(await handle.db.selectFrom('sessions').select('id').execute()).toHaveLength(0); // expired rows are removed
  });

  it('ends every session of a user but the one kept', async () => {
    const a = await sessions.create('u1');
    const b = await sessions.create('u1');
    const ended = await sessions.invalidateAllForUser('u1', a.session.id);
    expect(ended).toEqual([b.session.id]);
    expect(await sessions.validate(a.token)).not.toBeNull();
    expect(await sessions.validate(b.token)).toBeNull();
  });
});
