import type { Role } from '../../shared/access.ts';

let counter = 0;

export interface HttpAccount {
  userId: string;
  displayName: string;
  /** `gweithdy_session=…`, for Cookie headers on fetch and on WebSocket upgrades. */
  cookie: string;
  /** Headers a page of ours would send: our Origin and the session cookie. */
  headers: Record<string, string>;
}

/** Calls the real server's API like a page of ours would (same Origin, session cookie). */
/** Anything with the server's base URL: an in-process test server or a child process. */
export interface ServerAddress {
  url: string;
}

export async function api(server: ServerAddress, method: string, path: string, body?: unknown, cookie?: string) {
  const res = await fetch(`${server.url}${path}`, {
    method,
    headers: {
      Origin: server.url,
      ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
      ...(cookie ? { Cookie: cookie } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null, headers: res.headers };
}

export async function signUpOverHttp(server: ServerAddress, displayName: string): Promise<HttpAccount> {
  const email = `person${++counter}-${Date.now()}@example.org`;
  const res = await api(server, 'POST', '/api/auth/signup', { email, password: 'a long enough password', displayName });
  if (res.status !== 201) throw new Error(`sign-up failed: ${res.status} ${JSON.stringify(res.body)}`);
  const cookie = res.headers.getSetCookie().at(-1)!.split(';')[0]!;
  return { userId: res.body.user.id, displayName, cookie, headers: { Origin: server.url, Cookie: cookie } };
}

/** The commissioner invites `member` with `role` and the member accepts, both over the real API. */
export async function addMember(server: ServerAddress, workspaceId: string, commissioner: HttpAccount, member: HttpAccount, role: Role): Promise<void> {
  const invitation = await api(
    server,
    'POST',
    `/api/workspaces/${workspaceId}/invitations`,
    { role, ...(role === 'provider' ? { organisationName: `${member.displayName}'s agency` } : {}) },
    commissioner.cookie,
  );
  if (invitation.status !== 201) throw new Error(`invitation failed: ${JSON.stringify(invitation.body)}`);
  const accepted = await api(server, 'POST', `/api/invitations/${invitation.body.invitation.code}/accept`, {}, member.cookie);
  if (accepted.status !== 200) throw new Error(`accepting failed: ${JSON.stringify(accepted.body)}`);
}

/**
 * A commissioner's own workspace and the room of one of its artefacts, over
 * the real API: what a sync test needs to connect like a signed-in browser.
 */
export async function editableRoom(server: ServerAddress, kind: 'outcomes' | 'map' | 'specification' = 'map') {
  const owner = await signUpOverHttp(server, 'Sync tester');
  const created = await api(server, 'POST', '/api/workspaces', { name: 'Sync test programme', model: '1' }, owner.cookie);
  if (created.status !== 201) throw new Error(`workspace failed: ${JSON.stringify(created.body)}`);
  const workspace = created.body.workspace;
  if (kind === 'outcomes') return { owner, workspaceId: workspace.id as string, room: workspace.artefacts[0].room as string };
  const artefact = await api(server, 'POST', `/api/workspaces/${workspace.id}/artefacts`, { kind, title: 'Test' }, owner.cookie);
  return { owner, workspaceId: workspace.id as string, room: artefact.body.artefact.room as string };
}
