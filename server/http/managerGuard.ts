import type { Context } from 'hono';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { checkManager, type Membership } from '../policies/workspacePolicy.ts';
import type { AppEnv } from './appEnv.ts';
import { apiError } from './errors.ts';

/** For routes only a workspace's commissioners may use: the membership, or the error response to return. */
export async function managerOrError<E extends AppEnv>(c: Context<E>, db: Kysely<Database>, workspaceId: string): Promise<Membership | Response> {
  const auth = (c as unknown as Context<AppEnv>).get('auth')!;
  const check = await checkManager(db, auth, workspaceId);
  if (check.ok) return check.membership;
  return check.status === 404
    ? apiError(c, 404, 'not_found', 'No workspace with that id, or you are not a member of it')
    : apiError(c, 403, 'forbidden', 'Only the workspace’s commissioners can do this');
}
