import type { Kysely } from 'kysely';
import type { CommentAnchor } from '../../shared/schemas/comments.ts';
import { newId } from '../auth/tokens.ts';
import type { CommentTable, CommentThreadTable, ConsultationTable, Database } from '../db/schema.ts';
import type { Membership } from '../policies/workspacePolicy.ts';

export interface NewThread {
  artefactId: string;
  author: Membership;
  /** The consultation running now, if any: it decides the thread's visibility for good. */
  consultation: ConsultationTable | null;
  anchor: CommentAnchor;
  body: string;
  mentions: string[];
}

/** The visibility a thread made now gets: confidential only inside a confidential consultation. */
export function visibilityFor(consultation: ConsultationTable | null): 'open' | 'confidential' {
  return consultation?.visibility === 'confidential' ? 'confidential' : 'open';
}

/** A thread and its first comment, in one transaction: there is never a thread without a comment. */
export async function createThread(db: Kysely<Database>, request: NewThread): Promise<{ thread: CommentThreadTable; comment: CommentTable }> {
  const now = new Date().toISOString();
  const thread: CommentThreadTable = {
    id: newId(),
    artefact_id: request.artefactId,
    consultation_id: request.consultation?.id ?? null,
    visibility: visibilityFor(request.consultation),
    anchor: JSON.stringify(request.anchor),
    author_id: request.author.userId,
    author_role: request.author.role,
    // Only a provider's organisation widens who sees a confidential thread.
    author_organisation_id: request.author.role === 'provider' ? request.author.organisationId : null,
    status: 'open',
    resolved_by: null,
    resolved_at: null,
    outcome: null,
    outcome_reason: null,
    outcome_by: null,
    outcome_at: null,
    created_at: now,
    updated_at: now,
  };
  const comment = newComment(thread.id, request.author.userId, request.body, request.mentions, now);
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('comment_threads').values(thread).execute();
    await trx.insertInto('comments').values(comment).execute();
  });
  return { thread, comment };
}

/** A reply, and the thread's updated time, together. */
export async function addReply(db: Kysely<Database>, threadId: string, authorId: string, body: string, mentions: string[]): Promise<CommentTable> {
  const now = new Date().toISOString();
  const comment = newComment(threadId, authorId, body, mentions, now);
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('comments').values(comment).execute();
    await trx.updateTable('comment_threads').set({ updated_at: now }).where('id', '=', threadId).execute();
  });
  return comment;
}

function newComment(threadId: string, authorId: string, body: string, mentions: string[], now: string): CommentTable {
  return { id: newId(), thread_id: threadId, author_id: authorId, body, mentions: JSON.stringify([...new Set(mentions)]), created_at: now, edited_at: null, deleted_at: null };
}
