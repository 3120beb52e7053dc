import type { Kysely } from 'kysely';
import type { Database, UserTable } from '../db/schema.ts';
import type { SignedInUser } from '../http/appEnv.ts';
import { newId } from './tokens.ts';

export type UserRow = UserTable;

export async function findUserByEmail(db: Kysely<Database>, email: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
}

export async function findUserById(db: Kysely<Database>, id: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function countAccounts(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .where('kind', '=', 'account')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function createAccount(
  db: Kysely<Database>,
  fields: { email: string; passwordHash: string; displayName: string },
): Promise<UserRow> {
  const row: UserRow = {
    id: newId(),
    kind: 'account',
    email: fields.email,
    password_hash: fields.passwordHash,
    display_name: fields.displayName,
    workshop_id: null,
    created_at: new Date().toISOString(),
  };
  await db.insertInto('users').values(row).execute();
  return row;
}

export function toSignedInUser(row: UserRow): SignedInUser {
  return { id: row.id, kind: row.kind, email: row.email, displayName: row.display_name };
}
