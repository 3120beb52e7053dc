import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMENT_MAX_LENGTH } from '../../shared/schemas/comments.ts';
import { api, signUpOverHttp } from '../helpers/httpAccounts.ts';
import { anchor, commentPeople, openConsultation, startThread } from '../helpers/commentPeople.ts';
import { startTestServer, type TestServer } from '../helpers/testServer.ts';

/** Writing comments: bodies, mentions, one's own comments, resolve and reopen, consultations and their close date. */
describe('comments on a specification', () => {
  let server: TestServer;
  let world: Awaited<ReturnType<typeof commentPeople>>;

  beforeAll(async () => {
    server = await startTestServer();
    world = await commentPeople(server);
  });
  afterAll(() => server.close());

  it('starts a thread with its anchor stored as given, replies with mentions, and lists both', async () => {
    const p = world.people;
    const spec = await world.newSpecification();
    const created = await startThread(server, spec, p.gofalDa, '  How is “getting dressed” measured?  ', [p.commissioner.userId]);
    expect(created.status).toBe(201);
    const thread = created.body.thread;
    expect(thread).toMatchObject({
      anchor: anchor(),
      status: 'open',
      visibility: 'open',
      outcome: null,
      author: { id: p.gofalDa.userId, name: p.gofalDa.displayName, role: 'provider', organisation: { name: 'Gofal Da' } },
      comments: [{ body: 'How is “getting dressed” measured?', mentions: [{ id: p.commissioner.userId, name: p.commissioner.displayName }], editedAt: null }],
    });
    const reply = await api(server, 'POST', `/api/artefacts/${spec}/threads/${thread.id}/comments`, { body: 'By the person, at review.', mentions: [p.gofalDa.userId] }, p.commissioner.cookie);
    expect(reply.status).toBe(201);
    expect(reply.body.comment).toMatchObject({ body: 'By the person, at review.', author: { id: p.commissioner.userId } });
    const listed = await api(server, 'GET', `/api/artefacts/${spec}/threads`, undefined, p.serviceUser.cookie);
    expect(listed.body.threads[0].comments.map((c: { body: string }) => c.body)).toEqual(['How is “getting dressed” measured?', 'By the person, at review.']);
    expect(listed.body).toMatchObject({ consultation: null, canComment: true, clarifications: [] });
  });

  it('answers bad bodies with 400 naming the field, never 500', async () => {
    const p = world.people;
    const spec = await world.newSpecification();
    const post = (path: string, body: unknown) => api(server, 'POST', `/api/artefacts/${spec}${path}`, body, p.gofalDa.cookie);
    const cases: Array<[string, unknown, string | undefined]> = [
      ['/threads', { body: 'no anchor' }, 'anchor'],
      ['/threads', { anchor: { start: 1, quote: 'q' }, body: 'x' }, 'anchor.end'],
      ['/threads', { anchor: { start: 1, end: 2, quote: 'q'.repeat(9000) }, body: 'x' }, 'anchor.quote'],
      ['/threads', { anchor: anchor(), body: '   ' }, 'body'],
      ['/threads', { anchor: anchor(), body: 'x'.repeat(COMMENT_MAX_LENGTH + 1) }, 'body'],
      ['/threads', { anchor: anchor(), body: 'x', mentions: 'everyone' }, 'mentions'],
      ['/threads', { anchor: anchor(), body: 'x', mentions: ['no-such-user'] }, 'mentions.0'],
      ['/threads', [], undefined],
    ];
    for (const [path, body, field] of cases) {
      const res = await post(path, body);
      expect(res.status, JSON.stringify(body).slice(0, 80)).toBe(400);
      expect(res.body.field).toBe(field);
    }
    const notJson = await fetch(`${server.url}/api/artefacts/${spec}/threads`, { method: 'POST', headers: { Origin: server.url, Cookie: p.gofalDa.cookie, 'Content-Type': 'application/json' }, body: '{"anchor":' });
    expect(notJson.status).toBe(400);

    const asCommissioner = (path: string, body: unknown) => api(server, 'POST', `/api/artefacts/${spec}${path}`, body, p.commissioner.cookie);
    expect((await asCommissioner('/consultations', { closesAt: '2020-01-01T00:00:00Z', visibility: 'open' })).body.field).toBe('closesAt');
    expect((await asCommissioner('/consultations', { closesAt: 'next week', visibility: 'open' })).body.field).toBe('closesAt');
    expect((await asCommissioner('/consultations', { closesAt: new Date(Date.now() + 60_000).toISOString(), visibility: 'secret' })).body.field).toBe('visibility');
    const thread = (await startThread(server, spec, p.gofalDa)).body.thread;
    expect((await asCommissioner(`/threads/${thread.id}/outcome`, { outcome: 'maybe', reason: 'x' })).body.field).toBe('outcome');
    expect((await asCommissioner(`/threads/${thread.id}/outcome`, { outcome: 'changed' })).body.field).toBe('reason');
    expect((await asCommissioner('/clarifications', { body: 'x', threadId: 'nope' })).body.field).toBe('threadId');
  });

  it('refuses mentions of anyone who is not a member able to read the thread, with 400 naming the mention, on create, reply and edit', async () => {
    const p = world.people;
    const spec = await world.newSpecification();
    // A real account, a member of another workspace only.
    const outsider = await signUpOverHttp(server, 'Olwen Outsider');
    expect((await api(server, 'POST', '/api/workspaces', { name: 'Elsewhere', model: '1' }, outsider.cookie)).status).toBe(201);
    const thread = (await startThread(server, spec, p.gofalDa, 'First')).body.thread;
    const base = `/api/artefacts/${spec}/threads`;
    const attempts: Array<[string, string, Record<string, unknown>]> = [
      ['POST', base, { anchor: anchor(), body: 'Cc', mentions: [p.commissioner.userId, outsider.userId] }],
      ['POST', `${base}/${thread.id}/comments`, { body: 'Cc', mentions: [p.commissioner.userId, outsider.userId] }],
      ['PATCH', `${base}/${thread.id}/comments/${thread.comments[0].id}`, { body: 'Cc', mentions: [p.commissioner.userId, outsider.userId] }],
      // A member whose role may not read specifications (citizens, by default) cannot be mentioned either.
      ['POST', `${base}/${thread.id}/comments`, { body: 'Cc', mentions: [p.carer.userId, p.citizen.userId] }],
    ];
    for (const [method, path, body] of attempts) {
      const res = await api(server, method, path, body, p.gofalDa.cookie);
      expect(res.status, `${method} ${path}`).toBe(400);
      expect(res.body).toMatchObject({ error: 'invalid_request', field: 'mentions.1' });
    }
    // Nothing was written by the refused requests.
    const listed = await api(server, 'GET', base, undefined, p.gofalDa.cookie);
    expect(listed.body.threads).toHaveLength(1);
    expect(listed.body.threads[0].comments).toMatchObject([{ body: 'First', mentions: [] }]);
  });

  it('lets people edit and delete only their own comments; a deleted comment keeps its place without its text', async () => {
    const p = world.people;
    const spec = await world.newSpecification();
    const thread = (await startThread(server, spec, p.gofalDa, 'First draft')).body.thread;
    const comment = `/api/artefacts/${spec}/threads/${thread.id}/comments/${thread.comments[0].id}`;
    expect(await api(server, 'PATCH', comment, { body: 'Hijacked' }, p.gofalDaColleague.cookie)).toMatchObject({ status: 403, body: { error: 'not_your_comment' } });
    expect((await api(server, 'PATCH', comment, { body: 'Hijacked' }, p.commissioner.cookie)).status).toBe(403);
    expect((await api(server, 'DELETE', comment, undefined, p.cartref.cookie)).status).toBe(403);

    const edited = await api(server, 'PATCH', comment, { body: 'Second draft', mentions: [p.carer.userId] }, p.gofalDa.cookie);
    expect(edited.status).toBe(200);
    expect(edited.body.comment).toMatchObject({ body: 'Second draft', mentions: [{ id: p.carer.userId }] });
    expect(edited.body.comment.editedAt).not.toBeNull();

    expect((await api(server, 'DELETE', comment, undefined, p.gofalDa.cookie)).status).toBe(204);
    expect((await api(server, 'DELETE', comment, undefined, p.gofalDa.cookie)).status).toBe(204);
    expect(await api(server, 'PATCH', comment, { body: 'Back' }, p.gofalDa.cookie)).toMatchObject({ status: 409, body: { error: 'comment_deleted' } });
    const listed = await api(server, 'GET', `/api/artefacts/${spec}/threads`, undefined, p.commissioner.cookie);
    expect(listed.body.threads[0].comments).toMatchObject([{ id: thread.comments[0].id, body: null, mentions: [] }]);
    expect(listed.body.threads[0].comments[0].deletedAt).not.toBeNull();
    expect((await api(server, 'DELETE', `/api/artefacts/${spec}/threads/${thread.id}/comments/nope`, undefined, p.gofalDa.cookie)).status).toBe(404);
  });

  it('resolves and reopens: the thread’s author or a commissioner, nobody else', async () => {
    const p = world.people;
    const spec = await world.newSpecification();
    const thread = (await startThread(server, spec, p.gofalDa)).body.thread;
    const base = `/api/artefacts/${spec}/threads/${thread.id}`;
    expect((await api(server, 'POST', `${base}/resolve`, undefined, p.cartref.cookie)).status).toBe(403);
    expect((await api(server, 'POST', `${base}/resolve`, undefined, p.serviceUser.cookie)).status).toBe(403);
    const resolved = await api(server, 'POST', `${base}/resolve`, undefined, p.gofalDa.cookie);
    expect(resolved.body.thread).toMatchObject({ status: 'resolved', resolvedBy: { id: p.gofalDa.userId } });
    const reopened = await api(server, 'POST', `${base}/reopen`, undefined, p.commissioner.cookie);
    expect(reopened.body.thread).toMatchObject({ status: 'open', resolvedBy: null, resolvedAt: null });
    expect((await api(server, 'POST', `${base}/resolve`, undefined, p.commissioner.cookie)).body.thread.status).toBe('resolved');
    expect((await api(server, 'POST', `/api/artefacts/${spec}/threads/nope/resolve`, undefined, p.commissioner.cookie)).status).toBe(404);
  });

  it('makes comments read-only after the close date; commissioners still record outcomes, resolve and clarify', async () => {
    const p = world.people;
    const spec = await world.newSpecification();
    expect((await openConsultation(server, spec, p.commissioner, 'open', 1_500)).status).toBe(201);
    const thread = (await startThread(server, spec, p.gofalDa)).body.thread;
    const base = `/api/artefacts/${spec}/threads/${thread.id}`;
    await new Promise((resolve) => setTimeout(resolve, 1_600));

    const closed = { status: 409, body: { error: 'consultation_closed' } };
    expect(await startThread(server, spec, p.cartref)).toMatchObject(closed);
    expect(await api(server, 'POST', `${base}/comments`, { body: 'Late' }, p.gofalDa.cookie)).toMatchObject(closed);
    expect(await api(server, 'PATCH', `${base}/comments/${thread.comments[0].id}`, { body: 'Late' }, p.gofalDa.cookie)).toMatchObject(closed);
    expect(await api(server, 'DELETE', `${base}/comments/${thread.comments[0].id}`, undefined, p.gofalDa.cookie)).toMatchObject(closed);
    expect(await api(server, 'POST', `${base}/resolve`, undefined, p.gofalDa.cookie)).toMatchObject(closed);
    expect(await api(server, 'POST', `${base}/comments`, { body: 'Late' }, p.commissioner.cookie)).toMatchObject(closed);

    const outcome = await api(server, 'POST', `${base}/outcome`, { outcome: 'already_covered', reason: 'Section 4 covers it.' }, p.commissioner.cookie);
    expect(outcome.body.thread.outcome).toMatchObject({ outcome: 'already_covered', reason: 'Section 4 covers it.', recordedBy: { id: p.commissioner.userId } });
    expect((await api(server, 'POST', `${base}/outcome`, { outcome: 'changed', reason: 'x' }, p.gofalDa.cookie)).status).toBe(403);
    expect((await api(server, 'POST', `${base}/resolve`, undefined, p.commissioner.cookie)).status).toBe(200);
    expect((await api(server, 'POST', `/api/artefacts/${spec}/clarifications`, { body: 'Thanks all.' }, p.commissioner.cookie)).status).toBe(201);
    const listed = await api(server, 'GET', `/api/artefacts/${spec}/threads`, undefined, p.gofalDa.cookie);
    expect(listed.body).toMatchObject({ canComment: false, consultation: { state: 'closed', closedEarly: false } });

    // A new consultation opens comments again.
    expect((await openConsultation(server, spec, p.commissioner, 'open')).status).toBe(201);
    expect((await startThread(server, spec, p.cartref)).status).toBe(201);
  });

  it('lets only commissioners open and close consultations, one at a time; a scheduled one keeps comments waiting', async () => {
    const p = world.people;
    const spec = await world.newSpecification();
    expect((await openConsultation(server, spec, p.gofalDa, 'open')).status).toBe(403);
    expect((await api(server, 'POST', `/api/artefacts/${spec}/consultations/close`, undefined, p.commissioner.cookie)).body.error).toBe('no_open_consultation');
    const later = new Date(Date.now() + 3_600_000).toISOString();
    const scheduled = await api(server, 'POST', `/api/artefacts/${spec}/consultations`, { opensAt: later, closesAt: new Date(Date.now() + 7_200_000).toISOString(), visibility: 'confidential' }, p.commissioner.cookie);
    expect(scheduled.body.consultation).toMatchObject({ state: 'scheduled', visibility: 'confidential' });
    expect(await startThread(server, spec, p.gofalDa)).toMatchObject({ status: 409, body: { error: 'consultation_not_open' } });
    expect((await openConsultation(server, spec, p.commissioner, 'open')).body.error).toBe('consultation_running');
    expect((await api(server, 'POST', `/api/artefacts/${spec}/consultations/close`, undefined, p.gofalDa.cookie)).status).toBe(403);
    const closed = await api(server, 'POST', `/api/artefacts/${spec}/consultations/close`, undefined, p.commissioner.cookie);
    expect(closed.body.consultation).toMatchObject({ state: 'closed', closedEarly: true });
    expect((await startThread(server, spec, p.gofalDa)).body.error).toBe('consultation_closed');
  });

  it('gives the “you said, we did” summary with the quote, the first comment, outcome and reason', async () => {
    const p = world.people;
    const spec = await world.newSpecification('Individual-level specification');
    const answered = (await startThread(server, spec, p.carer, 'Carers need respite too')).body.thread;
    await startThread(server, spec, p.cartref, 'Not answered yet');
    await api(server, 'POST', `/api/artefacts/${spec}/threads/${answered.id}/outcome`, { outcome: 'not_changed', reason: 'Out of scope: carers’ assessments.' }, p.commissioner.cookie);
    const summary = await api(server, 'GET', `/api/artefacts/${spec}/you-said-we-did`, undefined, p.serviceUser.cookie);
    expect(summary.status).toBe(200);
    expect(summary.body).toMatchObject({
      artefact: { id: spec, title: 'Individual-level specification' },
      entries: [{ threadId: answered.id, quote: 'getting dressed', youSaid: 'Carers need respite too', weDid: { outcome: 'not_changed', reason: 'Out of scope: carers’ assessments.' } }],
    });
    expect(summary.body.entries).toHaveLength(1);
  });
});
