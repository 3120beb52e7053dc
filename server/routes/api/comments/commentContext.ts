import type { Context } from 'hono';
import type { Kysely } from 'kysely';
import type { CommentThreadTable, Database } from '../../../db/schema.ts';
import type { AuthState } from '../../../http/appEnv.ts';
import { apiError } from '../../../http/errors.ts';
import {
  canComment,
  canRead,
  consultationState,
  currentConsultation,
  specificationViewer,
  writeBlocked,
  type SpecificationViewer,
} from '../../../policies/commentPolicy.ts';
import { canManageWorkspace } from '../../../policies/workspacePolicy.ts';
import { presentThread } from '../../../presenters/comments.ts';
import { commentsOf, namesFor } from '../../../comments/threadReads.ts';

// Any route's context: the helpers read only the path's id and the session, which every route here has.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyContext = Context<any, any, any>;

/**
 * The caller on the specification in the path, at the level a route needs, or
 * the error to answer with: 404 when it is not a specification of a workspace
 * they belong to (as elsewhere, members and strangers alike learn nothing), 403
 * below the level needed.
 */
export async function viewerOrError(c: AnyContext, db: Kysely<Database>, need: 'view' | 'comment' | 'manage'): Promise<SpecificationViewer | Response> {
  const viewer = await specificationViewer(db, (c.get('auth') as AuthState), c.req.param('id') ?? '');
  if (!viewer) return apiError(c, 404, 'not_found', 'No specification with that id, or you are not a member of its workspace');
  if (!canRead(viewer)) return apiError(c, 403, 'forbidden', 'You do not have access to this specification');
  if (need === 'comment' && !canComment(viewer)) return apiError(c, 403, 'forbidden', 'You may read this specification but not comment on it');
  if (need === 'manage' && !canManageWorkspace(viewer.membership)) return apiError(c, 403, 'forbidden', 'Only the workspace’s commissioners can do this');
  return viewer;
}

/** The consultation running now (null when none), or a 409 when comments are read-only at the moment. */
export async function writableOrError(c: AnyContext, db: Kysely<Database>, artefactId: string) {
  const consultation = await currentConsultation(db, artefactId);
  const blocked = writeBlocked(consultationState(consultation, new Date().toISOString()));
  if (blocked) return apiError(c, 409, blocked.error, blocked.message);
  return { consultation: consultation ?? null };
}

export const threadNotFound = (c: AnyContext) => apiError(c, 404, 'not_found', 'No such thread on this specification');

/** One thread as JSON, read back after a change so the answer is what is stored. */
export async function presentStoredThread(db: Kysely<Database>, threadId: string) {
  const thread = (await db.selectFrom('comment_threads').selectAll().where('id', '=', threadId).executeTakeFirstOrThrow()) as CommentThreadTable;
  const comments = (await commentsOf(db, [thread.id])).get(thread.id) ?? [];
  return presentThread(thread, comments, await namesFor(db, [thread], comments));
}
