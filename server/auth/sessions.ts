import type { Kysely } from 'kysely';
import type { Database, SessionTable } from '../db/schema.ts';
import { hashSecret, newId, newSecret, parseToken, secretMatches } from './tokens.ts';

export interface SessionPolicy {
  /** A session unused for this long ends. */
  idleMs: number;
  /** No session lives longer than this, however active. */
  absoluteMs: number;
  /** last_used_at is written at most this often (sliding renewal without a write per request). */
  renewEveryMs: number;
}

export const DEFAULT_SESSION_POLICY: SessionPolicy = {
  idleMs: 7 * 24 * 3600_000,
  absoluteMs: 30 * 24 * 3600_000,
  renewEveryMs: 3600_000,
};

export interface ValidSession {
  id: string;
  userId: string;
  /** Guest sessions are confined to one workspace. */
  workspaceId: string | null;
  createdAt: Date;
  lastUsedAt: Date;
  hardEnd: Date | null;
}

/**
 * Sessions after Lucia's current guide: the client holds `<id>.<secret>`, the
 * database holds only SHA-256(secret), compared in constant time.
 */
export class SessionStore {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly policy: SessionPolicy = DEFAULT_SESSION_POLICY,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /**
   * A new session and its token; the token is shown to the client once and
   * never stored. Guest sessions pass their workspace and a hard end.
   */
  async create(
    userId: string,
    guest: { workspaceId: string; expiresAt: Date } | null = null,
  ): Promise<{ token: string; session: ValidSession }> {
    const workspaceId = guest?.workspaceId ?? null;
    const hardEnd = guest?.expiresAt ?? null;
    const id = newId();
    const secret = newSecret();
    const now = this.now();
    await this.db
      .insertInto('sessions')
      .values({
        id,
        secret_hash: hashSecret(secret),
        user_id: userId,
        workspace_id: workspaceId,
        created_at: now.toISOString(),
        last_used_at: now.toISOString(),
        expires_at: hardEnd?.toISOString() ?? null,
      })
      .execute();
    return { token: `${id}.${secret}`, session: { id, userId, workspaceId, createdAt: now, lastUsedAt: now, hardEnd } };
  }

  /** The session a token stands for, renewed if due; null for anything invalid or expired. */
  async validate(token: string): Promise<ValidSession | null> {
    const parsed = parseToken(token);
    if (!parsed) return null;
    const row = await this.db.selectFrom('sessions').selectAll().where('id', '=', parsed.id).executeTakeFirst();
    if (!row || !secretMatches(parsed.secret, row.secret_hash)) return null;

    const now = this.now().getTime();
    const session = sessionFromRow(row);
    if (this.expiresAt(session).getTime() <= now) {
      await this.invalidate(row.id);
      return null;
    }
    if (now - session.lastUsedAt.getTime() >= this.policy.renewEveryMs) {
      session.lastUsedAt = new Date(now);
      await this.db.updateTable('sessions').set({ last_used_at: session.lastUsedAt.toISOString() }).where('id', '=', row.id).execute();
    }
    return session;
  }

  /** When the session ends at the latest (for the cookie's lifetime). */
  expiresAt(session: ValidSession): Date {
    return new Date(
      Math.min(
        session.lastUsedAt.getTime() + this.policy.idleMs,
        session.createdAt.getTime() + this.policy.absoluteMs,
        session.hardEnd?.getTime() ?? Infinity,
      ),
    );
  }

  /** Ends the guest sessions of a workshop's guests (the workshop closed), returning their ids. */
  async invalidateWorkshopGuests(workshopId: string): Promise<string[]> {
    const guests = this.db.selectFrom('users').select('id').where('workshop_id', '=', workshopId);
    return (await this.db.deleteFrom('sessions').where('user_id', 'in', guests).returning('id').execute()).map((r) => r.id);
  }

  async invalidate(sessionId: string): Promise<void> {
    await this.db.deleteFrom('sessions').where('id', '=', sessionId).execute();
  }

  /** Ends every session of a user (password change), returning the ended ids so their sockets can close. */
  async invalidateAllForUser(userId: string, exceptSessionId?: string): Promise<string[]> {
    let query = this.db.deleteFrom('sessions').where('user_id', '=', userId);
    if (exceptSessionId) query = query.where('id', '!=', exceptSessionId);
    return (await query.returning('id').execute()).map((r) => r.id);
  }
}

export function sessionFromRow(row: SessionTable): ValidSession {
  return {
    id: row.id,
    userId: row.user_id,
    workspaceId: row.workspace_id,
    createdAt: new Date(row.created_at),
    lastUsedAt: new Date(row.last_used_at),
    hardEnd: row.expires_at ? new Date(row.expires_at) : null,
  };
}
