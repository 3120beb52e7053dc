import type { Kysely } from 'kysely';
import type { Database, InvitationTable } from '../db/schema.ts';

export type AcceptOutcome = 'joined' | 'already_member' | 'gone';

/**
 * Makes the user a member with the invitation's role and marks it used, in one
 * transaction. The invitation is claimed with a conditional update, so one
 * withdrawn or taken since it was read (a commissioner revoking it, a second
 * person accepting at the same moment) is 'gone', not used twice.
 */
export async function acceptInvitation(db: Kysely<Database>, invitation: InvitationTable, userId: string): Promise<AcceptOutcome> {
  return db.transaction().execute(async (trx) => {
    const existing = await trx
      .selectFrom('memberships')
      .select('role')
      .where('workspace_id', '=', invitation.workspace_id)
      .where('user_id', '=', userId)
      .executeTakeFirst();
    if (existing) return 'already_member';
    const now = new Date().toISOString();
    const claimed = await trx
      .updateTable('invitations')
      .set({ accepted_by: userId, accepted_at: now })
      .where('id', '=', invitation.id)
      .where('accepted_at', 'is', null)
      .where('revoked_at', 'is', null)
      .where('expires_at', '>', now)
      .executeTakeFirst();
    if (Number(claimed.numUpdatedRows) !== 1) return 'gone';
    await trx
      .insertInto('memberships')
      .values({ workspace_id: invitation.workspace_id, user_id: userId, role: invitation.role, organisation_id: invitation.organisation_id, created_at: now })
      .execute();
    return 'joined';
  });
}
