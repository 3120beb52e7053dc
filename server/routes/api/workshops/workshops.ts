import { Hono } from 'hono';
import type { Kysely } from 'kysely';
import { joinWorkshopRequest, openWorkshopRequest, WORKSHOP_CODE_ALPHABET } from '../../../../shared/schemas/membership.ts';
import { writeSessionCookie, type CookieOptions } from '../../../auth/sessionCookie.ts';
import type { SessionStore } from '../../../auth/sessions.ts';
import { newId } from '../../../auth/tokens.ts';
import { toSignedInUser } from '../../../auth/users.ts';
import { endFinishedWorkshopGuests } from '../../../commands/endMemberships.ts';
import { createWorkshopGuest, findOpenWorkshop } from '../../../commands/joinWorkshop.ts';
import type { Database } from '../../../db/schema.ts';
import type { AppEnv } from '../../../http/appEnv.ts';
import { apiError } from '../../../http/errors.ts';
import type { LiveAccessEvents } from '../../../http/liveAccess.ts';
import { managerOrError } from '../../../http/managerGuard.ts';
import { WorkshopJoinLimits } from '../../../middleware/joinLimits.ts';
import { clientAddress } from '../../../middleware/rateLimit.ts';
import { requireAuth } from '../../../middleware/session.ts';
import { validateJson } from '../../../middleware/validateJson.ts';
import { presentWorkshop } from '../../../presenters/membership.ts';
import { presentUser } from '../../../presenters/user.ts';
import { versionWorkspace } from '../../../versions/versionWorkspace.ts';

export interface WorkshopRoutesOptions {
  db: Kysely<Database>;
  sessions: SessionStore;
  cookie: CookieOptions;
  trustProxy: boolean;
  live: LiveAccessEvents;
}

function randomCode(): string {
  const bytes = new Uint8Array(6);
  crypto.getRandomValues(bytes);
  // 31 symbols: a byte modulo 31 is very slightly uneven, which does not matter for a short-lived code.
  return [...bytes].map((b) => WORKSHOP_CODE_ALPHABET[b % WORKSHOP_CODE_ALPHABET.length]).join('');
}

/** Mounted at /api: open, list and close workshops; POST /join for guests with a code. */
export function workshopRoutes({ db, sessions, cookie, trustProxy, live }: WorkshopRoutesOptions) {
  // Codes are short: guessing is slowed, but a room sharing one address still joins at once.
  const joinLimits = new WorkshopJoinLimits();

  return new Hono<AppEnv>()
    .post('/workspaces/:id/workshops', requireAuth, validateJson(openWorkshopRequest), async (c) => {
      const manager = await managerOrError(c, db, c.req.param('id'));
      if (manager instanceof Response) return manager;
      const { title, durationMinutes } = c.get('body');
      let code = randomCode();
      for (let tries = 0; (await findOpenWorkshop(db, code)) && tries < 20; tries++) code = randomCode();
      const now = Date.now();
      const row = {
        id: newId(),
        workspace_id: manager.workspaceId,
        code,
        title,
        opened_by: manager.userId,
        opened_at: new Date(now).toISOString(),
        expires_at: new Date(now + durationMinutes * 60_000).toISOString(),
        closed_at: null,
      };
      await db.insertInto('workshops').values(row).execute();
      await c.get('audit').record({ workspaceId: manager.workspaceId, actorId: manager.userId, kind: 'workshop_opened', subject: row.id, details: { title, expiresAt: row.expires_at } });
      return c.json({ workshop: presentWorkshop(row) }, 201);
    })
    .get('/workspaces/:id/workshops', requireAuth, async (c) => {
      const manager = await managerOrError(c, db, c.req.param('id'));
      if (manager instanceof Response) return manager;
      const rows = await db.selectFrom('workshops').selectAll().where('workspace_id', '=', manager.workspaceId).orderBy('opened_at', 'desc').execute();
      return c.json({ workshops: rows.map(presentWorkshop) });
    })
    .post('/workspaces/:id/workshops/:workshopId/close', requireAuth, async (c) => {
      const manager = await managerOrError(c, db, c.req.param('id'));
      if (manager instanceof Response) return manager;
      const workshop = await db
        .selectFrom('workshops')
        .selectAll()
        .where('id', '=', c.req.param('workshopId'))
        .where('workspace_id', '=', manager.workspaceId)
        .executeTakeFirst();
      if (!workshop) return apiError(c, 404, 'not_found', 'No workshop with that id in this workspace');
      const closedAt = workshop.closed_at ?? new Date().toISOString();
      await db.updateTable('workshops').set({ closed_at: closedAt }).where('id', '=', workshop.id).execute();
      // The guests' stays end with the workshop (kept as past memberships, no longer listed)
      // and so do their sessions; their sockets close now.
      await endFinishedWorkshopGuests(db, manager.workspaceId, { workshopId: workshop.id, userId: manager.userId });
      live.sessionsEnded(await sessions.invalidateWorkshopGuests(workshop.id));
      if (!workshop.closed_at) {
        await c.get('audit').record({ workspaceId: manager.workspaceId, actorId: manager.userId, kind: 'workshop_closed', subject: workshop.id, details: { title: workshop.title } });
        await versionWorkspace(db, c.get('versioning'), manager.workspaceId, manager.userId);
      }
      return c.json({ workshop: presentWorkshop({ ...workshop, closed_at: closedAt }) });
    })
    .post('/join', validateJson(joinWorkshopRequest), async (c) => {
      const request = c.get('body');
      const address = clientAddress(c, trustProxy);
      const verdict = joinLimits.admit(address, request.code);
      if (!verdict.ok) {
        c.header('Retry-After', String(verdict.retryAfterSeconds));
        return apiError(c, 429, 'rate_limited', `Too many attempts. Try again in ${verdict.retryAfterSeconds} seconds.`);
      }
      const workshop = await findOpenWorkshop(db, request.code);
      if (!workshop) {
        joinLimits.wrongCode(request.code);
        return apiError(c, 404, 'unknown_code', 'That code is not open: check it with the facilitator', 'code');
      }
      joinLimits.joined(address);
      const guest = await createWorkshopGuest(db, workshop, request);
      const { token, session } = await sessions.create(guest.id, { workspaceId: workshop.workspace_id, expiresAt: new Date(workshop.expires_at) });
      writeSessionCookie(c, token, sessions.expiresAt(session), cookie);
      await c.get('audit').record({ workspaceId: workshop.workspace_id, actorId: guest.id, kind: 'member_joined', subject: guest.id, details: { role: request.role, workshopId: workshop.id } });
      return c.json({ user: presentUser(toSignedInUser(guest)), workspaceId: workshop.workspace_id, role: request.role }, 201);
    });
}
