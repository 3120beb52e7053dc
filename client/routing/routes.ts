/** Every page of the client, by its address. */
export type Route =
  | { name: 'home' }
  | { name: 'signIn' }
  | { name: 'signUp' }
  | { name: 'join' }
  | { name: 'settings' }
  | { name: 'accessibility' }
  | { name: 'outcomesEasyRead'; workspaceId: string }
  | { name: 'callEasyRead'; callId: string }
  | { name: 'workspace'; id: string }
  | { name: 'outcomes'; workspaceId: string }
  | { name: 'specification'; workspaceId: string; artefactId: string }
  | { name: 'youSaidWeDid'; workspaceId: string; artefactId: string }
  | { name: 'map'; workspaceId: string; artefactId: string }
  | { name: 'history'; workspaceId: string; artefactId: string }
  | { name: 'audit'; workspaceId: string }
  | { name: 'call'; callId: string }
  | { name: 'callSummary'; callId: string }
  | { name: 'callModeration'; callId: string }
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
    case '/settings':
      return { name: 'settings' };
    case '/accessibility':
      return { name: 'accessibility' };
  }
  const [, first, second, ...rest] = path.split('/');
  if (first === 'calls' && second && rest.length <= 1) {
    const callId = decode(second);
    if (callId && rest.length === 0) return { name: 'call', callId };
    if (callId && rest[0] === 'summary') return { name: 'callSummary', callId };
    if (callId && rest[0] === 'moderation') return { name: 'callModeration', callId };
    if (callId && rest[0] === 'easy-read') return { name: 'callEasyRead', callId };
  }
  if (rest.length === 0 && second) {
    const value = decode(second);
    if (value && first === 'workspaces') return { name: 'workspace', id: value };
    if (value && first === 'invitations') return { name: 'invitation', code: value };
  }
  if (rest.length === 1 && first === 'workspaces' && second && rest[0] === 'outcomes') {
    const value = decode(second);
    if (value) return { name: 'outcomes', workspaceId: value };
  }
  if (rest.length === 2 && first === 'workspaces' && second && rest[0] === 'outcomes' && rest[1] === 'easy-read') {
    const value = decode(second);
    if (value) return { name: 'outcomesEasyRead', workspaceId: value };
  }
  if (rest.length === 1 && first === 'workspaces' && second && rest[0] === 'audit') {
    const value = decode(second);
    if (value) return { name: 'audit', workspaceId: value };
  }
  if (first === 'workspaces' && second && rest[1]) {
    const workspaceId = decode(second);
    const artefactId = decode(rest[1]);
    if (workspaceId && artefactId) {
      if (rest.length === 2 && rest[0] === 'specifications') return { name: 'specification', workspaceId, artefactId };
      if (rest.length === 3 && rest[0] === 'specifications' && rest[2] === 'you-said-we-did') return { name: 'youSaidWeDid', workspaceId, artefactId };
      if (rest.length === 2 && rest[0] === 'maps') return { name: 'map', workspaceId, artefactId };
      if (rest.length === 2 && rest[0] === 'history') return { name: 'history', workspaceId, artefactId };
    }
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
  youSaidWeDid: (workspaceId: string, artefactId: string) =>
    `/workspaces/${encodeURIComponent(workspaceId)}/specifications/${encodeURIComponent(artefactId)}/you-said-we-did`,
  map: (workspaceId: string, artefactId: string) =>
    `/workspaces/${encodeURIComponent(workspaceId)}/maps/${encodeURIComponent(artefactId)}`,
  history: (workspaceId: string, artefactId: string) =>
    `/workspaces/${encodeURIComponent(workspaceId)}/history/${encodeURIComponent(artefactId)}`,
  audit: (workspaceId: string) => `/workspaces/${encodeURIComponent(workspaceId)}/audit`,
  settings: '/settings',
  accessibility: '/accessibility',
  outcomesEasyRead: (workspaceId: string) => `/workspaces/${encodeURIComponent(workspaceId)}/outcomes/easy-read`,
  callEasyRead: (callId: string) => `/calls/${encodeURIComponent(callId)}/easy-read`,
  call: (callId: string) => `/calls/${encodeURIComponent(callId)}`,
  callSummary: (callId: string) => `/calls/${encodeURIComponent(callId)}/summary`,
  callModeration: (callId: string) => `/calls/${encodeURIComponent(callId)}/moderation`,
  invitation: (code: string) => `/invitations/${encodeURIComponent(code)}`,
};
