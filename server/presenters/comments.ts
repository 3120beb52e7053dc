import type { ClarificationTable, CommentTable, CommentThreadTable, ConsultationTable } from '../db/schema.ts';
import type { ConsultationState } from '../policies/commentPolicy.ts';

/** Names of the people and organisations a set of threads mentions. */
export interface Names {
  users: ReadonlyMap<string, string>;
  organisations: ReadonlyMap<string, string>;
}

const person = (names: Names, id: string | null) => (id ? { id, name: names.users.get(id) ?? null } : null);

/** A deleted comment keeps its place in the thread but not its text or mentions. */
export function presentComment(row: CommentTable, names: Names) {
  const deleted = row.deleted_at !== null;
  return {
    id: row.id,
    threadId: row.thread_id,
    author: person(names, row.author_id)!,
    body: deleted ? null : row.body,
    mentions: deleted ? [] : (JSON.parse(row.mentions) as string[]).map((id) => person(names, id)!),
    createdAt: row.created_at,
    editedAt: row.edited_at,
    deletedAt: row.deleted_at,
  };
}

export function presentOutcome(row: CommentThreadTable, names: Names) {
  if (!row.outcome) return null;
  return { outcome: row.outcome, reason: row.outcome_reason ?? '', recordedBy: person(names, row.outcome_by), at: row.outcome_at };
}

export function presentThread(row: CommentThreadTable, comments: CommentTable[], names: Names) {
  return {
    id: row.id,
    artefactId: row.artefact_id,
    consultationId: row.consultation_id,
    visibility: row.visibility,
    anchor: JSON.parse(row.anchor) as unknown,
    author: {
      ...person(names, row.author_id)!,
      role: row.author_role,
      organisation: row.author_organisation_id
        ? { id: row.author_organisation_id, name: names.organisations.get(row.author_organisation_id) ?? '' }
        : null,
    },
    status: row.status,
    resolvedBy: person(names, row.resolved_by),
    resolvedAt: row.resolved_at,
    outcome: presentOutcome(row, names),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    comments: comments.map((c) => presentComment(c, names)),
  };
}

export function presentConsultation(row: ConsultationTable | undefined, state: ConsultationState) {
  if (!row) return null;
  return { id: row.id, visibility: row.visibility, opensAt: row.opens_at, closesAt: row.closes_at, state, closedEarly: row.closed_by !== null };
}

export function presentClarification(row: ClarificationTable, names: Names) {
  return { id: row.id, consultationId: row.consultation_id, threadId: row.thread_id, body: row.body, publishedBy: person(names, row.published_by), publishedAt: row.published_at };
}

/**
 * One line of the "you said, we did" summary: what was said (the quoted text
 * and the first comment), what was done and why. No author: the summary is for
 * publication, and a bidder's comment is published without naming the bidder.
 */
export function presentSummaryEntry(row: CommentThreadTable, first: CommentTable | undefined, names: Names) {
  const anchor = JSON.parse(row.anchor) as { quote?: unknown };
  return {
    threadId: row.id,
    quote: typeof anchor.quote === 'string' ? anchor.quote : '',
    youSaid: first && first.deleted_at === null ? first.body : null,
    weDid: presentOutcome(row, names),
  };
}
