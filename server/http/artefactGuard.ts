import type { Context } from 'hono';
import type { Kysely } from 'kysely';
import { allows, type AccessLevel, type Action, type ArtefactKind } from '../../shared/access.ts';
import type { ArtefactTable, Database } from '../db/schema.ts';
import { artefactAccess, canManageWorkspace, isArtefactKind, membershipOf, overridesFor, type Membership } from '../policies/workspacePolicy.ts';
import type { AppEnv, AuthState } from './appEnv.ts';
import { apiError } from './errors.ts';

export interface ArtefactViewer {
  artefact: ArtefactTable & { kind: ArtefactKind };
  membership: Membership;
  access: AccessLevel;
}

/**
 * The artefact and the caller's standing on it, or null when there is no such
 * artefact or the caller is not a member of its workspace (access may be none).
 */
export async function artefactStanding(db: Kysely<Database>, auth: AuthState, artefactId: string): Promise<ArtefactViewer | null> {
  const artefact = await db.selectFrom('artefacts').selectAll().where('id', '=', artefactId).executeTakeFirst();
  const membership = artefact ? await membershipOf(db, auth, artefact.workspace_id) : null;
  if (!artefact || !membership || !isArtefactKind(artefact.kind)) return null;
  const overrides = (await overridesFor(db, [artefact.id])).get(artefact.id);
  return { artefact: artefact as ArtefactViewer['artefact'], membership, access: artefactAccess(membership, artefact, overrides) };
}

/**
 * The artefact named by `:id` and the caller's standing on it, or the error to
 * answer: 404 when there is no such artefact or the caller is not a member of
 * its workspace, 403 when their access is below `need` ('manage': commissioners only).
 */
export async function artefactOrError<E extends AppEnv>(c: Context<E>, db: Kysely<Database>, need: Action | 'manage'): Promise<ArtefactViewer | Response> {
  const auth = (c as unknown as Context<AppEnv>).get('auth')!;
  const standing = await artefactStanding(db, auth, c.req.param('id') ?? '');
  if (!standing) return apiError(c, 404, 'not_found', 'No artefact with that id, or you are not a member of its workspace');
  if (!allows(standing.access, 'view')) return apiError(c, 403, 'forbidden', 'You do not have access to this artefact');
  if (need === 'manage' ? !canManageWorkspace(standing.membership) : !allows(standing.access, need)) {
    return apiError(c, 403, 'forbidden', need === 'manage' ? 'Only the workspace’s commissioners can do this' : `This needs ${need} access to the artefact`);
  }
  return standing;
}
