/** Every page of the client, by its address. */
export type Route =
  | { name: 'home' }
  | { name: 'signIn' }
  | { name: 'signUp' }
  | { name: 'join' }
  | { name: 'workspace'; id: string }
  | { name: 'outcomes'; workspaceId: string }
  | { name: 'specification'; workspaceId: string; artefactId: string }
  | { name: 'invitation'; code: string }
  | { name: 'notFound' };

function decode(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

export function matchRoute(pathname: string): Route {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  switch (path) {
    case '/':
      return { name: 'home' };
    case '/signin':
      return { name: 'signIn' };
    case '/signup':
      return { name: 'signUp' };
    case '/join':
      return { name: 'join' };
  }
  const [, first, second, ...rest] = path.split('/');
  if (rest.length === 0 && second) {
    const value = decode(second);
    if (value && first === 'workspaces') return { name: 'workspace', id: value };
    if (value && first === 'invitations') return { name: 'invitation', code: value };
  }
  if (rest.length === 1 && first === 'workspaces' && second && rest[0] === 'outcomes') {
    const value = decode(second);
    if (value) return { name: 'outcomes', workspaceId: value };
  }
  if (rest.length === 2 && first === 'workspaces' && second && rest[0] === 'specifications' && rest[1]) {
    const workspaceId = decode(second);
    const artefactId = decode(rest[1]);
    if (workspaceId && artefactId) return { name: 'specification', workspaceId, artefactId };
  }
  return { name: 'notFound' };
}

export const paths = {
  home: '/',
  signIn: '/signin',
  signUp: '/signup',
  join: '/join',
  workspace: (id: string) => `/workspaces/${encodeURIComponent(id)}`,
  outcomes: (workspaceId: string) => `/workspaces/${encodeURIComponent(workspaceId)}/outcomes`,
  specification: (workspaceId: string, artefactId: string) =>
    `/workspaces/${encodeURIComponent(workspaceId)}/specifications/${encodeURIComponent(artefactId)}`,
  invitation: (code: string) => `/invitations/${encodeURIComponent(code)}`,
};
