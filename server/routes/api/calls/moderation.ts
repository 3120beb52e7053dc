import { Hono } from 'hono';
import type { Kysely } from 'kysely';
import { addIndicator, addOutcome, findOutcome } from '../../../../shared/outcomes/outcomeDoc.ts';
import { linkContribution } from '../../../../shared/outcomes/contributionLinks.ts';
import { answerRequest, moderateRequest, promoteRequest } from '../../../../shared/schemas/contributions.ts';
import type { CallEvents } from '../../../contributions/callEvents.ts';
import { contributionOrError } from '../../../contributions/contributionContext.ts';
import { presentAll, visibleContributions } from '../../../contributions/contributionReads.ts';
import type { Database } from '../../../db/schema.ts';
import type { AppEnv } from '../../../http/appEnv.ts';
import { apiError } from '../../../http/errors.ts';
import { requireAuth } from '../../../middleware/session.ts';
import { validateJson } from '../../../middleware/validateJson.ts';
import { callViewer, canModerate } from '../../../policies/contributionPolicy.ts';
import type { LiveDocuments } from '../../../versions/liveDocuments.ts';

const commissionersOnly = (c: Parameters<typeof apiError>[0]) => apiError(c, 403, 'forbidden', 'Only the workspace’s commissioners can do this');

/**
 * Commissioners' side of a call: the moderation queue and decisions (every
 * one in the audit log, with a reason the author can see), official answers,
 * and promotion of a contribution into the outcome framework.
 */
