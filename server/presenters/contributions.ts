import type { CallTable, ContributionCommentTable, ContributionTable } from '../db/schema.ts';
import type { CallState } from '../policies/contributionPolicy.ts';
import type { PersonRef } from './versions.ts';

export function presentCall(call: CallTable, state: CallState) {
  return {
    id: call.id,
    workspaceId: call.workspace_id,
    title: call.title,
    introduction: call.introduction,
    opensAt: call.opens_at,
    closesAt: call.closes_at,
    zones: JSON.parse(call.zones) as string[],
    outcomeIds: JSON.parse(call.outcome_ids) as string[],
    public: Boolean(call.public),
    state,
  };
}

export interface ContributionExtras {
  names: Map<string, string>;
  supports: number;
  supportedByMe: boolean;
  reportedByMe: boolean;
  comments: ContributionCommentTable[];
}

const person = (names: Map<string, string>, id: string | null): PersonRef | null => (id ? { id, name: names.get(id) ?? null } : null);

export function presentContribution(row: ContributionTable, extras: ContributionExtras) {
  return {
    id: row.id,
    callId: row.call_id,
    kind: row.kind,
    body: row.body,
    outcomeId: row.outcome_id,
    zone: row.zone,
    author: person(extras.names, row.author_id),
    createdAt: row.created_at,
    // Seen only by the author and commissioners (canSeeContribution); the reason is theirs to read.
    hidden: row.hidden ? { reason: row.hidden_reason === 'reports' ? null : row.hidden_reason, byReports: row.hidden_reason === 'reports' } : null,
    answer: row.answer ? { answer: row.answer, response: row.answer_text ?? '', by: person(extras.names, row.answered_by), at: row.answered_at } : null,
    promoted: row.promoted_as ? { as: row.promoted_as, outcomeId: row.promoted_outcome_id, indicatorId: row.promoted_indicator_id } : null,
    supports: extras.supports,
    supportedByMe: extras.supportedByMe,
    reportedByMe: extras.reportedByMe,
    comments: extras.comments.map((c) => ({ id: c.id, author: person(extras.names, c.author_id), body: c.body, createdAt: c.created_at })),
  };
}

export type PresentedContribution = ReturnType<typeof presentContribution>;
