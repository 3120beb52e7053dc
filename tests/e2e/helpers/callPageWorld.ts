import type { BrowserContext } from 'playwright-core';
import { ensureBilingualStatement } from '../../../shared/outcomes/bilingualStatement.ts';
import { addOutcome, outcomeText } from '../../../shared/outcomes/outcomeDoc.ts';
import { addMember, api, signUpOverHttp, type HttpAccount } from '../../helpers/httpAccounts.ts';
import { connectSyncedPeer } from '../../helpers/providers.ts';
import type { TestServer } from '../../helpers/testServer.ts';
import { waitFor } from '../../helpers/waitFor.ts';

/** A workspace with population outcomes and people in each role, made over the API: what the call page's test starts from. */
export interface CallPageWorld {
  workspaceId: string;
  commissioner: HttpAccount;
  citizen: HttpAccount;
  neighbour: HttpAccount;
  provider: HttpAccount;
  outcomes: { lonely: string; connected: string };
}

const HOUR = 3_600_000;

/** The Welsh statement of the `connected` outcome. */
export const WELSH_CONNECTED = 'Mae pobl yn teimlo’n rhan o’u cymuned';

export async function callPageWorld(server: TestServer): Promise<CallPageWorld> {
  const commissioner = await signUpOverHttp(server, 'Cerys Commissioner');
  const citizen = await signUpOverHttp(server, 'Elin');
  const neighbour = await signUpOverHttp(server, 'Dafydd');
  const provider = await signUpOverHttp(server, 'Pedr Provider');
  const created = await api(server, 'POST', '/api/workspaces', { name: 'Ceredigion zones', model: '3', zones: ['North', 'South'] }, commissioner.cookie);
  const workspaceId = created.body.workspace.id as string;
  await addMember(server, workspaceId, commissioner, citizen, 'citizen');
  await addMember(server, workspaceId, commissioner, neighbour, 'citizen');
  await addMember(server, workspaceId, commissioner, provider, 'provider');
  // Population outcomes are written into the framework as a commissioner's editor would: through its live room.
  const framework = await connectSyncedPeer(server.collabUrl, created.body.workspace.artefacts[0].room, { headers: commissioner.headers });
  const lonely = addOutcome(framework.doc, { statement: 'Fewer people are lonely', level: 'population', zones: ['North'] });
  const connected = addOutcome(framework.doc, { statement: 'People feel part of their community', level: 'population' });
  // One of them in Welsh too: Welsh readers of the call see it in Welsh, and the other in English.
  ensureBilingualStatement(framework.doc, connected);
  outcomeText(framework.doc, connected, 'statementCy').insert(0, WELSH_CONNECTED);
  await waitFor(
    async () => {
      const row = await server.server.db.selectFrom('document_updates').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      return Number(row.n) >= 3;
    },
    { message: 'the outcomes stored' },
  );
  framework.destroy();
  return { workspaceId, commissioner, citizen, neighbour, provider, outcomes: { lonely, connected } };
}

/** A public call, open now for a day, on every population outcome, with one contribution by the neighbour already in. */
export async function openPublicCall(server: TestServer, world: CallPageWorld, title: string): Promise<{ id: string }> {
  const call = await api(
    server,
    'POST',
    `/api/workspaces/${world.workspaceId}/calls`,
    { title, introduction: 'Tell us what would help people in your area feel less alone.', closesAt: new Date(Date.now() + 24 * HOUR).toISOString(), zones: ['North', 'South'], public: true },
    world.commissioner.cookie,
  );
  if (call.status !== 201) throw new Error(`opening the call failed: ${JSON.stringify(call.body)}`);
  const id = call.body.call.id as string;
  const posted = await api(server, 'POST', `/api/calls/${id}/contributions`, { kind: 'experience', outcomeId: world.outcomes.connected, body: 'I went weeks without talking to anyone', zone: 'South' }, world.neighbour.cookie);
  if (posted.status !== 201) throw new Error(`contributing failed: ${JSON.stringify(posted.body)}`);
  return { id };
}

/** Closes a call by moving its close date into the past (the server works the state out from the dates). */
export async function closeCall(server: TestServer, callId: string): Promise<void> {
  await server.server.db.updateTable('calls').set({ closes_at: new Date(Date.now() - 1000).toISOString() }).where('id', '=', callId).execute();
}

/** Gives a browser the account's session (signing in through the form is tested on its own). */
export async function withSession(context: BrowserContext, server: TestServer, account: HttpAccount): Promise<void> {
  const [name, ...value] = account.cookie.split('=');
  await context.addCookies([{ name: name!, value: value.join('='), url: server.url }]);
}
