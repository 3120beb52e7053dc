import { newId } from '../auth/tokens.ts';
import type { ContributionTable } from '../db/schema.ts';

export interface NewContribution {
  callId: string;
  authorId: string;
  kind: string;
  body: string;
  outcomeId: string;
  zone: string | null;
  /** Now, unless given (seeded data). */
  createdAt?: string;
  id?: string;
}

/** A contribution as first posted: shown, unanswered, not promoted. */
export function newContributionRow(values: NewContribution): ContributionTable {
  return {
    id: values.id ?? newId(),
    call_id: values.callId,
    author_id: values.authorId,
    kind: values.kind,
    body: values.body,
    outcome_id: values.outcomeId,
    zone: values.zone,
    hidden: 0,
    hidden_reason: null,
    answer: null,
    answer_text: null,
    answered_by: null,
    answered_at: null,
    promoted_as: null,
    promoted_outcome_id: null,
    promoted_indicator_id: null,
    created_at: values.createdAt ?? new Date().toISOString(),
  };
}
