import type { Kysely } from 'kysely';
import type { Database, MembershipTable, PastMembershipTable } from '../db/schema.ts';

interface Ending {
  endedAt: string;
  endedBy: string | null;
  reason: PastMembershipTable['reason'];
}

/**
 * Moves memberships to past_memberships in one transaction. Deleting the
 * current row (rather than flagging it) keeps every access check, member list
 * and sync policy correct without each having to know about ended stays; the
 * past row keeps who was here, in which role, from when to when.
 */
async function moveToPast(db: Kysely<Database>, rows: Array<MembershipTable & Partial<Ending>>, ending: Ending): Promise<void> {
  if (rows.length === 0) return;
  await db.transaction().execute(async (trx) => {
    for (const row of rows) {
      await trx
        .insertInto('past_memberships')
        .values({
          workspace_id: row.workspace_id,
          user_id: row.user_id,
          role: row.role,
          organisation_id: row.organisation_id,
          joined_at: row.created_at,
          ended_at: row.endedAt ?? ending.endedAt,
          ended_by: row.endedBy === undefined ? ending.endedBy : row.endedBy,
          reason: ending.reason,
        })
        // Two requests ending the same stay at once (a close and a page load): one record is enough.
        .onConflict((oc) => oc.columns(['workspace_id', 'user_id', 'joined_at']).doNothing())
        .execute();
      await trx.deleteFrom('memberships').where('workspace_id', '=', row.workspace_id).where('user_id', '=', row.user_id).execute();
    }
  });
}

/** A commissioner removed someone: their membership ends now, on the record. */
export async function endMembership(db: Kysely<Database>, workspaceId: string, userId: string, endedBy: string): Promise<void> {
  const rows = await db.selectFrom('memberships').selectAll().where('workspace_id', '=', workspaceId).where('user_id', '=', userId).execute();
  await moveToPast(db, rows, { endedAt: new Date().toISOString(), endedBy, reason: 'removed' });
}

/**
 * Ends the memberships of guests whose workshop is over — closed, or past the
 * end its code was opened for — in this workspace. Called when a workshop
 * closes and before members are listed, so an expired workshop's guests leave
 * the list too. Each stay ends when the workshop did, not when this runs;
 * `closedBy` names who closed the workshop just closed, for its guests' records.
 * Returns the guests whose membership ended.
 */
export async function endFinishedWorkshopGuests(
  db: Kysely<Database>,
  workspaceId: string,
  closedBy?: { workshopId: string; userId: string },
): Promise<string[]> {
  const now = new Date().toISOString();
  const rows = await db
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.user_id')
    .innerJoin('workshops', 'workshops.id', 'users.workshop_id')
    .selectAll('memberships')
    .select(['workshops.id as workshopId', 'workshops.closed_at as closedAt', 'workshops.expires_at as expiresAt'])
    .where('memberships.workspace_id', '=', workspaceId)
    .where('users.kind', '=', 'guest')
    .where((eb) => eb.or([eb('workshops.closed_at', 'is not', null), eb('workshops.expires_at', '<=', now)]))
    .execute();
  const ended = rows.map(({ workshopId, closedAt, expiresAt, ...membership }) => ({
    ...membership,
    endedAt: closedAt !== null && closedAt < expiresAt ? closedAt : expiresAt,
    endedBy: closedBy?.workshopId === workshopId ? closedBy.userId : null,
  }));
  await moveToPast(db, ended, { endedAt: now, endedBy: null, reason: 'workshop_closed' });
  return ended.map((row) => row.user_id);
}
