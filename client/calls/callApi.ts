import type { Role } from '../../shared/access.ts';
import type { ContributionAnswer, ContributionKind } from '../../shared/schemas/contributions.ts';
import { apiGet, apiPost, apiRequest } from '../api/apiClient.ts';

/** A call and its contributions as the server presents them (server/presenters/contributions.ts). */

export type CallState = 'scheduled' | 'open' | 'closed';

export interface Call {
  id: string;
  workspaceId: string;
  title: string;
  introduction: string;
  opensAt: string;
  closesAt: string;
  zones: string[];
  /** Empty: every population outcome of the framework. */
  outcomeIds: string[];
  public: boolean;
  state: CallState;
}

export interface CallOutcome {
  id: string;
  statement: string;
  /** The Welsh beside it; empty when nobody has written it. */
  statementCy: string;
  zones: string[];
}

export interface PersonRef {
  id: string;
  name: string | null;
}

export interface ContributionComment {
  id: string;
  author: PersonRef | null;
  body: string;
  createdAt: string;
}

export interface Contribution {
  id: string;
  kind: ContributionKind;
  body: string;
  outcomeId: string;
  zone: string | null;
  author: PersonRef | null;
  createdAt: string;
  /** Only the author and commissioners receive hidden contributions; `reason` is null when reports hid it. */
  hidden: { reason: string | null; byReports: boolean } | null;
  answer: { answer: ContributionAnswer; response: string; by: PersonRef | null; at: string | null } | null;
  promoted: { as: 'outcome' | 'indicator'; outcomeId: string | null } | null;
  supports: number;
  supportedByMe: boolean;
  reportedByMe: boolean;
  comments: ContributionComment[];
}

export interface CallView {
  call: Call;
  outcomes: CallOutcome[];
  contributions: Contribution[];
  /** null: signed out, or signed in but not a member (a public call). */
  viewer: { userId: string; role: Role } | null;
}

export interface NewContribution {
  kind: ContributionKind;
  body: string;
  outcomeId: string;
  zone: string | null;
  personalDetailsChecked: boolean;
}

export type Promotion = { as: 'outcome'; statement: string } | { as: 'indicator'; outcomeId: string; measure: string };

const call = (id: string) => `/api/calls/${encodeURIComponent(id)}`;
const contribution = (id: string) => `/api/contributions/${encodeURIComponent(id)}`;
type One = { contribution: Contribution };

export const getCall = (callId: string) => apiGet<CallView>(call(callId), { quietUnauthenticated: true });
export const callEventsUrl = (callId: string) => `${call(callId)}/events`;

export const contribute = (callId: string, body: NewContribution) => apiPost<One>(`${call(callId)}/contributions`, body);
export const support = (id: string) => apiPost<One>(`${contribution(id)}/support`);
export const withdrawSupport = (id: string) => apiRequest<One>('DELETE', `${contribution(id)}/support`);
export const addComment = (id: string, body: string) => apiPost<One>(`${contribution(id)}/comments`, { body });
export const report = (id: string, reason: string) => apiPost<{ reported: true }>(`${contribution(id)}/report`, { reason });

/** Signed in: joins as a citizen. Signed out: creates the account too, and the server sets the session cookie. */
export const register = (callId: string, account?: { email: string; password: string; displayName: string }) =>
  apiPost<{ workspaceId: string; role: Role }>(`${call(callId)}/register`, account ?? {}, { quietUnauthenticated: true });

export const answer = (id: string, body: { answer: ContributionAnswer; response: string }) => apiPost<One>(`${contribution(id)}/answer`, body);
export const promote = (id: string, body: Promotion) => apiPost<One>(`${contribution(id)}/promote`, body);
export const moderate = (id: string, body: { decision: 'hide' | 'restore'; reason: string }) => apiPost<One>(`${contribution(id)}/moderate`, body);
