import { Hono } from 'hono';
import type { Kysely } from 'kysely';
import { openCallRequest, registerCitizenRequest } from '../../../../shared/schemas/contributions.ts';
import { hashPassword } from '../../../auth/passwords.ts';
import { writeSessionCookie, type CookieOptions } from '../../../auth/sessionCookie.ts';
import type { SessionStore } from '../../../auth/sessions.ts';
import { newId } from '../../../auth/tokens.ts';
import { createAccount, findUserByEmail } from '../../../auth/users.ts';
import type { CallEvents } from '../../../contributions/callEvents.ts';
import type { CallReadCache } from '../../../contributions/callReadCache.ts';
import type { CallTable, Database } from '../../../db/schema.ts';
import type { AppEnv } from '../../../http/appEnv.ts';
import { apiError } from '../../../http/errors.ts';
import { serveEventStream } from '../../../live/serveEventStream.ts';
import { managerOrError } from '../../../http/managerGuard.ts';
import { requireAuth } from '../../../middleware/session.ts';
import { validateJson } from '../../../middleware/validateJson.ts';
import { callState, callViewer } from '../../../policies/contributionPolicy.ts';
import { membershipOf } from '../../../policies/workspacePolicy.ts';
import { presentCall } from '../../../presenters/contributions.ts';

export interface CallRoutesOptions {
  db: Kysely<Database>;
  events: CallEvents;
  /** The shared read of each call, kept until its next change. */
  reads: CallReadCache;
  sessions: SessionStore;
  cookie: CookieOptions;
}

const callNotFound = (c: Parameters<typeof apiError>[0]) => apiError(c, 404, 'not_found', 'No call with that id, or it is not open to you');

/**
 * Calls for contributions on population outcomes: commissioners open them;
 * members (and anyone, for a public call) read them, their outcomes, the
 * contributions they may see and a summary; citizens register from a public
 * call's page; everyone viewing gets live events.
 */
export function callRoutes({ db, events, reads, sessions, cookie }: CallRoutesOptions) {
  return new Hono<AppEnv>()
    .post('/workspaces/:id/calls', requireAuth, validateJson(openCallRequest), async (c) => {
      const manager = await managerOrError(c, db, c.req.param('id'));
      if (manager instanceof Response) return manager;
      const body = c.get('body');
      const now = new Date().toISOString();
      const call: CallTable = {
        id: newId(),
        workspace_id: manager.workspaceId,
        title: body.title,
        introduction: body.introduction,
        opens_at: body.opensAt ? new Date(body.opensAt).toISOString() : now,
        closes_at: new Date(body.closesAt).toISOString(),
        zones: JSON.stringify(body.zones),
        outcome_ids: JSON.stringify(body.outcomeIds),
        public: body.public ? 1 : 0,
        created_by: manager.userId,
        created_at: now,
      };
      await db.insertInto('calls').values(call).execute();
      await c.get('audit').record({ workspaceId: manager.workspaceId, actorId: manager.userId, kind: 'call_opened', subject: call.id, details: { title: call.title, opensAt: call.opens_at, closesAt: call.closes_at, public: body.public } });
      return c.json({ call: presentCall(call, callState(call, now)) }, 201);
    })
    .get('/workspaces/:id/calls', requireAuth, async (c) => {
      const membership = await membershipOf(db, c.get('auth')!, c.req.param('id'));
      if (!membership) return apiError(c, 404, 'not_found', 'No workspace with that id, or you are not a member of it');
      const rows = await db.selectFrom('calls').selectAll().where('workspace_id', '=', membership.workspaceId).orderBy('created_at', 'desc').execute();
      const now = new Date().toISOString();
      return c.json({ calls: rows.map((row) => presentCall(row, callState(row, now))) });
    })
    .get('/calls/:id', async (c) => {
      const viewer = await callViewer(db, c.get('auth'), c.req.param('id'));
      if (!viewer) return callNotFound(c);
      const state = callState(viewer.call, new Date().toISOString());
      const read = await reads.read(viewer.call);
      // Everyone outside the workspace reads the same answer: kept as bytes, not put together again.
      if (!viewer.membership) return c.body(reads.publicBody(read, viewer.call, state), 200, { 'Content-Type': 'application/json; charset=UTF-8' });
      return c.json({
        call: presentCall(viewer.call, state),
        outcomes: read.outcomes,
        contributions: await reads.contributionsFor(read, viewer.call.id, viewer.membership),
        viewer: { userId: viewer.membership.userId, role: viewer.membership.role },
      });
    })
    .get('/calls/:id/summary', async (c) => {
      const viewer = await callViewer(db, c.get('auth'), c.req.param('id'));
      if (!viewer) return callNotFound(c);
      const { summary } = await reads.read(viewer.call);
      // Open or closed is a matter of the time now, not of when the summary was read.
      return c.json({ ...summary, call: presentCall(viewer.call, callState(viewer.call, new Date().toISOString())) });
    })
    .get('/calls/:id/events', async (c) => {
      const viewer = await callViewer(db, c.get('auth'), c.req.param('id'));
      if (!viewer) return callNotFound(c);
      const callId = viewer.call.id;
      return serveEventStream(c, { subscribe: (send) => events.subscribe(callId, send), ready: { callId } });
    })
    .post('/calls/:id/register', async (c) => {
      // Only a public call's page invites strangers in; a private call is not admitted to.
      const call = await db.selectFrom('calls').selectAll().where('id', '=', c.req.param('id')).where('public', '=', 1).executeTakeFirst();
      if (!call) return callNotFound(c);
      if (callState(call, new Date().toISOString()) === 'closed') return apiError(c, 409, 'call_closed', 'This call has closed: it can still be read, but no one new can join it');
      const auth = c.get('auth');
      let userId: string;
      if (auth && auth.user.kind === 'account') {
        userId = auth.user.id;
      } else {
        const parsed = registerCitizenRequest.safeParse(await c.req.json().catch(() => null));
        if (!parsed.success) {
          const issue = parsed.error.issues[0]!;
          return apiError(c, 400, 'invalid_request', `${issue.path.join('.') || 'body'}: ${issue.message}`, issue.path.join('.') || undefined);
        }
        if (await findUserByEmail(db, parsed.data.email)) return apiError(c, 409, 'email_taken', 'An account with this email already exists: sign in to take part', 'email');
        const user = await createAccount(db, { email: parsed.data.email, displayName: parsed.data.displayName, passwordHash: await hashPassword(parsed.data.password) });
        const { token, session } = await sessions.create(user.id);
        writeSessionCookie(c, token, sessions.expiresAt(session), cookie);
        userId = user.id;
      }
      const existing = await db.selectFrom('memberships').select('role').where('workspace_id', '=', call.workspace_id).where('user_id', '=', userId).executeTakeFirst();
      if (existing) return c.json({ workspaceId: call.workspace_id, role: existing.role });
      await db.insertInto('memberships').values({ workspace_id: call.workspace_id, user_id: userId, role: 'citizen', organisation_id: null, created_at: new Date().toISOString() }).execute();
      await c.get('audit').record({ workspaceId: call.workspace_id, actorId: userId, kind: 'member_joined', subject: userId, details: { role: 'citizen', callId: call.id } });
      return c.json({ workspaceId: call.workspace_id, role: 'citizen' }, 201);
    });
}
