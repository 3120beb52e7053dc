import type { ContributionAnswer, ContributionKind } from '../../../shared/schemas/contributions.ts';
import { apiGet, apiPost } from '../../api/apiClient.ts';
import type { Call, CallState } from '../callApi.ts';

/** The shapes of server/presenters/contributions.ts and server/contributions/callSummary.ts, as the commissioners' screens read them. */

export type { Call, CallState };

export interface NewCall {
  title: string;
  introduction: string;
  opensAt?: string;
  closesAt: string;
  zones: string[];
  outcomeIds: string[];
  public: boolean;
}

export interface PersonRef {
  id: string;
  name: string | null;
}

export interface ModeratedContribution {
  id: string;
  kind: ContributionKind;
  body: string;
  outcomeId: string;
  zone: string | null;
  author: PersonRef | null;
  createdAt: string;
  hidden: { reason: string | null; byReports: boolean } | null;
}

export interface QueueEntry {
  contribution: ModeratedContribution;
  reports: Array<{ reason: string; at: string }>;
}

export interface SummaryContribution {
  id: string;
  kind: ContributionKind;
  body: string;
  supports: number;
  answer: { answer: ContributionAnswer; response: string } | null;
  promoted: boolean;
}

export interface SummaryOutcome {
  id: string;
  statement: string;
  statementCy: string;
  count: number;
  byKind: Record<ContributionKind, number>;
  zones: Array<{ zone: string | null; count: number; contributions: SummaryContribution[] }>;
}

export interface CallSummary {
  call: Call;
  total: number;
  outcomes: SummaryOutcome[];
}

const workspaceCalls = (workspaceId: string) => `/api/workspaces/${encodeURIComponent(workspaceId)}/calls`;
const call = (callId: string) => `/api/calls/${encodeURIComponent(callId)}`;

export const listCalls = (workspaceId: string) => apiGet<{ calls: Call[] }>(workspaceCalls(workspaceId));
export const openCall = (workspaceId: string, body: NewCall) => apiPost<{ call: Call }>(workspaceCalls(workspaceId), body);
export const getCall = (callId: string) => apiGet<{ call: Call }>(call(callId));
export const getCallSummary = (callId: string) => apiGet<CallSummary>(`${call(callId)}/summary`);
export const getModerationQueue = (callId: string) => apiGet<{ queue: QueueEntry[] }>(`${call(callId)}/moderation`);
export const moderate = (contributionId: string, body: { decision: 'hide' | 'restore'; reason: string }) =>
  apiPost<unknown>(`/api/contributions/${encodeURIComponent(contributionId)}/moderate`, body);
/** Live changes to a call (ids and kinds only: readers refetch what they may see). */
export const callEventsUrl = (callId: string) => `${call(callId)}/events`;
