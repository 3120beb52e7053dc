import { expect } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { addOutcome } from '../../../shared/outcomes/outcomeDoc.ts';
import { addMember, api, signUpOverHttp, type HttpAccount } from '../../helpers/httpAccounts.ts';
import { connectSyncedPeer, type TestPeer } from '../../helpers/providers.ts';
import type { TestServer } from '../../helpers/testServer.ts';
import { waitFor } from '../../helpers/waitFor.ts';
import { expectHeading, newPerson, type Person } from './people.ts';

/**
 * The people and workspace of the call-management browser tests: a Model 3
 * workspace with two zones, its population outcomes written through the
 * framework's room (as a browser would), and one member per role involved.
 */
export interface CallWorld {
  workspaceId: string;
  cerys: HttpAccount;
  carys: HttpAccount;
  pedr: HttpAccount;
  citizens: HttpAccount[];
  lonely: string;
  connected: string;
  framework: TestPeer;
}

export async function callWorld(server: TestServer): Promise<CallWorld> {
  const cerys = await signUpOverHttp(server, 'Cerys Commissioner');
  const carys = await signUpOverHttp(server, 'Carys Carer');
  const pedr = await signUpOverHttp(server, 'Pedr Provider');
  const citizens = [await signUpOverHttp(server, 'Dafydd Dinesydd'), await signUpOverHttp(server, 'Elin'), await signUpOverHttp(server, 'Ffion')];
  const created = await api(server, 'POST', '/api/workspaces', { name: 'Ceredigion 2027', model: '3', zones: ['North', 'South'] }, cerys.cookie);
  const workspaceId = created.body.workspace.id as string;
  await addMember(server, workspaceId, cerys, carys, 'carer');
  await addMember(server, workspaceId, cerys, pedr, 'provider');
  for (const citizen of citizens) await addMember(server, workspaceId, cerys, citizen, 'citizen');
  const framework = await connectSyncedPeer(server.collabUrl, created.body.workspace.artefacts[0].room, { headers: cerys.headers });
  const lonely = addOutcome(framework.doc, { statement: 'Fewer people are lonely', level: 'population', zones: ['North'] });
  const connected = addOutcome(framework.doc, { statement: 'People feel part of their community', level: 'population' });
  addOutcome(framework.doc, { statement: 'I choose when I get up', level: 'individual' });
  // Stored before anyone reads the framework from the database (a call's outcomes are read from storage).
  await waitFor(async () => {
    const row = await server.server.db.selectFrom('document_updates').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    return Number(row.n) >= 3;
  });
  return { workspaceId, cerys, carys, pedr, citizens, lonely, connected, framework };
}

/** A browser for `account` (its API session cookie: signing in has its own tests), or signed out for null, at `path`. */
export async function personAt(
  server: TestServer,
  browser: Browser,
  contexts: BrowserContext[],
  account: HttpAccount | null,
  path: string,
  heading: string | RegExp,
  language?: 'cy',
): Promise<Person> {
  const person = await newPerson(browser, contexts, language ? { language } : {});
  if (account) {
    const [name, value] = account.cookie.split('=') as [string, string];
    await person.context.addCookies([{ name, value, url: server.url }]);
  }
  await person.page.goto(`${server.url}${path}`);
  await expectHeading(person.page, heading);
  return person;
}

const DAY = 86_400_000;

/** A call opened over the API, open now for a week. */
export async function openCallOverApi(server: TestServer, world: CallWorld, title: string, extra: Record<string, unknown> = {}): Promise<string> {
  const res = await api(
    server,
    'POST',
    `/api/workspaces/${world.workspaceId}/calls`,
    { title, introduction: 'Tell us what would help.', closesAt: new Date(Date.now() + 7 * DAY).toISOString(), zones: ['North', 'South'], ...extra },
    world.cerys.cookie,
  );
  expect(res.status).toBe(201);
  return res.body.call.id as string;
}

export async function contribute(server: TestServer, callId: string, who: HttpAccount, body: Record<string, unknown>): Promise<string> {
  const res = await api(server, 'POST', `/api/calls/${callId}/contributions`, { kind: 'idea', ...body }, who.cookie);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.contribution.id as string;
}

/** Three citizens report it: the threshold that hides it until a commissioner decides. */
export async function reportThrice(server: TestServer, world: CallWorld, contributionId: string, reasons: [string, string, string]): Promise<void> {
  for (const [index, citizen] of world.citizens.entries()) {
    const res = await api(server, 'POST', `/api/contributions/${contributionId}/report`, { reason: reasons[index] }, citizen.cookie);
    expect(res.status).toBe(201);
  }
}

/** A date `days` from today as an <input type="date"> value, in local time like the browser's. */
export function dayValue(days: number): string {
  const date = new Date(Date.now() + days * DAY);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
