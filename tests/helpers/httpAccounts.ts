import type { Role } from '../../shared/access.ts';
import type { TestServer } from './testServer.ts';

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
export async function api(server: TestServer, method: string, path: string, body?: unknown, cookie?: string) {
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

export async function signUpOverHttp(server: TestServer, displayName: string): Promise<HttpAccount> {
  const email = `person${++counter}-${Date.now()}@example.org`;
  const res = await api(server, 'POST', '/api/auth/signup', { email, password: 'a long enough password', displayName });
  if (res.status !== 201) throw new Error(`sign-up failed: ${res.status} ${JSON.stringify(res.body)}`);
  const cookie = res.headers.getSetCookie().at(-1)!.split(';')[0]!;
  return { userId: res.body.user.id, displayName, cookie, headers: { Origin: server.url, Cookie: cookie } };
}

/** The commissioner invites `member` with `role` and the member accepts, both over the real API. */
export async function addMember(server: TestServer, workspaceId: string, commissioner: HttpAccount, member: HttpAccount, role: Role): Promise<void> {
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
