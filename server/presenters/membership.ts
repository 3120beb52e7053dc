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

export function presentWorkshop(row: WorkshopTable) {
  return { id: row.id, title: row.title, code: row.code, openedAt: row.opened_at, expiresAt: row.expires_at, closedAt: row.closed_at };
}
