import { addNode, addEdge } from '../../../shared/maps/mapDoc.ts';
import { addOutcome } from '../../../shared/outcomes/outcomeDoc.ts';
import { anchor } from '../../helpers/commentPeople.ts';
import { addMember, api, signUpOverHttp, type HttpAccount } from '../../helpers/httpAccounts.ts';
import { connectSyncedPeer } from '../../helpers/providers.ts';
import { p, text, writeSpecification } from '../../helpers/specificationContent.ts';
import type { TestServer } from '../../helpers/testServer.ts';
import { waitFor } from '../../helpers/waitFor.ts';

/**
 * A workspace with something on every page, made over the API and the live
 * rooms as other browser tests do. Every text it types is listed in
 * `userContent`: the coverage test accepts exactly those as not translated.
 */
export interface I18nWorld {
  cerys: HttpAccount;
  pedr: HttpAccount;
  elin: HttpAccount;
  /** A second citizen, who may report Elin's contribution. */
  dafydd: HttpAccount;
  /** Mair, a service user in the workshop by its code (no account). */
  mair: HttpAccount;
  workspaceId: string;
  frameworkId: string;
  specificationId: string;
  mapId: string;
  /** A specification and a map with nothing in them: their start choices. */
  emptySpecificationId: string;
  emptyMapId: string;
  /** A specification whose consultation has closed, with a thread waiting for “you said, we did”. */
  closedSpecificationId: string;
  /** A call whose close date has passed. */
  closedCallId: string;
  callId: string;
  invitationPath: string;
  userContent: string[];
}

const DAY = 86_400_000;

async function ok<T extends { status: number; body: unknown }>(promise: Promise<T>, status: number, what: string): Promise<T> {
  const res = await promise;
  if (res.status !== status) throw new Error(`${what}: ${res.status} ${JSON.stringify(res.body)}`);
  return res;
}

/** Waits until the server stored `count` updates in all: what a room wrote is then readable by others. */
async function storedUpdates(server: TestServer, count: number): Promise<void> {
  await waitFor(async () => {
    const row = await server.server.db.selectFrom('document_updates').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    return Number(row.n) >= count;
  }, { message: `${count} updates stored` });
}

