import { Hono } from 'hono';
import type { Kysely } from 'kysely';
import { acceptInvitationRequest, createInvitationRequest } from '../../../../shared/schemas/membership.ts';
import { hashPassword } from '../../../auth/passwords.ts';
import { writeSessionCookie, type CookieOptions } from '../../../auth/sessionCookie.ts';
import type { SessionStore } from '../../../auth/sessions.ts';
import { hashSecret, newId, newSecret } from '../../../auth/tokens.ts';
import { createAccount, findUserByEmail } from '../../../auth/users.ts';
import { acceptInvitation } from '../../../commands/acceptInvitation.ts';
import type { Database } from '../../../db/schema.ts';
import type { AppEnv } from '../../../http/appEnv.ts';
import { apiError } from '../../../http/errors.ts';
import type { LiveAccessEvents } from '../../../http/liveAccess.ts';
import { managerOrError } from '../../../http/managerGuard.ts';
import { requireAuth } from '../../../middleware/session.ts';
import { validateJson } from '../../../middleware/validateJson.ts';
import { presentInvitation } from '../../../presenters/membership.ts';

const INVITATION_LIFETIME_MS = 14 * 24 * 3600_000;

export interface InvitationRoutesOptions {
  db: Kysely<Database>;
  sessions: SessionStore;
  cookie: CookieOptions;
  live: LiveAccessEvents;
}

/** Mounted at /api: POST /workspaces/:id/invitations, GET /invitations/:code, POST /invitations/:code/accept. */
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
      .where('invitations.expires_at', '>', new Date().toISOString())
      .executeTakeFirst();
  const gone = (c: Parameters<typeof apiError>[0]) =>
    apiError(c, 404, 'invitation_not_found', 'This invitation does not exist, has been used, or has expired');

  return new Hono<AppEnv>()
    .post('/workspaces/:id/invitations', requireAuth, validateJson(createInvitationRequest), async (c) => {
      const manager = await managerOrError(c, db, c.req.param('id'));
      if (manager instanceof Response) return manager;
      const body = c.get('body');
      let organisation: { id: string; name: string } | null = null;
      if (body.organisationId) {
        organisation = (await db.selectFrom('organisations').select(['id', 'name']).where('id', '=', body.organisationId).executeTakeFirst()) ?? null;
        if (!organisation) return apiError(c, 400, 'invalid_request', 'No organisation with that id', 'organisationId');
      } else if (body.organisationName) {
        organisation = { id: newId(), name: body.organisationName };
        await db.insertInto('organisations').values({ ...organisation, created_at: new Date().toISOString() }).execute();
      }
      const code = newSecret();
      const now = Date.now();
      const row = {
        id: newId(),
        token_hash: hashSecret(code),
        workspace_id: manager.workspaceId,
        role: body.role,
        organisation_id: organisation?.id ?? null,
        created_by: manager.userId,
        created_at: new Date(now).toISOString(),
        expires_at: new Date(now + INVITATION_LIFETIME_MS).toISOString(),
        accepted_by: null,
        accepted_at: null,
      };
      await db.insertInto('invitations').values(row).execute();
      return c.json({ invitation: presentInvitation(row, organisation, code) }, 201);
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
      await live.memberAccessChanged(userId);
      return c.json({ workspaceId: invitation.workspace_id, role: invitation.role });
    });
}
