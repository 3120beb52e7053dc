import type { AccessLevel, Role } from '../../shared/access.ts';
import type { ArtefactTable, WorkspaceTable } from '../db/schema.ts';

export function presentWorkspaceSummary(row: WorkspaceTable, role: Role) {
  return {
    id: row.id,
    name: row.name,
    model: row.model,
    zones: JSON.parse(row.zones) as string[],
    quadrant: row.quadrant,
    role,
  };
}

/**
 * One artefact with the caller's level. `byRole` (every role's level) is given
 * only to commissioners: they change it, and nobody else needs to know it.
 */
export function presentArtefact(row: ArtefactTable, access: AccessLevel, byRole?: Record<Role, AccessLevel>) {
  return { id: row.id, kind: row.kind, title: row.title, room: row.room, access, ...(byRole ? { accessByRole: byRole } : {}) };
}

export interface MemberView {
  userId: string;
  displayName: string;
  kind: string;
  email: string | null;
  role: string;
  organisation: { id: string; name: string } | null;
}

/** Members as the caller may see them: emails only for commissioners (service users' contact details stay private). */
export function presentMember(member: MemberView, viewerRole: Role) {
  return {
    userId: member.userId,
    displayName: member.displayName,
    guest: member.kind === 'guest',
    role: member.role,
    organisation: member.organisation,
    ...(viewerRole === 'commissioner' ? { email: member.email } : {}),
  };
}
