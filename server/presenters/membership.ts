import type { InvitationTable, WorkshopTable } from '../db/schema.ts';

export function presentInvitation(row: InvitationTable, organisation: { id: string; name: string } | null, code?: string) {
  return {
    id: row.id,
    role: row.role,
    organisation,
    expiresAt: row.expires_at,
    // The code is shown once, to the commissioner who made it; only its hash is stored.
    ...(code ? { code, path: `/invitations/${code}` } : {}),
  };
}

/**
 * An open invitation in the commissioners' list. Without its code: only the
 * code's hash is stored, so a link cannot be read back — copy it when made.
 */
export function presentOpenInvitation(row: InvitationTable & { createdByName: string; organisationName: string | null }) {
  return {
    id: row.id,
    role: row.role,
    organisation: row.organisation_id ? { id: row.organisation_id, name: row.organisationName ?? '' } : null,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    createdBy: { id: row.created_by, name: row.createdByName },
  };
}

export function presentWorkshop(row: WorkshopTable) {
  return { id: row.id, title: row.title, code: row.code, openedAt: row.opened_at, expiresAt: row.expires_at, closedAt: row.closed_at };
}