export async function i18nWorld(server: TestServer): Promise<I18nWorld> {
  const cerys = await signUpOverHttp(server, 'Cerys Commissioner');
  const pedr = await signUpOverHttp(server, 'Pedr Provider');
  const elin = await signUpOverHttp(server, 'Elin Citizen');
  const dafydd = await signUpOverHttp(server, 'Dafydd Citizen');
  const created = await ok(api(server, 'POST', '/api/workspaces', { name: 'Ceredigion 2027', model: '3', zones: ['North', 'South'] }, cerys.cookie), 201, 'workspace');
  const workspaceId = created.body.workspace.id as string;
  await addMember(server, workspaceId, cerys, pedr, 'provider');
  await addMember(server, workspaceId, cerys, elin, 'citizen');
  await addMember(server, workspaceId, cerys, dafydd, 'citizen');

  const framework = await connectSyncedPeer(server.collabUrl, created.body.workspace.artefacts[0].room, { headers: cerys.headers });
  const lonely = addOutcome(framework.doc, { statement: 'Fewer people are lonely', level: 'population', zones: ['North'] });
  addOutcome(framework.doc, { statement: 'I choose when I get up', level: 'individual' });

  const spec = await ok(api(server, 'POST', `/api/workspaces/${workspaceId}/artefacts`, { kind: 'specification', title: 'Home care specification' }, cerys.cookie), 201, 'specification');
  const specificationId = spec.body.artefact.id as string;
  const specDoc = await connectSyncedPeer(server.collabUrl, spec.body.artefact.room, { headers: cerys.headers });
  writeSpecification(specDoc.doc.getXmlFragment('content'), [p(text('Help with getting dressed every morning.'))]);

  const map = await ok(api(server, 'POST', `/api/workspaces/${workspaceId}/artefacts`, { kind: 'map', title: 'Engagement map' }, cerys.cookie), 201, 'map');
  const mapId = map.body.artefact.id as string;
  const mapDoc = await connectSyncedPeer(server.collabUrl, map.body.artefact.room, { headers: cerys.headers });
  mapDoc.doc.transact(() => {
    const first = addNode(mapDoc.doc, { label: 'Listening event', stage: 'define', description: 'Tea and talk in the library', owner: 'Cerys' });
    const second = addNode(mapDoc.doc, { label: 'Draft outcomes', stage: 'design' });
    addEdge(mapDoc.doc, 'edge-1', first, second, 'feeds');
  });
  await storedUpdates(server, 4);
  for (const peer of [framework, specDoc, mapDoc]) peer.destroy();

  const emptySpec = await ok(api(server, 'POST', `/api/workspaces/${workspaceId}/artefacts`, { kind: 'specification', title: 'Blank specification' }, cerys.cookie), 201, 'empty specification');
  const emptyMap = await ok(api(server, 'POST', `/api/workspaces/${workspaceId}/artefacts`, { kind: 'map', title: 'Blank map' }, cerys.cookie), 201, 'empty map');

  const thread = await ok(api(server, 'POST', `/api/artefacts/${specificationId}/threads`, { anchor: anchor(), body: 'Please say how this is measured', mentions: [] }, pedr.cookie), 201, 'thread');
  await ok(api(server, 'POST', `/api/artefacts/${specificationId}/threads/${thread.body.thread.id}/comments`, { body: 'We will add a measure', mentions: [] }, cerys.cookie), 201, 'reply');
  await ok(api(server, 'POST', `/api/artefacts/${specificationId}/consultations`, { closesAt: new Date(Date.now() + 7 * DAY).toISOString(), visibility: 'open' }, cerys.cookie), 201, 'consultation');
  await ok(api(server, 'POST', `/api/artefacts/${specificationId}/versions`, { label: 'First draft' }, cerys.cookie), 201, 'version');
  // The framework's own version puts its title (stored in English) into the audit trail.
  await ok(api(server, 'POST', `/api/artefacts/${created.body.workspace.artefacts[0].id}/versions`, { label: 'Framework baseline' }, cerys.cookie), 201, 'framework version');

  const closedSpec = await ok(api(server, 'POST', `/api/workspaces/${workspaceId}/artefacts`, { kind: 'specification', title: 'Closed specification' }, cerys.cookie), 201, 'closed specification');
  const closedSpecificationId = closedSpec.body.artefact.id as string;
  await ok(api(server, 'POST', `/api/artefacts/${closedSpecificationId}/consultations`, { closesAt: new Date(Date.now() + DAY).toISOString(), visibility: 'confidential' }, cerys.cookie), 201, 'second consultation');
  await ok(api(server, 'POST', `/api/artefacts/${closedSpecificationId}/threads`, { anchor: anchor(), body: 'Who pays for travel time?', mentions: [] }, pedr.cookie), 201, 'thread before the close');
  await ok(api(server, 'POST', `/api/artefacts/${closedSpecificationId}/consultations/close`, {}, cerys.cookie), 200, 'closing the consultation');

  const closedCall = await ok(
    api(server, 'POST', `/api/workspaces/${workspaceId}/calls`, { title: 'Getting out and about', introduction: 'What stops you going out?', closesAt: new Date(Date.now() + DAY).toISOString(), zones: ['North'], public: false }, cerys.cookie),
    201,
    'call to close',
  );
  const closedCallId = closedCall.body.call.id as string;
  await ok(api(server, 'POST', `/api/calls/${closedCallId}/contributions`, { kind: 'experience', outcomeId: lonely, body: 'The bus stopped running', zone: 'North' }, elin.cookie), 201, 'contribution before the close');
  // The server works a call's state out from its dates: a close date in the past closes it.
  await server.server.db.updateTable('calls').set({ closes_at: new Date(Date.now() - 1000).toISOString() }).where('id', '=', closedCallId).execute();

  const call = await ok(
    api(server, 'POST', `/api/workspaces/${workspaceId}/calls`, { title: 'Feeling less alone', introduction: 'Tell us what would help.', closesAt: new Date(Date.now() + 7 * DAY).toISOString(), zones: ['North', 'South'], public: true }, cerys.cookie),
    201,
    'call',
  );
  const callId = call.body.call.id as string;
  const contribution = await ok(api(server, 'POST', `/api/calls/${callId}/contributions`, { kind: 'idea', outcomeId: lonely, body: 'A weekly lunch club', zone: 'North' }, elin.cookie), 201, 'contribution');
  await ok(api(server, 'POST', `/api/contributions/${contribution.body.contribution.id}/report`, { reason: 'Off topic' }, pedr.cookie), 201, 'report');
  const workshop = await ok(api(server, 'POST', `/api/workspaces/${workspaceId}/workshops`, { title: 'Spring workshop' }, cerys.cookie), 201, 'workshop');
  const code = workshop.body.workshop.code as string;
  const joined = await ok(api(server, 'POST', '/api/join', { code, displayName: 'Mair', role: 'service_user' }), 201, 'guest joining');
  const mairCookie = joined.headers.getSetCookie().at(-1)!.split(';')[0]!;
  const mair: HttpAccount = { userId: String(joined.body.user?.id ?? ''), displayName: 'Mair', cookie: mairCookie, headers: { Origin: server.url, Cookie: mairCookie } };
  const invitation = await ok(api(server, 'POST', `/api/workspaces/${workspaceId}/invitations`, { role: 'carer' }, cerys.cookie), 201, 'invitation');

  const userContent = [
    ...[cerys, pedr, elin, dafydd].map((a) => a.displayName),
    "Pedr Provider's agency",
    'Ceredigion 2027', 'North', 'South',
    'Fewer people are lonely', 'I choose when I get up',
    'Home care specification', 'Help with getting dressed every morning.', 'getting dressed',
    'Please say how this is measured', 'We will add a measure', 'First draft', 'Framework baseline',
    'Engagement map', 'Listening event', 'Tea and talk in the library', 'Cerys', 'Draft outcomes', 'feeds',
    'Feeling less alone', 'Tell us what would help.', 'A weekly lunch club', 'Off topic',
    'Blank specification', 'Blank map', 'Closed specification', 'Who pays for travel time?', 'Getting out and about', 'What stops you going out?', 'The bus stopped running', 'Sam', 'Mair',
    'Spring workshop', code, ...code, [...code].join(' '),
    // Avatars show initials.
    'CC', 'PP', 'EC', 'DC', 'M',
  ];
  return { cerys, pedr, elin, dafydd, mair, workspaceId, frameworkId: created.body.workspace.artefacts[0].id as string, emptySpecificationId: emptySpec.body.artefact.id as string, emptyMapId: emptyMap.body.artefact.id as string, closedSpecificationId, closedCallId, specificationId, mapId, callId, invitationPath: invitation.body.invitation.path as string, userContent };
}
