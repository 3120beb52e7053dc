import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_STREAMS_PER_USER } from '../../server/comments/commentEvents.ts';
import { api } from '../helpers/httpAccounts.ts';
import { commentPeople, openConsultation, startThread } from '../helpers/commentPeople.ts';
import { openEventStream, type SseEvent } from '../helpers/sseClient.ts';
import { startTestServer, type TestServer } from '../helpers/testServer.ts';
import { waitFor } from '../helpers/waitFor.ts';

/** Comments reach everyone viewing a specification live, and only those who may see them. */
describe('GET /api/artefacts/:id/comments/events', () => {
  let server: TestServer;
  let world: Awaited<ReturnType<typeof commentPeople>>;

  beforeAll(async () => {
    server = await startTestServer();
    world = await commentPeople(server);
  });
  afterAll(() => server.close());

  const eventsPath = (spec: string) => `/api/artefacts/${spec}/comments/events`;
  const isThread = (threadId: string, kind: string) => (e: SseEvent) => e.event === 'thread' && (e.data as { threadId: string; kind: string }).threadId === threadId && (e.data as { kind: string }).kind === kind;

  async function subscribed(spec: string, who: Parameters<typeof openEventStream>[2]) {
    const stream = await openEventStream(server, eventsPath(spec), who);
    expect(stream.status).toBe(200);
    expect(stream.contentType).toMatch(/text\/event-stream/);
    await stream.next((e) => e.event === 'ready');
    return stream;
  }

  it('sends a confidential thread’s events to the commissioner and the author’s organisation, never to another provider', async () => {
    const p = world.people;
    const spec = await world.newSpecification();
    await openConsultation(server, spec, p.commissioner, 'confidential');
    const commissioner = await subscribed(spec, p.commissioner);
    const colleague = await subscribed(spec, p.gofalDaColleague);
    const other = await subscribed(spec, p.cartref);
    const serviceUser = await subscribed(spec, p.serviceUser);
    try {
      const thread = (await startThread(server, spec, p.gofalDa)).body.thread;
      await commissioner.next(isThread(thread.id, 'created'));
      await colleague.next(isThread(thread.id, 'created'));
      await api(server, 'POST', `/api/artefacts/${spec}/threads/${thread.id}/comments`, { body: 'Noted' }, p.commissioner.cookie);
      await colleague.next(isThread(thread.id, 'replied'));

      // A clarification goes to everyone; once the other provider has it, every earlier event would have arrived too.
      await api(server, 'POST', `/api/artefacts/${spec}/clarifications`, { body: 'For all bidders.' }, p.commissioner.cookie);
      for (const stream of [commissioner, colleague, other, serviceUser]) await stream.next((e) => e.event === 'clarification');
      expect(other.events.filter((e) => e.event === 'thread')).toEqual([]);
      expect(serviceUser.events.filter((e) => e.event === 'thread')).toEqual([]);
      // Ids and kinds only: the text is fetched through the access-checked list.
      expect(JSON.stringify(colleague.events)).not.toContain('Noted');
    } finally {
      for (const stream of [commissioner, colleague, other, serviceUser]) stream.close();
    }
  });

  it('sends open threads, resolves and consultation changes to every viewer', async () => {
    const p = world.people;
    const spec = await world.newSpecification();
    const provider = await subscribed(spec, p.cartref);
    const carer = await subscribed(spec, p.carer);
    try {
      const thread = (await startThread(server, spec, p.gofalDa)).body.thread;
      await api(server, 'POST', `/api/artefacts/${spec}/threads/${thread.id}/resolve`, undefined, p.gofalDa.cookie);
      for (const stream of [provider, carer]) {
        await stream.next(isThread(thread.id, 'created'));
        await stream.next(isThread(thread.id, 'resolved'));
      }
      await openConsultation(server, spec, p.commissioner, 'open');
      await carer.next((e) => e.event === 'consultation' && (e.data as { kind: string }).kind === 'opened');
    } finally {
      provider.close();
      carer.close();
    }
  });

  it('refuses those who may not read, and ends the stream when the session ends', async () => {
    const p = world.people;
    const spec = await world.newSpecification();
    expect((await openEventStream(server, eventsPath(spec), p.citizen)).status).toBe(403);
    const outsider = { ...p.citizen, cookie: 'gweithdy_session=nope.nope' };
    expect((await openEventStream(server, eventsPath(spec), outsider)).status).toBe(401);
    expect((await openEventStream(server, eventsPath('nope'), p.commissioner)).status).toBe(404);

    // A second session of the carer's, signed out while streaming.
    const second = await signInAgain(p.carer.userId);
    const stream = await subscribed(spec, second);
    const before = server.server.commentEvents.subscriberCount;
    expect((await api(server, 'POST', '/api/auth/logout', undefined, second.cookie)).status).toBe(204);
    await stream.ended;
    await waitFor(() => server.server.commentEvents.subscriberCount === before - 1);
  });

  it('refuses more than MAX_STREAMS_PER_USER open streams for one user', async () => {
    const spec = await world.newSpecification();
    const streams = [];
    try {
      for (let i = 0; i < MAX_STREAMS_PER_USER; i++) streams.push(await subscribed(spec, world.people.gofalDaColleague));
      expect((await openEventStream(server, eventsPath(spec), world.people.gofalDaColleague)).status).toBe(429);
    } finally {
      for (const stream of streams) stream.close();
    }
    await waitFor(() => server.server.commentEvents.streamsOf(world.people.gofalDaColleague.userId) === 0);
  });

  it('ends a stream at once when its reader loses access or leaves the workspace', async () => {
    const p = world.people;
    const spec = await world.newSpecification();
    const serviceUser = await subscribed(spec, p.serviceUser);
    const carer = await subscribed(spec, p.carer);
    expect((await api(server, 'PATCH', `/api/artefacts/${spec}/access`, { access: { service_user: 'none' } }, p.commissioner.cookie)).status).toBe(200);
    await serviceUser.ended;
    expect((await api(server, 'PATCH', `/api/workspaces/${world.workspaceId}/members/${p.carer.userId}`, { role: 'citizen' }, p.commissioner.cookie)).status).toBe(200);
    await carer.ended;
    // The workspace is shared by this file's tests: the carer is a carer again.
    await api(server, 'PATCH', `/api/workspaces/${world.workspaceId}/members/${p.carer.userId}`, { role: 'carer' }, p.commissioner.cookie);
  });

  /** Another session for a user: the tests' accounts all share one password. */
  async function signInAgain(userId: string) {
    const user = await server.server.db.selectFrom('users').select('email').where('id', '=', userId).executeTakeFirstOrThrow();
    const res = await api(server, 'POST', '/api/auth/login', { email: user.email, password: 'a long enough password' });
    const cookie = res.headers.getSetCookie().at(-1)!.split(';')[0]!;
    return { userId, displayName: 'again', cookie, headers: { Origin: server.url, Cookie: cookie } };
  }
});
