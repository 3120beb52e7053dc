import type { Kysely } from 'kysely';
import type { JoinWorkshopRequest } from '../../shared/schemas/membership.ts';
import type { Database, UserTable, WorkshopTable } from '../db/schema.ts';
import { newId } from '../auth/tokens.ts';

/**
 * A workshop guest: a user with no email and no password, a member of the
 * workshop's workspace with the role they chose, in one transaction.
 */
export async function createWorkshopGuest(db: Kysely<Database>, workshop: WorkshopTable, request: JoinWorkshopRequest): Promise<UserTable> {
  const now = new Date().toISOString();
  const guest: UserTable = {
    id: newId(),
    kind: 'guest',
    email: null,
    password_hash: null,
    display_name: request.displayName,
    workshop_id: workshop.id,
    created_at: now,
  };
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('users').values(guest).execute();
    await trx
      .insertInto('memberships')
      .values({ workspace_id: workshop.workspace_id, user_id: guest.id, role: request.role, organisation_id: null, created_at: now })
      .execute();
  });
  return guest;
}

/** The open workshop a code stands for, or undefined (unknown, closed or expired). */
export async function findOpenWorkshop(db: Kysely<Database>, code: string): Promise<WorkshopTable | undefined> {
  return db
    .selectFrom('workshops')
    .selectAll()
    .where('code', '=', code)
    .where('closed_at', 'is', null)
    .where('expires_at', '>', new Date().toISOString())
    .executeTakeFirst();
}
