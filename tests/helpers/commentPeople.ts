import type { Role } from '../../shared/access.ts';
import { api, signUpOverHttp, type HttpAccount, type ServerAddress } from './httpAccounts.ts';

export interface Person extends HttpAccount {
  role: Role;
}

/**
 * One workspace with someone in every role, and two provider organisations
 * (Gofal Da with two members, Cartref with one): what the comment tests need
 * to check each access path. Specifications are made per test with `newSpecification`.
 */
export async function commentPeople(server: ServerAddress) {
  const commissioner = { ...(await signUpOverHttp(server, 'Cerys Commissioner')), role: 'commissioner' as const };
  const created = await api(server, 'POST', '/api/workspaces', { name: 'North 2027', model: '1' }, commissioner.cookie);
  if (created.status !== 201) throw new Error(`workspace failed: ${JSON.stringify(created.body)}`);
  const workspaceId = created.body.workspace.id as string;

  async function join(name: string, role: Role, organisationName?: string): Promise<Person> {
    const person = await signUpOverHttp(server, name);
    const invitation = await api(server, 'POST', `/api/workspaces/${workspaceId}/invitations`, { role, ...(organisationName ? { organisationName } : {}) }, commissioner.cookie);
    if (invitation.status !== 201) throw new Error(`invitation failed: ${JSON.stringify(invitation.body)}`);
    const accepted = await api(server, 'POST', `/api/invitations/${invitation.body.invitation.code}/accept`, {}, person.cookie);
    if (accepted.status !== 200) throw new Error(`accepting failed: ${JSON.stringify(accepted.body)}`);
    return { ...person, role };
  }

  const people = {
    commissioner,
    gofalDa: await join('Gwen of Gofal Da', 'provider', 'Gofal Da'),
    gofalDaColleague: await join('Huw of Gofal Da', 'provider', 'Gofal Da'),
    cartref: await join('Iolo of Cartref', 'provider', 'Cartref'),
    serviceUser: await join('Sian Service User', 'service_user'),
    carer: await join('Carys Carer', 'carer'),
    citizen: await join('Dai Citizen', 'citizen'),
  };

  async function newSpecification(title = 'Service specification'): Promise<string> {
    const res = await api(server, 'POST', `/api/workspaces/${workspaceId}/artefacts`, { kind: 'specification', title }, commissioner.cookie);
    if (res.status !== 201) throw new Error(`specification failed: ${JSON.stringify(res.body)}`);
    return res.body.artefact.id as string;
  }

  return { workspaceId, people, newSpecification };
}

export const anchor = (quote = 'getting dressed') => ({ start: { type: { client: 1, clock: 4 }, assoc: 0 }, end: { type: { client: 1, clock: 19 }, assoc: -1 }, quote });

/** Starts a thread as `who`; returns the response. */
export const startThread = (server: ServerAddress, specId: string, who: HttpAccount, body = 'Please say how this is measured', mentions: string[] = []) =>
  api(server, 'POST', `/api/artefacts/${specId}/threads`, { anchor: anchor(), body, mentions }, who.cookie);

export const openConsultation = (server: ServerAddress, specId: string, who: HttpAccount, visibility: 'open' | 'confidential', closesInMs = 3_600_000) =>
  api(server, 'POST', `/api/artefacts/${specId}/consultations`, { closesAt: new Date(Date.now() + closesInMs).toISOString(), visibility }, who.cookie);

/** The ids of the threads `who` is shown, in order. */
export async function threadIdsSeenBy(server: ServerAddress, specId: string, who: HttpAccount): Promise<string[] | number> {
  const res = await api(server, 'GET', `/api/artefacts/${specId}/threads`, undefined, who.cookie);
  return res.status === 200 ? (res.body.threads as Array<{ id: string }>).map((t) => t.id) : res.status;
}
