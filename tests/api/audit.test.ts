import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anchor } from '../helpers/commentPeople.ts';
import { addMember, api, signUpOverHttp, type HttpAccount } from '../helpers/httpAccounts.ts';
import { onPostgres } from '../helpers/testDatabase.ts';
import { startTestServer, type TestServer } from '../helpers/testServer.ts';

const run = promisify(execFile);

interface AuditEvent {
  seq: number;
  kind: string;
  actor: { id: string; name: string | null } | null;
  subject: string | null;
  details: Record<string, unknown>;
  hash: string;
  previousHash: string;
}

describe('the audit log', () => {
  let server: TestServer;
  let cerys: HttpAccount;
  let pedr: HttpAccount;
  let workspaceId: string;
  let specId: string;

  beforeAll(async () => {
    server = await startTestServer();
    cerys = await signUpOverHttp(server, 'Cerys Commissioner');
    pedr = await signUpOverHttp(server, 'Pedr Provider');
    const created = await api(server, 'POST', '/api/workspaces', { name: 'Powys 2027', model: '2' }, cerys.cookie);
    workspaceId = created.body.workspace.id;
    await addMember(server, workspaceId, cerys, pedr, 'provider');
    specId = (await api(server, 'POST', `/api/workspaces/${workspaceId}/artefacts`, { kind: 'specification', title: 'Specification' }, cerys.cookie)).body.artefact.id;
  });
  afterAll(() => server.close());

  const events = async (who = cerys): Promise<AuditEvent[]> => {
    const res = await api(server, 'GET', `/api/workspaces/${workspaceId}/audit?limit=500`, undefined, who.cookie);
    expect(res.status).toBe(200);
    return res.body.events;
  };
  const verify = async () => (await api(server, 'GET', `/api/workspaces/${workspaceId}/audit/verify`, undefined, cerys.cookie)).body;

  it('records who did what: joins, access, workshops, consultations, threads, versions — each linked to the one before', async () => {
    await api(server, 'PATCH', `/api/artefacts/${specId}/access`, { access: { carer: 'view' } }, cerys.cookie);
    const workshop = await api(server, 'POST', `/api/workspaces/${workspaceId}/workshops`, { title: 'Drop-in', durationMinutes: 60 }, cerys.cookie);
    await api(server, 'POST', `/api/workspaces/${workspaceId}/workshops/${workshop.body.workshop.id}/close`, undefined, cerys.cookie);
    const closesAt = new Date(Date.now() + 86_400_000).toISOString();
    expect((await api(server, 'POST', `/api/artefacts/${specId}/consultations`, { closesAt, visibility: 'confidential' }, cerys.cookie)).status).toBe(201);
    const thread = await api(server, 'POST', `/api/artefacts/${specId}/threads`, { anchor: anchor(), body: 'How is this measured?' }, pedr.cookie);
    await api(server, 'POST', `/api/artefacts/${specId}/threads/${thread.body.thread.id}/resolve`, undefined, cerys.cookie);
    await api(server, 'POST', `/api/artefacts/${specId}/threads/${thread.body.thread.id}/outcome`, { outcome: 'already_covered', reason: 'Section 4' }, cerys.cookie);
    await api(server, 'POST', `/api/artefacts/${specId}/consultations/close`, undefined, cerys.cookie);

    const log = await events();
    const kinds = log.map((e) => e.kind);
    expect(kinds).toEqual(
      expect.arrayContaining(['member_joined', 'access_changed', 'workshop_opened', 'workshop_closed', 'consultation_opened', 'thread_resolved', 'thread_answered', 'consultation_closed', 'version_created']),
    );
    expect(kinds.indexOf('consultation_opened')).toBeLessThan(kinds.indexOf('thread_resolved'));
    expect(log.find((e) => e.kind === 'access_changed')).toMatchObject({ actor: { name: 'Cerys Commissioner' }, subject: specId, details: { access: { carer: 'view' } } });
    log.forEach((event, i) => {
      expect(event.seq).toBe(i + 1);
      if (i > 0) expect(event.previousHash).toBe(log[i - 1]!.hash);
    });
    // Opening a consultation keeps what providers were consulted on.
    const versions = await api(server, 'GET', `/api/artefacts/${specId}/versions`, undefined, pedr.cookie);
    expect(versions.body.versions.map((v: { kind: string }) => v.kind)).toContain('consultation_opened');
    expect(await verify()).toMatchObject({ ok: true, broken: null });
  });

  it('is for commissioners only', async () => {
    for (const path of ['audit', 'audit/verify', 'audit/bundle']) {
      expect((await api(server, 'GET', `/api/workspaces/${workspaceId}/${path}`, undefined, pedr.cookie)).status).toBe(403);
    }
    const bad = await api(server, 'GET', `/api/workspaces/${workspaceId}/audit?limit=lots`, undefined, cerys.cookie);
    expect(bad.status).toBe(400);
    expect(bad.body.field).toBe('limit');
  });

  it('gives a bundle of events and versions with their states that rebuild to the recorded hashes', async () => {
    const res = await fetch(`${server.url}/api/workspaces/${workspaceId}/audit/bundle`, { headers: { cookie: cerys.cookie } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain('attachment');
    const bundle = await res.json();
    expect(bundle.verification.ok).toBe(true);
    expect(bundle.events.length).toBe((await events()).length);
    expect(bundle.versions.length).toBeGreaterThan(0);
    const { sha256Hex } = await import('../../server/audit/hashChain.ts');
    for (const v of bundle.versions) expect(sha256Hex(Buffer.from(v.state, 'base64'))).toBe(v.stateHash);
  });

  it('catches an altered audit row, naming it', async () => {
    const target = (await events())[2]!;
    const row = await server.server.db.selectFrom('audit_events').select(['id', 'details']).where('chain', '=', workspaceId).where('seq', '=', target.seq).executeTakeFirstOrThrow();
    await server.server.db.updateTable('audit_events').set({ details: '{"access":{"carer":"edit"}}' }).where('id', '=', row.id).execute();
    try {
      expect(await verify()).toMatchObject({ ok: false, broken: { table: 'audit_events', id: row.id, position: target.seq, problem: 'hash' } });
    } finally {
      await server.server.db.updateTable('audit_events').set({ details: row.details }).where('id', '=', row.id).execute();
    }
    expect((await verify()).ok).toBe(true);
  });

  it('catches an altered version state, naming the version, also from npm run audit:verify', async () => {
    const version = await server.server.db.selectFrom('artefact_versions').selectAll().where('artefact_id', '=', specId).orderBy('number').executeTakeFirstOrThrow();
    const altered = Uint8Array.from(version.state);
    altered[altered.length - 1] = altered.at(-1)! ^ 1;
    await server.server.db.updateTable('artefact_versions').set({ state: altered }).where('id', '=', version.id).execute();
    try {
      expect(await verify()).toMatchObject({ ok: false, broken: { table: 'artefact_versions', id: version.id, chain: specId, position: version.number, problem: 'state' } });
      if (!onPostgres) {
        // The command line reads the same database file the server writes.
        const failed = await run(process.execPath, ['--import', 'tsx', 'server/cli/auditVerify.ts'], { env: { ...process.env, DATA_DIR: server.target.dataDir } }).catch((error: { code: number; stdout: string }) => error);
        expect('code' in failed ? failed.code : 0).toBe(1);
        expect(failed.stdout).toContain(`artefact_versions row ${version.id}`);
      }
    } finally {
      await server.server.db.updateTable('artefact_versions').set({ state: version.state }).where('id', '=', version.id).execute();
    }
    expect((await verify()).ok).toBe(true);
  });

  it('catches a deleted audit row as a broken sequence', async () => {
    const last = (await events()).at(-1)!;
    const row = await server.server.db.selectFrom('audit_events').selectAll().where('chain', '=', workspaceId).where('seq', '=', 2).executeTakeFirstOrThrow();
    await server.server.db.deleteFrom('audit_events').where('id', '=', row.id).execute();
    try {
      const report = await verify();
      expect(report.ok).toBe(false);
      expect(report.broken).toMatchObject({ table: 'audit_events', position: 3, problem: 'sequence' });
    } finally {
      await server.server.db.insertInto('audit_events').values(row).execute();
    }
    expect((await verify()).ok).toBe(true);
    expect((await events()).at(-1)!.seq).toBe(last.seq);
  });

  it('records sign-ins in the chain of no workspace', async () => {
    const email = `sian-${Date.now()}@example.org`;
    const signedUp = await api(server, 'POST', '/api/auth/signup', { email, password: 'a long enough password', displayName: 'Siân' });
    expect((await api(server, 'POST', '/api/auth/login', { email, password: 'a long enough password' })).status).toBe(200);
    expect((await api(server, 'POST', '/api/auth/login', { email, password: 'not the password' })).status).toBe(401);
    const rows = await server.server.db.selectFrom('audit_events').selectAll().where('chain', '=', '').where('actor_id', '=', signedUp.body.user.id).execute();
    expect(rows.map((r) => r.kind)).toEqual(['signed_in']);
  });
});
