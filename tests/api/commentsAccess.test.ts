import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, signUpOverHttp } from '../helpers/httpAccounts.ts';
import { commentPeople, openConsultation, startThread, threadIdsSeenBy, type Person } from '../helpers/commentPeople.ts';
import { startTestServer, type TestServer } from '../helpers/testServer.ts';

/** Every access path to comment threads: role x consultation visibility x organisation. */
describe('who sees which comment threads', () => {
  let server: TestServer;
  let world: Awaited<ReturnType<typeof commentPeople>>;

  beforeAll(async () => {
    server = await startTestServer();
    world = await commentPeople(server);
  });
  afterAll(() => server.close());

  const newThread = async (specId: string, who: Person) => {
    const res = await startThread(server, specId, who, `From ${who.displayName}`);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body.thread.id as string;
  };

  async function everyoneSees(specId: string) {
    const p = world.people;
    return {
      commissioner: await threadIdsSeenBy(server, specId, p.commissioner),
      gofalDa: await threadIdsSeenBy(server, specId, p.gofalDa),
      gofalDaColleague: await threadIdsSeenBy(server, specId, p.gofalDaColleague),
      cartref: await threadIdsSeenBy(server, specId, p.cartref),
      serviceUser: await threadIdsSeenBy(server, specId, p.serviceUser),
      carer: await threadIdsSeenBy(server, specId, p.carer),
      citizen: await threadIdsSeenBy(server, specId, p.citizen),
    };
  }

  for (const setting of ['no consultation', 'open consultation'] as const) {
    it(`shows every thread to everyone who may view the specification (${setting}); citizens have no access by default`, async () => {
      const p = world.people;
      const spec = await world.newSpecification();
      if (setting === 'open consultation') expect((await openConsultation(server, spec, p.commissioner, 'open')).status).toBe(201);
      const all = [await newThread(spec, p.gofalDa), await newThread(spec, p.cartref), await newThread(spec, p.serviceUser), await newThread(spec, p.carer), await newThread(spec, p.commissioner)];
      expect(await everyoneSees(spec)).toEqual({
        commissioner: all,
        gofalDa: all,
        gofalDaColleague: all,
        cartref: all,
        serviceUser: all,
        carer: all,
        citizen: 403,
      });
      const listed = await api(server, 'GET', `/api/artefacts/${spec}/threads`, undefined, p.cartref.cookie);
      expect(listed.body.threads.every((t: { visibility: string }) => t.visibility === 'open')).toBe(true);
      expect(listed.body.canComment).toBe(true);
    });
  }

  it('in a confidential consultation, shows each provider organisation only its own threads; commissioners see all', async () => {
    const p = world.people;
    const spec = await world.newSpecification();
    const before = await newThread(spec, p.cartref); // written in the open, before the consultation: stays open
    expect((await openConsultation(server, spec, p.commissioner, 'confidential')).status).toBe(201);
    const gofalDa = await newThread(spec, p.gofalDa);
    const colleague = await newThread(spec, p.gofalDaColleague);
    const cartref = await newThread(spec, p.cartref);
    const serviceUser = await newThread(spec, p.serviceUser);
    const carer = await newThread(spec, p.carer);
    const commissioner = await newThread(spec, p.commissioner);

    expect(await everyoneSees(spec)).toEqual({
      commissioner: [before, gofalDa, colleague, cartref, serviceUser, carer, commissioner],
      gofalDa: [before, gofalDa, colleague],
      gofalDaColleague: [before, gofalDa, colleague],
      cartref: [before, cartref],
      serviceUser: [before, serviceUser],
      carer: [before, carer],
      citizen: 403,
    });
  });

  it('keeps a confidential thread confidential after the consultation closes, and lets everyone still read', async () => {
    const p = world.people;
    const spec = await world.newSpecification();
    await openConsultation(server, spec, p.commissioner, 'confidential');
    const secret = await newThread(spec, p.gofalDa);
    expect((await api(server, 'POST', `/api/artefacts/${spec}/consultations/close`, undefined, p.commissioner.cookie)).status).toBe(200);
    expect(await threadIdsSeenBy(server, spec, p.cartref)).toEqual([]);
    expect(await threadIdsSeenBy(server, spec, p.gofalDaColleague)).toEqual([secret]);
    const listed = await api(server, 'GET', `/api/artefacts/${spec}/threads`, undefined, p.cartref.cookie);
    expect(listed.status).toBe(200);
    expect(listed.body).toMatchObject({ canComment: false, consultation: { state: 'closed', visibility: 'confidential', closedEarly: true } });
  });

  it('hides another organisation’s confidential thread from every route: replies, resolve, comments, mentions all 404 or 400', async () => {
    const p = world.people;
    const spec = await world.newSpecification();
    await openConsultation(server, spec, p.commissioner, 'confidential');
    const created = await startThread(server, spec, p.gofalDa);
    const thread = created.body.thread;
    const base = `/api/artefacts/${spec}/threads/${thread.id}`;
    expect((await api(server, 'POST', `${base}/comments`, { body: 'What is this?' }, p.cartref.cookie)).status).toBe(404);
    expect((await api(server, 'POST', `${base}/resolve`, undefined, p.cartref.cookie)).status).toBe(404);
    expect((await api(server, 'DELETE', `${base}/comments/${thread.comments[0].id}`, undefined, p.cartref.cookie)).status).toBe(404);
    // Mentioning a member who may not see the thread would tell them it exists.
    const mention = await api(server, 'POST', `${base}/comments`, { body: 'Cc', mentions: [p.gofalDaColleague.userId, p.cartref.userId] }, p.gofalDa.cookie);
    expect(mention).toMatchObject({ status: 400, body: { field: 'mentions.1' } });
    const colleague = await api(server, 'POST', `${base}/comments`, { body: 'Agreed', mentions: [p.gofalDa.userId] }, p.gofalDaColleague.cookie);
    expect(colleague.status).toBe(201);
  });

  it('follows per-artefact overrides: citizens given view read, given comment write; service users given none are refused', async () => {
    const p = world.people;
    const spec = await world.newSpecification();
    const thread = await newThread(spec, p.gofalDa);
    const access = (level: Record<string, string>) => api(server, 'PATCH', `/api/artefacts/${spec}/access`, { access: level }, p.commissioner.cookie);

    expect((await access({ citizen: 'view', service_user: 'none' })).status).toBe(200);
    expect(await threadIdsSeenBy(server, spec, p.citizen)).toEqual([thread]);
    expect((await startThread(server, spec, p.citizen)).status).toBe(403);
    expect(await threadIdsSeenBy(server, spec, p.serviceUser)).toBe(403);
    expect((await startThread(server, spec, p.serviceUser)).status).toBe(403);

    expect((await access({ citizen: 'comment' })).status).toBe(200);
    expect((await startThread(server, spec, p.citizen)).status).toBe(201);

    expect((await access({ provider: 'view' })).status).toBe(200);
    expect((await startThread(server, spec, p.cartref)).status).toBe(403);
    expect(await threadIdsSeenBy(server, spec, p.cartref)).toHaveLength(2);
  });

  it('answers 401 signed out, 404 to strangers and for artefacts that are not specifications', async () => {
    const p = world.people;
    const spec = await world.newSpecification();
    expect((await api(server, 'GET', `/api/artefacts/${spec}/threads`)).status).toBe(401);
    const stranger = await signUpOverHttp(server, 'Stranger');
    expect((await api(server, 'GET', `/api/artefacts/${spec}/threads`, undefined, stranger.cookie)).status).toBe(404);
    expect((await startThread(server, spec, stranger)).status).toBe(404);
    const workspace = await api(server, 'GET', `/api/workspaces/${world.workspaceId}`, undefined, p.commissioner.cookie);
    const outcomes = workspace.body.workspace.artefacts.find((a: { kind: string }) => a.kind === 'outcomes').id;
    expect((await api(server, 'GET', `/api/artefacts/${outcomes}/threads`, undefined, p.commissioner.cookie)).status).toBe(404);
    expect((await api(server, 'GET', `/api/artefacts/nope/threads`, undefined, p.commissioner.cookie)).status).toBe(404);
  });

  it('publishes clarifications to every provider, naming the thread only to those who may see it', async () => {
    const p = world.people;
    const spec = await world.newSpecification();
    await openConsultation(server, spec, p.commissioner, 'confidential');
    const asked = await newThread(spec, p.gofalDa);
    const published = await api(server, 'POST', `/api/artefacts/${spec}/clarifications`, { body: 'Visits may be flexible within the week.', threadId: asked }, p.commissioner.cookie);
    expect(published.status).toBe(201);
    expect((await api(server, 'POST', `/api/artefacts/${spec}/clarifications`, { body: 'x' }, p.gofalDa.cookie)).status).toBe(403);
    const seenBy = async (who: Person) => (await api(server, 'GET', `/api/artefacts/${spec}/threads`, undefined, who.cookie)).body.clarifications;
    expect(await seenBy(p.gofalDa)).toMatchObject([{ body: 'Visits may be flexible within the week.', threadId: asked }]);
    expect(await seenBy(p.cartref)).toMatchObject([{ body: 'Visits may be flexible within the week.', threadId: null }]);
    expect(await seenBy(p.serviceUser)).toHaveLength(1);
  });

  it('limits the “you said, we did” summary to the threads the caller may see, without naming authors', async () => {
    const p = world.people;
    const spec = await world.newSpecification();
    await openConsultation(server, spec, p.commissioner, 'confidential');
    const gofalDa = await newThread(spec, p.gofalDa);
    const cartref = await newThread(spec, p.cartref);
    for (const id of [gofalDa, cartref]) {
      const recorded = await api(server, 'POST', `/api/artefacts/${spec}/threads/${id}/outcome`, { outcome: 'changed', reason: 'We added a measure.' }, p.commissioner.cookie);
      expect(recorded.status).toBe(200);
    }
    const summary = async (who: Person) => (await api(server, 'GET', `/api/artefacts/${spec}/you-said-we-did`, undefined, who.cookie)).body;
    expect((await summary(p.commissioner)).entries.map((e: { threadId: string }) => e.threadId)).toEqual([gofalDa, cartref]);
    const cartrefs = await summary(p.cartref);
    expect(cartrefs.entries).toEqual([
      { threadId: cartref, quote: 'getting dressed', youSaid: `From ${p.cartref.displayName}`, weDid: expect.objectContaining({ outcome: 'changed', reason: 'We added a measure.' }) },
    ]);
    expect((await api(server, 'GET', `/api/artefacts/${spec}/you-said-we-did`, undefined, p.citizen.cookie)).status).toBe(403);
  });
});
