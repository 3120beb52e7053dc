import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBilingualStatement } from '../../shared/outcomes/bilingualStatement.ts';
import { addOutcome, outcomeText, readFramework } from '../../shared/outcomes/outcomeDoc.ts';
import { contributionLinks } from '../../shared/outcomes/contributionLinks.ts';
import { addMember, api, signUpOverHttp, type HttpAccount } from '../helpers/httpAccounts.ts';
import { connectSyncedPeer, type TestPeer } from '../helpers/providers.ts';
import { startTestServer, type TestServer } from '../helpers/testServer.ts';
import { waitFor } from '../helpers/waitFor.ts';

describe('calls for contributions on population outcomes', () => {
  let server: TestServer;
  let cerys: HttpAccount;
  let carys: HttpAccount;
  let pedr: HttpAccount;
  let citizens: HttpAccount[];
  let workspaceId: string;
  let framework: TestPeer;
  let lonely: string;
  let connected: string;
  let individual: string;

  const hour = 3_600_000;
  const at = (offset: number) => new Date(Date.now() + offset).toISOString();

  beforeAll(async () => {
    server = await startTestServer();
    cerys = await signUpOverHttp(server, 'Cerys Commissioner');
    carys = await signUpOverHttp(server, 'Carys Carer');
    pedr = await signUpOverHttp(server, 'Pedr Provider');
    citizens = [await signUpOverHttp(server, 'Dafydd'), await signUpOverHttp(server, 'Elin'), await signUpOverHttp(server, 'Ffion')];
    const created = await api(server, 'POST', '/api/workspaces', { name: 'Ceredigion zones', model: '3', zones: ['North', 'South'] }, cerys.cookie);
    workspaceId = created.body.workspace.id;
    await addMember(server, workspaceId, cerys, carys, 'carer');
    await addMember(server, workspaceId, cerys, pedr, 'provider');
    for (const citizen of citizens) await addMember(server, workspaceId, cerys, citizen, 'citizen');
    framework = await connectSyncedPeer(server.collabUrl, created.body.workspace.artefacts[0].room, { headers: cerys.headers });
    lonely = addOutcome(framework.doc, { statement: 'Fewer people are lonely', level: 'population', zones: ['North'] });
    connected = addOutcome(framework.doc, { statement: 'People feel part of their community', level: 'population' });
    individual = addOutcome(framework.doc, { statement: 'I choose when I get up', level: 'individual' });
    ensureBilingualStatement(framework.doc, connected);
    outcomeText(framework.doc, connected, 'statementCy').insert(0, 'Mae pobl yn teimlo’n rhan o’u cymuned');
    await waitFor(async () => {
      const row = await server.server.db.selectFrom('document_updates').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      return Number(row.n) >= 4 ? true : null;
    });
  });
  afterAll(async () => {
    framework.destroy();
    await server.close();
  });

  const openCall = async (extra: Record<string, unknown> = {}) => {
    const res = await api(server, 'POST', `/api/workspaces/${workspaceId}/calls`, { title: 'Loneliness in our towns', introduction: 'Tell us what would help.', closesAt: at(24 * hour), zones: ['North', 'South'], ...extra }, cerys.cookie);
    expect(res.status).toBe(201);
    return res.body.call as { id: string };
  };
  const contribute = (callId: string, who: HttpAccount, body: Record<string, unknown>) =>
    api(server, 'POST', `/api/calls/${callId}/contributions`, { kind: 'idea', outcomeId: lonely, body: 'A lunch club in the library', ...body }, who.cookie);

  it('asks only about population outcomes, and lets the contributing roles contribute while it is open', async () => {
    const call = await openCall();
    const read = await api(server, 'GET', `/api/calls/${call.id}`, undefined, pedr.cookie);
    expect(read.body.outcomes.map((o: { id: string }) => o.id).sort()).toEqual([lonely, connected].sort());
    expect(read.body.outcomes.map((o: { id: string }) => o.id)).not.toContain(individual);
    // Each with its Welsh beside it, empty where nobody has written it, for Welsh readers of the call and its summary.
    const welshOf = (outcomes: Array<{ id: string; statementCy: string }>) => Object.fromEntries(outcomes.map((o) => [o.id, o.statementCy]));
    expect(welshOf(read.body.outcomes)).toEqual({ [lonely]: '', [connected]: 'Mae pobl yn teimlo’n rhan o’u cymuned' });
    expect(welshOf((await api(server, 'GET', `/api/calls/${call.id}/summary`, undefined, pedr.cookie)).body.outcomes)).toEqual(welshOf(read.body.outcomes));

    expect((await contribute(call.id, carys, { zone: 'North' })).status).toBe(201);
    expect((await contribute(call.id, citizens[0]!, { kind: 'experience', body: 'I went weeks without talking to anyone' })).status).toBe(201);
    expect((await contribute(call.id, pedr, {})).status).toBe(403);
    expect((await contribute(call.id, cerys, {})).status).toBe(403);
    const wrongOutcome = await contribute(call.id, carys, { outcomeId: individual });
    expect(wrongOutcome.status).toBe(400);
    expect(wrongOutcome.body.field).toBe('outcomeId');
    const wrongZone = await contribute(call.id, carys, { zone: 'East' });
    expect(wrongZone.body.field).toBe('zone');
    const noBody = await contribute(call.id, carys, { body: '' });
    expect(noBody.status).toBe(400);
    expect(noBody.body.field).toBe('body');
  });

  it('refuses contributions before it opens and after it closes, and stays readable', async () => {
    const later = await openCall({ opensAt: at(hour), closesAt: at(2 * hour) });
    expect((await contribute(later.id, carys, {})).body.error).toBe('call_not_open');
    const call = await openCall();
    const posted = await contribute(call.id, carys, {});
    await server.server.db.updateTable('calls').set({ closes_at: at(-1000) }).where('id', '=', call.id).execute();
    expect((await contribute(call.id, carys, {})).body.error).toBe('call_closed');
    expect((await api(server, 'POST', `/api/contributions/${posted.body.contribution.id}/support`, undefined, citizens[0]!.cookie)).body.error).toBe('call_closed');
    const read = await api(server, 'GET', `/api/calls/${call.id}`, undefined, carys.cookie);
    expect(read.body.call.state).toBe('closed');
    expect(read.body.contributions).toHaveLength(1);
  });

  it('warns about personal details before posting, and posts once the author confirms', async () => {
    const call = await openCall();
    const warned = await contribute(call.id, citizens[1]!, { body: 'Ring me on 07700 900123 or write to elin@example.org, SA48 7ED' });
    expect(warned.status).toBe(422);
    expect(warned.body.findings.map((f: { kind: string }) => f.kind).sort()).toEqual(['email', 'phone', 'postcode']);
    expect((await api(server, 'GET', `/api/calls/${call.id}`, undefined, cerys.cookie)).body.contributions).toHaveLength(0);
    expect((await contribute(call.id, citizens[1]!, { body: 'Ring me on 07700 900123', personalDetailsChecked: true })).status).toBe(201);
  });

  it('counts one support per person, withdrawable', async () => {
    const call = await openCall();
    const id = (await contribute(call.id, carys, {})).body.contribution.id;
    const support = (who: HttpAccount) => api(server, 'POST', `/api/contributions/${id}/support`, undefined, who.cookie);
    await support(citizens[0]!);
    const twice = await support(citizens[0]!);
    expect(twice.body.contribution).toMatchObject({ supports: 1, supportedByMe: true });
    expect((await support(citizens[1]!)).body.contribution.supports).toBe(2);
    expect((await support(pedr)).status).toBe(403);
    const withdrawn = await api(server, 'DELETE', `/api/contributions/${id}/support`, undefined, citizens[0]!.cookie);
    expect(withdrawn.body.contribution).toMatchObject({ supports: 1, supportedByMe: false });
  });

  it('hides a contribution after three reports, visible then only to its author and commissioners, until a commissioner decides', async () => {
    const call = await openCall();
    const id = (await contribute(call.id, carys, { body: 'Something some find offensive' })).body.contribution.id;
    const seen = async (who: HttpAccount) => (await api(server, 'GET', `/api/calls/${call.id}`, undefined, who.cookie)).body.contributions.map((c: { id: string }) => c.id);
    for (const citizen of citizens.slice(0, 2)) await api(server, 'POST', `/api/contributions/${id}/report`, { reason: 'Offensive' }, citizen.cookie);
    // The same person reporting twice counts once.
    await api(server, 'POST', `/api/contributions/${id}/report`, { reason: 'Offensive' }, citizens[1]!.cookie);
    expect(await seen(pedr)).toContain(id);
    await api(server, 'POST', `/api/contributions/${id}/report`, { reason: 'Rude' }, citizens[2]!.cookie);
    expect(await seen(pedr)).not.toContain(id);
    expect(await seen(citizens[0]!)).not.toContain(id);
    expect(await seen(carys)).toContain(id);
    expect(await seen(cerys)).toContain(id);
    expect((await api(server, 'POST', `/api/contributions/${id}/support`, undefined, citizens[0]!.cookie)).status).toBe(404);

    const queue = await api(server, 'GET', `/api/calls/${call.id}/moderation`, undefined, cerys.cookie);
    expect(queue.body.queue[0].reports.map((r: { reason: string }) => r.reason).sort()).toEqual(['Offensive', 'Offensive', 'Rude']);
    expect((await api(server, 'GET', `/api/calls/${call.id}/moderation`, undefined, carys.cookie)).status).toBe(403);

    const restored = await api(server, 'POST', `/api/contributions/${id}/moderate`, { decision: 'restore', reason: 'Strongly put, but within the rules' }, cerys.cookie);
    expect(restored.body.contribution.hidden).toBeNull();
    expect(await seen(pedr)).toContain(id);
    await api(server, 'POST', `/api/contributions/${id}/moderate`, { decision: 'hide', reason: 'Names a member of staff' }, cerys.cookie);
    // Decided: it leaves the queue until someone reports it again.
    expect((await api(server, 'GET', `/api/calls/${call.id}/moderation`, undefined, cerys.cookie)).body.queue).toEqual([]);
    const mine = (await api(server, 'GET', `/api/calls/${call.id}`, undefined, carys.cookie)).body.contributions.find((c: { id: string }) => c.id === id);
    expect(mine.hidden).toEqual({ reason: 'Names a member of staff', byReports: false });
    const audit = await api(server, 'GET', `/api/workspaces/${workspaceId}/audit?limit=500`, undefined, cerys.cookie);
    expect(audit.body.events.filter((e: { kind: string }) => e.kind === 'moderation_decided').map((e: { details: { decision: string } }) => e.details.decision)).toEqual(['restore', 'hide']);
    const badDecision = await api(server, 'POST', `/api/contributions/${id}/moderate`, { decision: 'delete', reason: 'x' }, cerys.cookie);
    expect(badDecision.body.field).toBe('decision');
  });

  it('answers officially and promotes into the framework, linked both ways and crediting the contributor, live for the framework', async () => {
    const call = await openCall();
    const idea = (await contribute(call.id, citizens[2]!, { body: 'Befriending by phone for people who cannot get out', zone: 'South' })).body.contribution.id;
    const answered = await api(server, 'POST', `/api/contributions/${idea}/answer`, { answer: 'taken_forward', response: 'We will add this to the South zone outcomes.' }, cerys.cookie);
    expect(answered.body.contribution.answer).toMatchObject({ answer: 'taken_forward', by: { name: 'Cerys Commissioner' } });
    expect((await api(server, 'POST', `/api/contributions/${idea}/answer`, { answer: 'maybe', response: 'x' }, cerys.cookie)).body.field).toBe('answer');
    expect((await api(server, 'POST', `/api/contributions/${idea}/promote`, { as: 'outcome', statement: 'x' }, carys.cookie)).status).toBe(403);

    const promoted = await api(server, 'POST', `/api/contributions/${idea}/promote`, { as: 'outcome', statement: 'People who cannot get out have someone to talk to' }, cerys.cookie);
    expect(promoted.status).toBe(201);
    const outcomeId = promoted.body.contribution.promoted.outcomeId as string;
    // The commissioner's framework editor receives it live, with the link back.
    await waitFor(() => (readFramework(framework.doc).some((o) => o.id === outcomeId) ? true : null), { message: 'the promoted outcome in the framework' });
    const outcome = readFramework(framework.doc).find((o) => o.id === outcomeId)!;
    expect(outcome).toMatchObject({ statement: 'People who cannot get out have someone to talk to', level: 'population', zones: ['South'] });
    expect(contributionLinks(framework.doc, outcomeId)).toEqual([{ contributionId: idea, callId: call.id, contributor: 'Ffion' }]);
    expect((await api(server, 'POST', `/api/contributions/${idea}/promote`, { as: 'outcome', statement: 'again' }, cerys.cookie)).status).toBe(409);

    const evidence = (await contribute(call.id, citizens[0]!, { kind: 'evidence', body: 'The library counts visitors each week' })).body.contribution.id;
    const missing = await api(server, 'POST', `/api/contributions/${evidence}/promote`, { as: 'indicator', outcomeId: 'nope', measure: 'Weekly visitors' }, cerys.cookie);
    expect(missing.body.field).toBe('outcomeId');
    const asIndicator = await api(server, 'POST', `/api/contributions/${evidence}/promote`, { as: 'indicator', outcomeId: lonely, measure: 'Weekly library visitors' }, cerys.cookie);
    expect(asIndicator.body.contribution.promoted).toMatchObject({ as: 'indicator', outcomeId: lonely });
    await waitFor(() => (readFramework(framework.doc).find((o) => o.id === lonely)!.indicators.some((i) => i.measure === 'Weekly library visitors') ? true : null));

    const summary = await api(server, 'GET', `/api/calls/${call.id}/summary`, undefined, pedr.cookie);
    const south = summary.body.outcomes.find((o: { id: string }) => o.id === lonely).zones.find((z: { zone: string }) => z.zone === 'South');
    expect(south.contributions[0]).toMatchObject({ body: 'Befriending by phone for people who cannot get out', answer: { answer: 'taken_forward' }, promoted: true });
    expect(JSON.stringify(summary.body)).not.toContain('Ffion');
  });

  it('opens a public call to everyone to read, and to register as a citizen', async () => {
    const privateCall = await openCall();
    expect((await api(server, 'GET', `/api/calls/${privateCall.id}`)).status).toBe(404);
    const call = await openCall({ public: true });
    const anonymous = await api(server, 'GET', `/api/calls/${call.id}`);
    expect(anonymous.status).toBe(200);
    expect(anonymous.body.viewer).toBeNull();
    expect((await api(server, 'GET', `/api/calls/${call.id}/summary`)).status).toBe(200);
    expect((await api(server, 'POST', `/api/calls/${privateCall.id}/register`, { email: 'x@example.org', password: 'a long enough password', displayName: 'X' })).status).toBe(404);

    const bad = await api(server, 'POST', `/api/calls/${call.id}/register`, { email: 'not an email', password: 'a long enough password', displayName: 'Gwen' });
    expect(bad.status).toBe(400);
    expect(bad.body.field).toBe('email');
    const joined = await api(server, 'POST', `/api/calls/${call.id}/register`, { email: `gwen-${Date.now()}@example.org`, password: 'a long enough password', displayName: 'Gwen' });
    expect(joined.status).toBe(201);
    expect(joined.body.role).toBe('citizen');
    const cookie = joined.headers.getSetCookie().at(-1)!.split(';')[0]!;
    expect((await api(server, 'POST', `/api/calls/${call.id}/contributions`, { kind: 'idea', outcomeId: connected, body: 'A town noticeboard' }, cookie)).status).toBe(201);
  });
});