export function moderationRoutes({ db, events, documents }: { db: Kysely<Database>; events: CallEvents; documents: LiveDocuments }) {
  return new Hono<AppEnv>()
    .get('/calls/:id/moderation', requireAuth, async (c) => {
      const viewer = await callViewer(db, c.get('auth'), c.req.param('id'));
      if (!viewer) return apiError(c, 404, 'not_found', 'No call with that id, or it is not open to you');
      if (!canModerate(viewer.membership)) return commissionersOnly(c);
      const reports = await db
        .selectFrom('contribution_reports')
        .innerJoin('contributions', 'contributions.id', 'contribution_reports.contribution_id')
        .select(['contribution_reports.contribution_id', 'contribution_reports.reason', 'contribution_reports.created_at', 'contribution_reports.reviewed_at'])
        .where('contributions.call_id', '=', viewer.call.id)
        .execute();
      const flagged = new Set(reports.filter((r) => r.reviewed_at === null).map((r) => r.contribution_id));
      // Waiting for a decision: hidden by reports, or reported since the last decision. Decided ones leave the queue.
      const rows = (await db.selectFrom('contributions').selectAll().where('call_id', '=', viewer.call.id).orderBy('created_at', 'asc').execute()).filter(
        (row) => (row.hidden && row.hidden_reason === 'reports') || flagged.has(row.id),
      );
      const presented = await presentAll(db, rows, viewer.membership);
      return c.json({
        queue: presented.map((contribution) => ({
          contribution,
          // Reasons, not reporters: moderators judge the content, not who complained.
          reports: reports.filter((r) => r.contribution_id === contribution.id && r.reviewed_at === null).map((r) => ({ reason: r.reason, at: r.created_at })),
        })),
      });
    })
    .post('/contributions/:id/moderate', requireAuth, validateJson(moderateRequest), async (c) => {
      const found = await contributionOrError(c, db);
      if (found instanceof Response) return found;
      if (!canModerate(found.membership)) return commissionersOnly(c);
      const { decision, reason } = c.get('body');
      const now = new Date().toISOString();
      await db.transaction().execute(async (trx) => {
        await trx.updateTable('contributions').set({ hidden: decision === 'hide' ? 1 : 0, hidden_reason: decision === 'hide' ? reason : null }).where('id', '=', found.contribution.id).execute();
        // Reports up to now are dealt with; new ones count afresh.
        await trx.updateTable('contribution_reports').set({ reviewed_at: now }).where('contribution_id', '=', found.contribution.id).where('reviewed_at', 'is', null).execute();
      });
      await c.get('audit').record({
        workspaceId: found.call.workspace_id,
        actorId: found.membership!.userId,
        kind: 'moderation_decided',
        subject: found.contribution.id,
        details: { callId: found.call.id, decision, reason },
      });
      events.publish(found.call.id, { type: 'contribution', contributionId: found.contribution.id, kind: decision === 'hide' ? 'hidden' : 'restored' });
      return c.json({ contribution: (await visibleContributions(db, found.call.id, found.membership, found.contribution.id))[0] });
    })
    .post('/contributions/:id/answer', requireAuth, validateJson(answerRequest), async (c) => {
      const found = await contributionOrError(c, db);
      if (found instanceof Response) return found;
      if (!canModerate(found.membership)) return commissionersOnly(c);
      const { answer, response } = c.get('body');
      // Answers are given after the close date too: that is when most are written.
      await db.updateTable('contributions').set({ answer, answer_text: response, answered_by: found.membership!.userId, answered_at: new Date().toISOString() }).where('id', '=', found.contribution.id).execute();
      await c.get('audit').record({
        workspaceId: found.call.workspace_id,
        actorId: found.membership!.userId,
        kind: 'contribution_answered',
        subject: found.contribution.id,
        details: { callId: found.call.id, answer, response },
      });
      events.publish(found.call.id, { type: 'contribution', contributionId: found.contribution.id, kind: 'answered' });
      return c.json({ contribution: (await visibleContributions(db, found.call.id, found.membership, found.contribution.id))[0] });
    })
    .post('/contributions/:id/promote', requireAuth, validateJson(promoteRequest), async (c) => {
      const found = await contributionOrError(c, db);
      if (found instanceof Response) return found;
      if (!canModerate(found.membership)) return commissionersOnly(c);
      if (found.contribution.promoted_as) return apiError(c, 409, 'already_promoted', 'This contribution is already in the outcome framework');
      const framework = await db.selectFrom('artefacts').select('room').where('workspace_id', '=', found.call.workspace_id).where('kind', '=', 'outcomes').executeTakeFirstOrThrow();
      const author = await db.selectFrom('users').select('display_name').where('id', '=', found.contribution.author_id).executeTakeFirstOrThrow();
      const body = c.get('body');
      const link = { contributionId: found.contribution.id, callId: found.call.id, contributor: author.display_name };
      let outcomeId = body.as === 'indicator' ? body.outcomeId : '';
      let indicatorId: string | null = null;
      let missing = false;
      // Written as the commissioner, through the live room: everyone with the framework open sees it arrive.
      await documents.change(framework.room, found.membership!.userId, (doc) => {
        if (body.as === 'outcome') {
          outcomeId = addOutcome(doc, { statement: body.statement, level: 'population', zones: found.contribution.zone ? [found.contribution.zone] : [] });
        } else if (!findOutcome(doc, body.outcomeId)) {
          missing = true;
          return;
        } else {
          indicatorId = addIndicator(doc, body.outcomeId, { measure: body.measure });
        }
        linkContribution(doc, outcomeId, indicatorId ? { ...link, indicatorId } : link);
      });
      if (missing) return apiError(c, 400, 'invalid_request', 'outcomeId: no such outcome in the framework', 'outcomeId');
      await db.updateTable('contributions').set({ promoted_as: body.as, promoted_outcome_id: outcomeId, promoted_indicator_id: indicatorId }).where('id', '=', found.contribution.id).execute();
      await c.get('audit').record({
        workspaceId: found.call.workspace_id,
        actorId: found.membership!.userId,
        kind: 'contribution_promoted',
        subject: found.contribution.id,
        details: { callId: found.call.id, as: body.as, outcomeId, indicatorId },
      });
      events.publish(found.call.id, { type: 'contribution', contributionId: found.contribution.id, kind: 'promoted' });
      return c.json({ contribution: (await visibleContributions(db, found.call.id, found.membership, found.contribution.id))[0] }, 201);
    });
}
