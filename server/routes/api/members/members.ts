import { Hono } from 'hono';
import type { Kysely } from 'kysely';
import { updateMemberRequest } from '../../../../shared/schemas/membership.ts';
import { endMembership } from '../../../commands/endMemberships.ts';
import type { Database } from '../../../db/schema.ts';
import type { AppEnv } from '../../../http/appEnv.ts';
import { apiError } from '../../../http/errors.ts';
import type { LiveAccessEvents } from '../../../http/liveAccess.ts';
import { managerOrError } from '../../../http/managerGuard.ts';
import { requireAuth } from '../../../middleware/session.ts';
import { validateJson } from '../../../middleware/validateJson.ts';

/** Mounted at /api (so auth is per route, not for all of /api): PATCH and DELETE /workspaces/:id/members/:userId (commissioners only). */
export function memberRoutes({ db, live }: { db: Kysely<Database>; live: LiveAccessEvents }) {
  const findMember = (workspaceId: string, userId: string) =>
    db.selectFrom('memberships').selectAll().where('workspace_id', '=', workspaceId).where('user_id', '=', userId).executeTakeFirst();
  const otherCommissioners = async (workspaceId: string, userId: string) =>
    (await db.selectFrom('memberships').select('user_id').where('workspace_id', '=', workspaceId).where('role', '=', 'commissioner').where('user_id', '!=', userId).execute()).length;
  const lastCommissioner = (c: Parameters<typeof apiError>[0]) =>
    apiError(c, 409, 'last_commissioner', 'A workspace needs at least one commissioner');

  return new Hono<AppEnv>()
    .patch('/workspaces/:id/members/:userId', requireAuth, validateJson(updateMemberRequest), async (c) => {
      const manager = await managerOrError(c, db, c.req.param('id'));
      if (manager instanceof Response) return manager;
      const member = await findMember(manager.workspaceId, c.req.param('userId'));
      if (!member) return apiError(c, 404, 'not_found', 'No such member of this workspace');
      const { role, organisationId } = c.get('body');
      if (member.role === 'commissioner' && role !== 'commissioner' && (await otherCommissioners(manager.workspaceId, member.user_id)) === 0) {
        return lastCommissioner(c);
      }
      const organisation = organisationId === undefined ? member.organisation_id : organisationId;
      if (role === 'provider' && !organisation) {
        return apiError(c, 400, 'invalid_request', 'A provider belongs to an organisation', 'organisationId');
      }
      await db
        .updateTable('memberships')
        .set({ role, organisation_id: organisation })
        .where('workspace_id', '=', manager.workspaceId)
        .where('user_id', '=', member.user_id)
        .execute();
      await live.memberAccessChanged(member.user_id);
      await c.get('audit').record({
        workspaceId: manager.workspaceId,
        actorId: manager.userId,
        kind: 'member_role_changed',
        subject: member.user_id,
        details: { from: { role: member.role, organisationId: member.organisation_id }, to: { role, organisationId: organisation } },
      });
      return c.json({ member: { userId: member.user_id, role, organisationId: organisation } });
    })
    .delete('/workspaces/:id/members/:userId', requireAuth, async (c) => {
      const manager = await managerOrError(c, db, c.req.param('id'));
      if (manager instanceof Response) return manager;
      const member = await findMember(manager.workspaceId, c.req.param('userId'));
      if (!member) return apiError(c, 404, 'not_found', 'No such member of this workspace');
      if (member.role === 'commissioner' && (await otherCommissioners(manager.workspaceId, member.user_id)) === 0) return lastCommissioner(c);
      // Kept as a past membership: the record shows who was here, in which role, until when.
      await endMembership(db, manager.workspaceId, member.user_id, manager.userId);
      // Sessions that reach only this workspace (guests) end; an account's other workspaces are untouched.
      const ended = await db
        .deleteFrom('sessions')
        .where('user_id', '=', member.user_id)
        .where('workspace_id', '=', manager.workspaceId)
        .returning('id')
        .execute();
      live.sessionsEnded(ended.map((r) => r.id));
      await live.memberAccessChanged(member.user_id);
      await c.get('audit').record({
        workspaceId: manager.workspaceId,
        actorId: manager.userId,
        kind: 'member_removed',
        subject: member.user_id,
        details: { role: member.role, organisationId: member.organisation_id },
      });
      return c.body(null, 204);
    });
}
