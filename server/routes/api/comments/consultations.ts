import { Hono, type Context } from 'hono';
import type { Kysely } from 'kysely';
import { openConsultationRequest, publishClarificationRequest, recordOutcomeRequest } from '../../../../shared/schemas/comments.ts';
import { newId } from '../../../auth/tokens.ts';
import type { CommentEvents } from '../../../comments/commentEvents.ts';
import { audienceOf, commentsOf, findThread, namesFor, visibleThreads } from '../../../comments/threadReads.ts';
import type { ArtefactTable, ClarificationTable, ConsultationTable, Database } from '../../../db/schema.ts';
import type { AppEnv } from '../../../http/appEnv.ts';
import { apiError } from '../../../http/errors.ts';
import { requireAuth } from '../../../middleware/session.ts';
import { validateJson } from '../../../middleware/validateJson.ts';
import { consultationState, currentConsultation } from '../../../policies/commentPolicy.ts';
import { presentClarification, presentConsultation, presentSummaryEntry } from '../../../presenters/comments.ts';
import { presentStoredThread, threadNotFound, viewerOrError } from './commentContext.ts';
import { markRecorded } from '../../../versions/consultationSweep.ts';

/**
 * What commissioners do with a specification's comments (mounted at
 * /api/artefacts): open and close a consultation, record "you said, we did" on
 * each thread, publish clarifications to every provider; and the summary of
 * outcomes for publication, which every reader may fetch.
 */
