import { Hono } from 'hono';
import type { Kysely } from 'kysely';
import { acceptInvitationRequest, createInvitationRequest } from '../../../../shared/schemas/membership.ts';
import { hashPassword } from '../../../auth/passwords.ts';
import { writeSessionCookie, type CookieOptions } from '../../../auth/sessionCookie.ts';
import type { SessionStore } from '../../../auth/sessions.ts';
import { hashSecret } from '../../../auth/tokens.ts';
import { createAccount, findUserByEmail } from '../../../auth/users.ts';
import { acceptInvitation } from '../../../commands/acceptInvitation.ts';
import { createInvitation } from '../../../commands/createInvitation.ts';
import type { Database } from '../../../db/schema.ts';
import type { AppEnv } from '../../../http/appEnv.ts';
import { apiError } from '../../../http/errors.ts';
import type { LiveAccessEvents } from '../../../http/liveAccess.ts';
import { managerOrError } from '../../../http/managerGuard.ts';
import { requireAuth } from '../../../middleware/session.ts';
import { validateJson } from '../../../middleware/validateJson.ts';
import { presentInvitation, presentOpenInvitation } from '../../../presenters/membership.ts';

export interface InvitationRoutesOptions {
  db: Kysely<Database>;
  sessions: SessionStore;
  cookie: CookieOptions;
  live: LiveAccessEvents;
}

/**
 * Mounted at /api: create, list and revoke a workspace's invitations
 * (commissioners); GET /invitations/:code, POST /invitations/:code/accept.
 */
export function invitationRoutes({ db, sessions, cookie, live }: InvitationRoutesOptions) {
  const findUsable = (code: string) =>
    db
      .selectFrom('invitations')
      .innerJoin('workspaces', 'workspaces.id', 'invitations.workspace_id')
      .leftJoin('organisations', 'organisations.id', 'invitations.organisation_id')
      .selectAll('invitations')
      .select(['workspaces.name as workspaceName', 'organisations.name as organisationName'])
      .where('invitations.token_hash', '=', hashSecret(code))
      .where('invitations.accepted_at', 'is', null)
      .where('invitations.revoked_at', 'is', null)
      .where('invitations.expires_at', '>', new Date().toISOString())
      .executeTakeFirst();
  // One answer for unknown, used, withdrawn and expired: a link's holder learns nothing more.
  const gone = (c: Parameters<typeof apiError>[0]) =>
    apiError(c, 404, 'invitation_not_found', 'This invitation does not exist, has been used or withdrawn, or has expired');

  return new Hono<AppEnv>()
    .post('/workspaces/:id/invitations', requireAuth, validateJson(createInvitationRequest), async (c) => {
      const manager = await managerOrError(c, db, c.req.param('id'));
      if (manager instanceof Response) return manager;
      const created = await createInvitation(db, manager.workspaceId, manager.userId, c.get('body'));
      if (!created.ok) return apiError(c, 400, 'invalid_request', created.message, created.field);
      return c.json({ invitation: presentInvitation(created.row, created.organisation, created.code) }, 201);
    })
    .get('/workspaces/:id/invitations', requireAuth, async (c) => {
      const manager = await managerOrError(c, db, c.req.param('id'));
      if (manager instanceof Response) return manager;
      // Open ones only: used, withdrawn and expired invitations stay in the database for the record.
      const rows = await db
        .selectFrom('invitations')
        .innerJoin('users', 'users.id', 'invitations.created_by')
        .leftJoin('organisations', 'organisations.id', 'invitations.organisation_id')
        .selectAll('invitations')
        .select(['users.display_name as createdByName', 'organisations.name as organisationName'])
        .where('invitations.workspace_id', '=', manager.workspaceId)
        .where('invitations.accepted_at', 'is', null)
        .where('invitations.revoked_at', 'is', null)
        .where('invitations.expires_at', '>', new Date().toISOString())
        .orderBy('invitations.created_at', 'desc')
        .orderBy('invitations.id')
        .execute();
      return c.json({ invitations: rows.map(presentOpenInvitation) });
    })
    .delete('/workspaces/:id/invitations/:invitationId', requireAuth, async (c) => {
      const manager = await managerOrError(c, db, c.req.param('id'));
      if (manager instanceof Response) return manager;
      const invitation = await db
        .selectFrom('invitations')
        .select(['id', 'accepted_at', 'revoked_at'])
        .where('id', '=', c.req.param('invitationId'))
        .where('workspace_id', '=', manager.workspaceId)
        .executeTakeFirst();
      if (!invitation) return apiError(c, 404, 'not_found', 'No invitation with that id in this workspace');
      if (invitation.accepted_at) return apiError(c, 409, 'invitation_used', 'This invitation has already been accepted: remove the member instead');
      // Revoking twice is fine (two commissioners, one list); the first time stays on the record.
      if (!invitation.revoked_at) {
        await db
          .updateTable('invitations')
          .set({ revoked_at: new Date().toISOString(), revoked_by: manager.userId })
          .where('id', '=', invitation.id)
          .where('revoked_at', 'is', null)
          .where('accepted_at', 'is', null)
          .execute();
      }
      return c.body(null, 204);
    })
    .get('/invitations/:code', async (c) => {
      const invitation = await findUsable(c.req.param('code'));
      if (!invitation) return gone(c);
      return c.json({
        invitation: {
          workspace: { id: invitation.workspace_id, name: invitation.workspaceName },
          role: invitation.role,
          organisation: invitation.organisation_id ? { id: invitation.organisation_id, name: invitation.organisationName ?? '' } : null,
          expiresAt: invitation.expires_at,
        },
      });
    })
    .post('/invitations/:code/accept', validateJson(acceptInvitationRequest), async (c) => {
      const invitation = await findUsable(c.req.param('code'));
      if (!invitation) return gone(c);
      const auth = c.get('auth');
      const body = c.get('body');
      let userId: string;
      if (auth && auth.user.kind === 'account') {
        userId = auth.user.id;
      } else if ('email' in body) {
        if (await findUserByEmail(db, body.email)) {
          return apiError(c, 409, 'email_taken', 'An account with this email already exists: sign in to accept', 'email');
        }
        const user = await createAccount(db, { email: body.email, displayName: body.displayName, passwordHash: await hashPassword(body.password) });
        const { token, session } = await sessions.create(user.id);
        writeSessionCookie(c, token, sessions.expiresAt(session), cookie);
        userId = user.id;
      } else {
        return apiError(c, 401, 'unauthenticated', 'Sign in, or give your details to create an account, to accept');
      }
      const outcome = await acceptInvitation(db, invitation, userId);
      if (outcome === 'already_member') return apiError(c, 409, 'already_member', 'You are already a member of this workspace');
      if (outcome === 'gone') return gone(c);
      await live.memberAccessChanged(userId);
      await c.get('audit').record({ workspaceId: invitation.workspace_id, actorId: userId, kind: 'member_joined', subject: userId, details: { role: invitation.role, invitationId: invitation.id } });
      return c.json({ workspaceId: invitation.workspace_id, role: invitation.role });
    });
}
