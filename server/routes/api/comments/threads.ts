import { Hono } from 'hono';
import type { Kysely } from 'kysely';
import { createThreadRequest, editCommentRequest, replyRequest } from '../../../../shared/schemas/comments.ts';
import type { CommentEvents } from '../../../comments/commentEvents.ts';
import { invalidMention } from '../../../comments/mentions.ts';
import { audienceOf, findThread, namesFor, visibleThreads } from '../../../comments/threadReads.ts';
import { addReply, createThread, visibilityFor } from '../../../commands/comments.ts';
import type { Database } from '../../../db/schema.ts';
import type { AppEnv } from '../../../http/appEnv.ts';
import { apiError } from '../../../http/errors.ts';
import { requireAuth } from '../../../middleware/session.ts';
import { validateJson } from '../../../middleware/validateJson.ts';
import { canComment, canSeeThread, consultationState, currentConsultation, writeBlocked } from '../../../policies/commentPolicy.ts';
import { canManageWorkspace, overridesFor } from '../../../policies/workspacePolicy.ts';
import { presentClarification, presentConsultation, presentThread } from '../../../presenters/comments.ts';
import { presentStoredThread, threadNotFound, viewerOrError, writableOrError, type AnyContext } from './commentContext.ts';

const mentionError = (c: Parameters<typeof apiError>[0], index: number) =>
  apiError(c, 400, 'invalid_request', `mentions.${index}: not a member who may read this thread`, `mentions.${index}`);

/**
 * Threads on a specification (mounted at /api/artefacts): list what the caller
 * may see, start a thread, reply, edit or delete one's own comment, resolve
 * and reopen. Every change is pushed to the viewers who may see the thread.
 */
