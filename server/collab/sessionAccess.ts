import type { IncomingMessage as HttpRequest } from 'node:http';
import type { Kysely } from 'kysely';
import { sessionTokenFromCookieHeader } from '../auth/sessionCookie.ts';
import { sessionFromRow, type SessionStore, type ValidSession } from '../auth/sessions.ts';
import { findUserById } from '../auth/users.ts';
import type { Database } from '../db/schema.ts';
import { isAllowedOrigin } from '../middleware/originCheck.ts';
import { artefactAccess, membershipOf, overridesFor } from '../policies/workspacePolicy.ts';
import { presenceColour } from '../../shared/presenceColour.ts';
import { writesNeedEdit, type CollabAccess, type CollabGrant, type UpgradeDecision } from './collabAccess.ts';

export interface SessionAccessOptions {
  db: Kysely<Database>;
  sessions: SessionStore;
  allowedOrigins: () => ReadonlySet<string>;
}

/**
 * Access to artefact rooms: the session cookie names the person, the room names
 * the artefact, the workspace membership and the artefact's matrix give the
 * level. Everything is checked before any document is loaded.
 */
export function sessionAccess({ db, sessions, allowedOrigins }: SessionAccessOptions): CollabAccess {
  async function grantFor(session: ValidSession, roomName: string): Promise<UpgradeDecision> {
    const artefact = await db.selectFrom('artefacts').selectAll().where('room', '=', roomName).executeTakeFirst();
    if (!artefact) return { ok: false, status: 404 };
    const user = await findUserById(db, session.userId);
    if (!user) return { ok: false, status: 401 };
    const auth = { session, user: { id: user.id, kind: user.kind, email: user.email, displayName: user.display_name } };
    const membership = await membershipOf(db, auth, artefact.workspace_id);
    if (!membership) return { ok: false, status: 403 };
    const level = artefactAccess(membership, artefact, (await overridesFor(db, [artefact.id])).get(artefact.id));
    if (level === 'none') return { ok: false, status: 403 };
    return {
      ok: true,
      grant: {
        userId: user.id,
        sessionId: session.id,
        level,
        identity: { id: user.id, name: user.display_name, role: membership.role, colour: presenceColour(user.id) },
      },
    };
  }

  return {
    async authorizeUpgrade(request: HttpRequest, roomName: string) {
      // Cross-site WebSocket hijacking: browsers always send Origin on an upgrade.
      if (!isAllowedOrigin(request.headers.origin, allowedOrigins())) return { ok: false, status: 403 };
      const token = sessionTokenFromCookieHeader(request.headers.cookie);
      const session = token ? await sessions.validate(token) : null;
      if (!session) return { ok: false, status: 401 };
      return grantFor(session, roomName);
    },
    authorizeMessage: writesNeedEdit,
    async reauthorize(grant: CollabGrant, roomName: string) {
      if (!grant.sessionId || !grant.userId) return null;
      const row = await db.selectFrom('sessions').selectAll().where('id', '=', grant.sessionId).executeTakeFirst();
      if (!row) return null;
      const session = sessionFromRow(row);
      if (sessions.expiresAt(session).getTime() <= Date.now()) return null;
      const decision = await grantFor(session, roomName);
      return decision.ok ? decision.grant : null;
    },
  };
}
