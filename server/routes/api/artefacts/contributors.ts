import type { Context } from 'hono';
import type { Kysely } from 'kysely';
import { allows } from '../../../../shared/access.ts';
import { attributedRootFor } from '../../../attribution/attributedRoots.ts';
import type { ContributorsCache } from '../../../attribution/contributorsCache.ts';
import type { Database } from '../../../db/schema.ts';
import type { AppEnv } from '../../../http/appEnv.ts';
import { apiError } from '../../../http/errors.ts';
import { artefactAccess, isArtefactKind, membershipOf, overridesFor } from '../../../policies/workspacePolicy.ts';
import { presentContributors, type ContributorPerson } from '../../../presenters/contributors.ts';

/**
 * GET /api/artefacts/:id/contributors — who changed each entry (outcome, map
 * node), from the user id the server stored with every update, never from
 * anything typed into the document.
 */
export function contributorsHandler(db: Kysely<Database>, cache: ContributorsCache) {
  return async (c: Context<AppEnv, '/:id/contributors'>) => {
    const artefact = await db.selectFrom('artefacts').selectAll().where('id', '=', c.req.param('id')).executeTakeFirst();
    const membership = artefact ? await membershipOf(db, c.get('auth')!, artefact.workspace_id) : null;
    if (!artefact || !membership || !isArtefactKind(artefact.kind)) {
      return apiError(c, 404, 'not_found', 'No artefact with that id, or you are not a member of its workspace');
    }
    const overrides = (await overridesFor(db, [artefact.id])).get(artefact.id);
    // The same answer a socket gets for a room it may not open: a member without view access is refused, not misled.
    if (!allows(artefactAccess(membership, artefact, overrides), 'view')) {
      return apiError(c, 403, 'forbidden', 'You do not have access to this artefact');
    }

    const rootName = attributedRootFor(artefact.kind);
    if (!rootName) return c.json(presentContributors(new Map(), new Map()));
    const byEntry = await cache.contributorsOf(artefact.room, rootName);
    const people = await peopleOf(db, artefact.workspace_id, byEntry);
    return c.json(presentContributors(byEntry, people));
  };
}

/** Names from users, roles from this workspace's memberships: people who have left still show, without a role. */
async function peopleOf(db: Kysely<Database>, workspaceId: string, byEntry: Map<string, Map<string, unknown>>) {
  const ids = [...new Set([...byEntry.values()].flatMap((byUser) => [...byUser.keys()]))];
  const people = new Map<string, ContributorPerson>();
  if (ids.length === 0) return people;
  const rows = await db
    .selectFrom('users')
    .leftJoin('memberships', (join) => join.onRef('memberships.user_id', '=', 'users.id').on('memberships.workspace_id', '=', workspaceId))
    .select(['users.id', 'users.display_name', 'memberships.role'])
    .where('users.id', 'in', ids)
    .execute();
  for (const row of rows) people.set(row.id, { name: row.display_name, role: row.role });
  return people;
}
