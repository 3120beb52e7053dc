import type { Kysely } from 'kysely';
import { accessByRole, accessFor, ARTEFACT_KINDS, ROLES, type AccessLevel, type AccessOverrides, type ArtefactKind, type Role } from '../../shared/access.ts';
import type { ArtefactTable, Database } from '../db/schema.ts';
import type { AuthState } from '../http/appEnv.ts';

export interface Membership {
  workspaceId: string;
  userId: string;
  role: Role;
  organisationId: string | null;
}

/**
 * The caller's membership of a workspace, or null. A guest session reaches only
 * the workspace it was issued for, whatever memberships its user has.
 */
export async function membershipOf(db: Kysely<Database>, auth: AuthState, workspaceId: string): Promise<Membership | null> {
  if (auth.session.workspaceId !== null && auth.session.workspaceId !== workspaceId) return null;
  const row = await db
    .selectFrom('memberships')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('user_id', '=', auth.user.id)
    .executeTakeFirst();
  if (!row || !isRole(row.role)) return null;
  return { workspaceId, userId: row.user_id, role: row.role, organisationId: row.organisation_id };
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export function isArtefactKind(value: string): value is ArtefactKind {
  return (ARTEFACT_KINDS as readonly string[]).includes(value);
}

export function canManageWorkspace(membership: Membership | null): boolean {
  return membership?.role === 'commissioner';
}

/** Per-artefact overrides of the default matrix, by artefact id. */
export async function overridesFor(db: Kysely<Database>, artefactIds: string[]): Promise<Map<string, AccessOverrides>> {
  const result = new Map<string, AccessOverrides>();
  if (artefactIds.length === 0) return result;
  const rows = await db.selectFrom('artefact_access').selectAll().where('artefact_id', 'in', artefactIds).execute();
  for (const row of rows) {
    const overrides = result.get(row.artefact_id) ?? {};
    if (isRole(row.role)) overrides[row.role] = row.level as AccessLevel;
    result.set(row.artefact_id, overrides);
  }
  return result;
}

/** The level a member has on an artefact. */
export function artefactAccess(membership: Membership, artefact: ArtefactTable, overrides: AccessOverrides | undefined): AccessLevel {
  if (!isArtefactKind(artefact.kind)) return 'none';
  return accessFor(artefact.kind, membership.role, overrides);
}

/** Every role's level on an artefact, for a commissioner; undefined for anyone else. */
export function accessByRoleFor(membership: Membership, artefact: ArtefactTable, overrides: AccessOverrides | undefined): Record<Role, AccessLevel> | undefined {
  if (!canManageWorkspace(membership) || !isArtefactKind(artefact.kind)) return undefined;
  return accessByRole(artefact.kind, overrides);
}

export type ManagerCheck = { ok: true; membership: Membership } | { ok: false; status: 404 | 403 };

/** The caller may manage the workspace (is its commissioner): 404 for non-members, 403 for other roles. */
export async function checkManager(db: Kysely<Database>, auth: AuthState, workspaceId: string): Promise<ManagerCheck> {
  const membership = await membershipOf(db, auth, workspaceId);
  if (!membership) return { ok: false, status: 404 };
  if (!canManageWorkspace(membership)) return { ok: false, status: 403 };
  return { ok: true, membership };
}
