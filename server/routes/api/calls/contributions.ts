import { Hono } from 'hono';
import type { Kysely } from 'kysely';
import { findPersonalDetails } from '../../../../shared/contributions/personalDetails.ts';
import { contributeRequest, contributionCommentRequest, reportRequest, REPORTS_TO_HIDE } from '../../../../shared/schemas/contributions.ts';
import { newId } from '../../../auth/tokens.ts';
import type { CallEvents } from '../../../contributions/callEvents.ts';
import { contributionOrError, windowError } from '../../../contributions/contributionContext.ts';
import { newContributionRow } from '../../../contributions/contributionRow.ts';
import { visibleContributions } from '../../../contributions/contributionReads.ts';
import { callOutcomes } from '../../../contributions/populationOutcomes.ts';
import type { Database } from '../../../db/schema.ts';
import type { AppEnv } from '../../../http/appEnv.ts';
import { apiError } from '../../../http/errors.ts';
import { requireAuth } from '../../../middleware/session.ts';
import { validateJson } from '../../../middleware/validateJson.ts';
import { callState, callViewer, canContribute } from '../../../policies/contributionPolicy.ts';
import type { DocumentStore } from '../../../storage/documentStore.ts';

const notAContributor = (c: Parameters<typeof apiError>[0]) =>
  apiError(c, 403, 'forbidden', 'People who use services, carers and citizens contribute and support; join the call as a citizen to take part');

/** Contributing to a call, supporting (once each, withdrawable), commenting and reporting. */
export function contributionRoutes({ db, store, events }: { db: Kysely<Database>; store: DocumentStore; events: CallEvents }) {
  const one = async (id: string, membership: Parameters<typeof visibleContributions>[2], callId: string) => (await visibleContributions(db, callId, membership, id))[0];

  return new Hono<AppEnv>()
    .post('/calls/:id/contributions', requireAuth, validateJson(contributeRequest), async (c) => {
      const viewer = await callViewer(db, c.get('auth'), c.req.param('id'));
      if (!viewer) return apiError(c, 404, 'not_found', 'No call with that id, or it is not open to you');
      if (!canContribute(viewer.membership)) return notAContributor(c);
      const blocked = windowError(c, callState(viewer.call, new Date().toISOString()));
      if (blocked) return blocked;
      const body = c.get('body');
      const outcomes = await callOutcomes(db, store, viewer.call);
      if (!outcomes.some((o) => o.id === body.outcomeId)) return apiError(c, 400, 'invalid_request', 'outcomeId: not one of the outcomes this call asks about', 'outcomeId');
      const zones = JSON.parse(viewer.call.zones) as string[];
      if (body.zone !== null && !zones.includes(body.zone)) return apiError(c, 400, 'invalid_request', `zone: must be one of ${zones.join(', ') || '(none: leave it out)'}`, 'zone');
      const findings = findPersonalDetails(body.body);
      // A warning, not a ban: the author looks again and may post anyway.
      if (findings.length > 0 && !body.personalDetailsChecked) {
        return c.json({ error: 'personal_details', message: 'This looks like it holds personal details: check before posting', field: 'body', findings }, 422);
      }
      const row = newContributionRow({ callId: viewer.call.id, authorId: viewer.membership!.userId, kind: body.kind, body: body.body, outcomeId: body.outcomeId, zone: body.zone });
      await db.insertInto('contributions').values(row).execute();
      events.publish(viewer.call.id, { type: 'contribution', contributionId: row.id, kind: 'created' });
      return c.json({ contribution: await one(row.id, viewer.membership, viewer.call.id) }, 201);
    })
    .post('/contributions/:id/support', requireAuth, async (c) => {
      const found = await contributionOrError(c, db);
      if (found instanceof Response) return found;
      if (!canContribute(found.membership)) return notAContributor(c);
      const blocked = windowError(c, found.state);
      if (blocked) return blocked;
      // One support per person: a second press is the same support, not another.
      await db
        .insertInto('contribution_supports')
        .values({ contribution_id: found.contribution.id, user_id: found.membership!.userId, created_at: new Date().toISOString() })
        .onConflict((oc) => oc.columns(['contribution_id', 'user_id']).doNothing())
        .execute();
      events.publish(found.call.id, { type: 'contribution', contributionId: found.contribution.id, kind: 'supported' });
      return c.json({ contribution: await one(found.contribution.id, found.membership, found.call.id) });
    })
    .delete('/contributions/:id/support', requireAuth, async (c) => {
      const found = await contributionOrError(c, db);
      if (found instanceof Response) return found;
      if (!found.membership) return notAContributor(c);
      const blocked = windowError(c, found.state);
      if (blocked) return blocked;
      await db.deleteFrom('contribution_supports').where('contribution_id', '=', found.contribution.id).where('user_id', '=', found.membership.userId).execute();
      events.publish(found.call.id, { type: 'contribution', contributionId: found.contribution.id, kind: 'supported' });
      return c.json({ contribution: await one(found.contribution.id, found.membership, found.call.id) });
    })
    .post('/contributions/:id/comments', requireAuth, validateJson(contributionCommentRequest), async (c) => {
      const found = await contributionOrError(c, db);
      if (found instanceof Response) return found;
      // Commissioners may comment too (a question back); providers only read.
      if (!canContribute(found.membership) && found.membership?.role !== 'commissioner') return notAContributor(c);
      const blocked = windowError(c, found.state);
      if (blocked) return blocked;
      await db
        .insertInto('contribution_comments')
        .values({ id: newId(), contribution_id: found.contribution.id, author_id: found.membership!.userId, body: c.get('body').body, created_at: new Date().toISOString() })
        .execute();
      events.publish(found.call.id, { type: 'contribution', contributionId: found.contribution.id, kind: 'commented' });
      return c.json({ contribution: await one(found.contribution.id, found.membership, found.call.id) }, 201);
    })
    .post('/contributions/:id/report', requireAuth, validateJson(reportRequest), async (c) => {
      const found = await contributionOrError(c, db);
      if (found instanceof Response) return found;
      if (!found.membership) return apiError(c, 403, 'forbidden', 'Join the call to report a contribution');
      // One report per person, so one person cannot hide a contribution alone.
      await db
        .insertInto('contribution_reports')
        .values({ contribution_id: found.contribution.id, user_id: found.membership.userId, reason: c.get('body').reason, created_at: new Date().toISOString(), reviewed_at: null })
        .onConflict((oc) => oc.columns(['contribution_id', 'user_id']).doNothing())
        .execute();
      const open = await db.selectFrom('contribution_reports').select('user_id').where('contribution_id', '=', found.contribution.id).where('reviewed_at', 'is', null).execute();
      const hide = open.length >= REPORTS_TO_HIDE && !found.contribution.hidden;
      if (hide) await db.updateTable('contributions').set({ hidden: 1, hidden_reason: 'reports' }).where('id', '=', found.contribution.id).execute();
      // Every report reaches an open moderation queue, not only the one that hides.
      events.publish(found.call.id, { type: 'contribution', contributionId: found.contribution.id, kind: hide ? 'hidden' : 'reported' });
      return c.json({ reported: true }, 201);
    });
}