export function threadRoutes(db: Kysely<Database>, events: CommentEvents) {
  const firstBadMention = async (workspaceId: string, artefactId: string, audience: ReturnType<typeof audienceOf>, mentions: string[]) =>
    invalidMention(db, workspaceId, (await overridesFor(db, [artefactId])).get(artefactId), audience, mentions);

  return new Hono<AppEnv>()
    .use(requireAuth)
    .get('/:id/threads', async (c) => {
      const viewer = await viewerOrError(c, db, 'view');
      if (viewer instanceof Response) return viewer;
      const { threads, comments } = await visibleThreads(db, viewer.artefact.id, viewer.membership);
      const consultation = await currentConsultation(db, viewer.artefact.id);
      const state = consultationState(consultation, new Date().toISOString());
      const clarifications = await db.selectFrom('clarifications').selectAll().where('artefact_id', '=', viewer.artefact.id).orderBy('published_at').orderBy('id').execute();
      const names = await namesFor(db, threads, [...comments.values()].flat(), clarifications.map((r) => r.published_by));
      const visibleIds = new Set(threads.map((t) => t.id));
      return c.json({
        consultation: presentConsultation(consultation, state),
        canComment: canComment(viewer) && writeBlocked(state) === null,
        threads: threads.map((t) => presentThread(t, comments.get(t.id) ?? [], names)),
        // Every viewer gets every clarification (equal treatment); the thread it answers is named only to those who may see it.
        clarifications: clarifications.map((r) => presentClarification({ ...r, thread_id: r.thread_id && visibleIds.has(r.thread_id) ? r.thread_id : null }, names)),
      });
    })
    .post('/:id/threads', validateJson(createThreadRequest), async (c) => {
      const viewer = await viewerOrError(c, db, 'comment');
      if (viewer instanceof Response) return viewer;
      const writable = await writableOrError(c, db, viewer.artefact.id);
      if (writable instanceof Response) return writable;
      const { anchor, body, mentions } = c.get('body');
      const m = viewer.membership;
      const audience = { visibility: visibilityFor(writable.consultation), authorId: m.userId, authorOrganisationId: m.role === 'provider' ? m.organisationId : null };
      const bad = await firstBadMention(m.workspaceId, viewer.artefact.id, audience, mentions);
      if (bad !== null) return mentionError(c, bad);
      const { thread } = await createThread(db, { artefactId: viewer.artefact.id, author: m, consultation: writable.consultation, anchor, body, mentions });
      await events.publish(viewer.artefact.id, { type: 'thread', threadId: thread.id, kind: 'created' }, audienceOf(thread));
      return c.json({ thread: await presentStoredThread(db, thread.id) }, 201);
    })
    .post('/:id/threads/:threadId/comments', validateJson(replyRequest), async (c) => {
      const viewer = await viewerOrError(c, db, 'comment');
      if (viewer instanceof Response) return viewer;
      const thread = await findThread(db, viewer.artefact.id, c.req.param('threadId'));
      if (!thread || !canSeeThread(viewer.membership, audienceOf(thread))) return threadNotFound(c);
      const writable = await writableOrError(c, db, viewer.artefact.id);
      if (writable instanceof Response) return writable;
      const { body, mentions } = c.get('body');
      const bad = await firstBadMention(viewer.membership.workspaceId, viewer.artefact.id, audienceOf(thread), mentions);
      if (bad !== null) return mentionError(c, bad);
      const comment = await addReply(db, thread.id, viewer.membership.userId, body, mentions);
      await events.publish(viewer.artefact.id, { type: 'thread', threadId: thread.id, kind: 'replied' }, audienceOf(thread));
      const presented = await presentStoredThread(db, thread.id);
      return c.json({ comment: presented.comments.find((x) => x.id === comment.id), thread: presented }, 201);
    })
    .patch('/:id/threads/:threadId/comments/:commentId', validateJson(editCommentRequest), async (c) => {
      const found = await ownComment(c);
      if (found instanceof Response) return found;
      const { viewer, thread, comment } = found;
      if (comment.deleted_at) return apiError(c, 409, 'comment_deleted', 'A deleted comment cannot be edited');
      const { body, mentions } = c.get('body');
      const bad = await firstBadMention(viewer.membership.workspaceId, viewer.artefact.id, audienceOf(thread), mentions);
      if (bad !== null) return mentionError(c, bad);
      const now = new Date().toISOString();
      await db.transaction().execute(async (trx) => {
        await trx.updateTable('comments').set({ body, mentions: JSON.stringify([...new Set(mentions)]), edited_at: now }).where('id', '=', comment.id).execute();
        await trx.updateTable('comment_threads').set({ updated_at: now }).where('id', '=', thread.id).execute();
      });
      await events.publish(viewer.artefact.id, { type: 'thread', threadId: thread.id, kind: 'edited' }, audienceOf(thread));
      const presented = await presentStoredThread(db, thread.id);
      return c.json({ comment: presented.comments.find((x) => x.id === comment.id), thread: presented });
    })
    .delete('/:id/threads/:threadId/comments/:commentId', async (c) => {
      const found = await ownComment(c);
      if (found instanceof Response) return found;
      const { viewer, thread, comment } = found;
      if (!comment.deleted_at) {
        const now = new Date().toISOString();
        await db.updateTable('comments').set({ deleted_at: now }).where('id', '=', comment.id).execute();
        await events.publish(viewer.artefact.id, { type: 'thread', threadId: thread.id, kind: 'deleted' }, audienceOf(thread));
      }
      return c.body(null, 204);
    })
    .post('/:id/threads/:threadId/resolve', (c) => setStatus(c, 'resolved'))
    .post('/:id/threads/:threadId/reopen', (c) => setStatus(c, 'open'));

  /** The caller's own comment on a thread they may see, while comments may be written; otherwise the error to answer with. */
  async function ownComment(c: AnyContext) {
    const viewer = await viewerOrError(c, db, 'comment');
    if (viewer instanceof Response) return viewer;
    const thread = await findThread(db, viewer.artefact.id, c.req.param('threadId') ?? '');
    if (!thread || !canSeeThread(viewer.membership, audienceOf(thread))) return threadNotFound(c);
    const comment = await db.selectFrom('comments').selectAll().where('id', '=', c.req.param('commentId') ?? '').where('thread_id', '=', thread.id).executeTakeFirst();
    if (!comment) return apiError(c, 404, 'not_found', 'No such comment in this thread');
    if (comment.author_id !== viewer.membership.userId) return apiError(c, 403, 'not_your_comment', 'You can edit or delete only your own comments');
    const writable = await writableOrError(c, db, viewer.artefact.id);
    if (writable instanceof Response) return writable;
    return { viewer, thread, comment };
  }

  /**
   * Resolve or reopen: the thread's author or a commissioner. After the close
   * date only commissioners may (tidying up while they answer); for everyone
   * else the thread is read-only like its comments.
   */
  async function setStatus(c: AnyContext, status: 'open' | 'resolved') {
    const viewer = await viewerOrError(c, db, 'comment');
    if (viewer instanceof Response) return viewer;
    const thread = await findThread(db, viewer.artefact.id, c.req.param('threadId') ?? '');
    if (!thread || !canSeeThread(viewer.membership, audienceOf(thread))) return threadNotFound(c);
    const commissioner = canManageWorkspace(viewer.membership);
    if (!commissioner && thread.author_id !== viewer.membership.userId) {
      return apiError(c, 403, 'forbidden', 'Only the thread’s author or a commissioner can resolve or reopen it');
    }
    if (!commissioner) {
      const writable = await writableOrError(c, db, viewer.artefact.id);
      if (writable instanceof Response) return writable;
    }
    if (thread.status !== status) {
      const now = new Date().toISOString();
      const resolved = status === 'resolved';
      await db
        .updateTable('comment_threads')
        .set({ status, resolved_by: resolved ? viewer.membership.userId : null, resolved_at: resolved ? now : null, updated_at: now })
        .where('id', '=', thread.id)
        .execute();
      await events.publish(viewer.artefact.id, { type: 'thread', threadId: thread.id, kind: resolved ? 'resolved' : 'reopened' }, audienceOf(thread));
      await c.get('audit').record({
        workspaceId: viewer.artefact.workspace_id,
        actorId: viewer.membership.userId,
        kind: resolved ? 'thread_resolved' : 'thread_reopened',
        subject: thread.id,
        details: { artefactId: viewer.artefact.id },
      });
    }
    return c.json({ thread: await presentStoredThread(db, thread.id) });
  }
}