export function consultationRoutes(db: Kysely<Database>, events: CommentEvents) {
  return new Hono<AppEnv>()
    .use(requireAuth)
    .post('/:id/consultations', validateJson(openConsultationRequest), async (c) => {
      const viewer = await viewerOrError(c, db, 'manage');
      if (viewer instanceof Response) return viewer;
      const now = new Date().toISOString();
      const current = await currentConsultation(db, viewer.artefact.id);
      const state = consultationState(current, now);
      // One at a time: two running consultations would make "which one is this comment in" ambiguous.
      if (state === 'open' || state === 'scheduled') {
        return apiError(c, 409, 'consultation_running', 'A consultation on this specification is already open or scheduled; close it first');
      }
      const { opensAt, closesAt, visibility } = c.get('body');
      const consultation: ConsultationTable = {
        id: newId(),
        artefact_id: viewer.artefact.id,
        visibility,
        opens_at: opensAt ? new Date(opensAt).toISOString() : now,
        closes_at: new Date(closesAt).toISOString(),
        opened_by: viewer.membership.userId,
        created_at: now,
        closed_by: null,
        opened_recorded_at: null,
        closed_recorded_at: null,
      };
      await db.insertInto('consultations').values(consultation).execute();
      await events.publish(viewer.artefact.id, { type: 'consultation', consultationId: consultation.id, kind: 'opened' });
      await recordConsultation(c, viewer.artefact, 'opened', consultation);
      return c.json({ consultation: presentConsultation(consultation, consultationState(consultation, now)) }, 201);
    })
    .post('/:id/consultations/close', async (c) => {
      const viewer = await viewerOrError(c, db, 'manage');
      if (viewer instanceof Response) return viewer;
      const now = new Date().toISOString();
      const current = await currentConsultation(db, viewer.artefact.id);
      const state = consultationState(current, now);
      if (!current || (state !== 'open' && state !== 'scheduled')) {
        return apiError(c, 409, 'no_open_consultation', 'There is no open or scheduled consultation on this specification');
      }
      // Closing early moves the close date to now (and a scheduled one's open date too), so every check reads the same two dates.
      const closed = { ...current, opens_at: current.opens_at < now ? current.opens_at : now, closes_at: now, closed_by: viewer.membership.userId };
      await db.updateTable('consultations').set({ opens_at: closed.opens_at, closes_at: now, closed_by: closed.closed_by }).where('id', '=', current.id).execute();
      await events.publish(viewer.artefact.id, { type: 'consultation', consultationId: current.id, kind: 'closed' });
      await recordConsultation(c, viewer.artefact, 'closed', closed);
      return c.json({ consultation: presentConsultation(closed, 'closed') });
    })
    .post('/:id/threads/:threadId/outcome', validateJson(recordOutcomeRequest), async (c) => {
      // Open or closed consultation alike: outcomes are mostly recorded after the close date.
      const viewer = await viewerOrError(c, db, 'manage');
      if (viewer instanceof Response) return viewer;
      const thread = await findThread(db, viewer.artefact.id, c.req.param('threadId'));
      if (!thread) return threadNotFound(c);
      const { outcome, reason } = c.get('body');
      const now = new Date().toISOString();
      await db
        .updateTable('comment_threads')
        .set({ outcome, outcome_reason: reason, outcome_by: viewer.membership.userId, outcome_at: now, updated_at: now })
        .where('id', '=', thread.id)
        .execute();
      await events.publish(viewer.artefact.id, { type: 'thread', threadId: thread.id, kind: 'outcome' }, audienceOf(thread));
      await c.get('audit').record({
        workspaceId: viewer.artefact.workspace_id,
        actorId: viewer.membership.userId,
        kind: 'thread_answered',
        subject: thread.id,
        details: { artefactId: viewer.artefact.id, outcome, reason },
      });
      return c.json({ thread: await presentStoredThread(db, thread.id) });
    })
    .post('/:id/clarifications', validateJson(publishClarificationRequest), async (c) => {
      const viewer = await viewerOrError(c, db, 'manage');
      if (viewer instanceof Response) return viewer;
      const { body, threadId } = c.get('body');
      if (threadId && !(await findThread(db, viewer.artefact.id, threadId))) {
        return apiError(c, 400, 'invalid_request', 'threadId: no such thread on this specification', 'threadId');
      }
      const current = await currentConsultation(db, viewer.artefact.id);
      const clarification: ClarificationTable = {
        id: newId(),
        artefact_id: viewer.artefact.id,
        consultation_id: current?.id ?? null,
        thread_id: threadId ?? null,
        body,
        published_by: viewer.membership.userId,
        published_at: new Date().toISOString(),
      };
      await db.insertInto('clarifications').values(clarification).execute();
      // No audience: a clarification is for everyone who may read the specification.
      await events.publish(viewer.artefact.id, { type: 'clarification', clarificationId: clarification.id });
      await c.get('audit').record({
        workspaceId: viewer.artefact.workspace_id,
        actorId: viewer.membership.userId,
        kind: 'clarification_published',
        subject: clarification.id,
        details: { artefactId: viewer.artefact.id, threadId: clarification.thread_id, body },
      });
      const names = await namesFor(db, [], [], [clarification.published_by]);
      return c.json({ clarification: presentClarification(clarification, names) }, 201);
    })
    .get('/:id/you-said-we-did', async (c) => {
      const viewer = await viewerOrError(c, db, 'view');
      if (viewer instanceof Response) return viewer;
      // The same visibility as the thread list: a provider never learns another's confidential comment from the summary.
      const { threads } = await visibleThreads(db, viewer.artefact.id, viewer.membership);
      const answered = threads.filter((t) => t.outcome !== null);
      const comments = await commentsOf(db, answered.map((t) => t.id));
      const names = await namesFor(db, answered, []);
      const current = await currentConsultation(db, viewer.artefact.id);
      return c.json({
        artefact: { id: viewer.artefact.id, title: viewer.artefact.title },
        consultation: presentConsultation(current, consultationState(current, new Date().toISOString())),
        entries: answered.map((t) => presentSummaryEntry(t, comments.get(t.id)?.[0], names)),
      });
    });
}

/**
 * A consultation opened or closed early: recorded in the audit log, and the
 * specification's state at that moment kept as a version (what providers
 * were consulted on). A consultation scheduled for later gets its opening
 * version when the date comes (server/versions/consultationSweep.ts).
 */
async function recordConsultation<E extends AppEnv>(context: Context<E>, artefact: ArtefactTable, kind: 'opened' | 'closed', consultation: ConsultationTable): Promise<void> {
  const c = context as unknown as Context<AppEnv>;
  const actorId = c.get('auth')!.user.id;
  const now = new Date().toISOString();
  const due = kind === 'closed' || consultation.opens_at <= now;
  const version = due ? await c.get('versioning').take(artefact, { kind: `consultation_${kind}`, authorId: actorId, onlyIfChanged: kind === 'closed' }) : null;
  if (due) await markRecorded(c.get('versioning').db, consultation.id, kind, now);
  // Closed before it ever opened: there is no opening left to record.
  if (kind === 'closed' && consultation.opened_recorded_at === null) await markRecorded(c.get('versioning').db, consultation.id, 'opened', now);
  await c.get('audit').record({
    workspaceId: artefact.workspace_id,
    actorId,
    kind: `consultation_${kind}`,
    subject: consultation.id,
    details: { artefactId: artefact.id, visibility: consultation.visibility, opensAt: consultation.opens_at, closesAt: consultation.closes_at, version: version?.number ?? null },
  });
}
