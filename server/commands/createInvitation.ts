import type { Kysely } from 'kysely';
import type { CreateInvitationRequest } from '../../shared/schemas/membership.ts';
import { hashSecret, newId, newSecret } from '../auth/tokens.ts';
import type { Database, InvitationTable } from '../db/schema.ts';
import { knownOrganisations, sameOrganisationName, type Organisation } from './organisations.ts';

const INVITATION_LIFETIME_MS = 14 * 24 * 3600_000;

export type CreateInvitationOutcome =
  | { ok: true; row: InvitationTable; organisation: Organisation | null; code: string }
  | { ok: false; field: 'organisationId'; message: string };

/**
 * A single-use invitation, and its organisation when it names one. A name the
 * workspace already knows reuses that organisation, so inviting a second
 * person from the same agency does not split it in two; a new organisation is
 * created in the same transaction as the invitation, never without one.
 */
export async function createInvitation(
  db: Kysely<Database>,
  workspaceId: string,
  createdBy: string,
  request: CreateInvitationRequest,
): Promise<CreateInvitationOutcome> {
  return db.transaction().execute(async (trx) => {
    let organisation: Organisation | null = null;
    if (request.organisationId || request.organisationName) {
      const known = await knownOrganisations(trx, workspaceId);
      if (request.organisationId) {
        organisation = known.find((o) => o.id === request.organisationId) ?? null;
        // Another workspace's organisation is as unknown here as a made-up id.
        if (!organisation) return { ok: false, field: 'organisationId', message: 'No organisation with that id in this workspace' } as const;
      } else if (request.organisationName) {
        const wanted = sameOrganisationName(request.organisationName);
        organisation = known.find((o) => sameOrganisationName(o.name) === wanted) ?? null;
        if (!organisation) {
          organisation = { id: newId(), name: request.organisationName };
          await trx.insertInto('organisations').values({ ...organisation, created_at: new Date().toISOString() }).execute();
        }
      }
    }
    const code = newSecret();
    const now = Date.now();
    const row: InvitationTable = {
      id: newId(),
      token_hash: hashSecret(code),
      workspace_id: workspaceId,
      role: request.role,
      organisation_id: organisation?.id ?? null,
      created_by: createdBy,
      created_at: new Date(now).toISOString(),
      expires_at: new Date(now + INVITATION_LIFETIME_MS).toISOString(),
      accepted_by: null,
      accepted_at: null,
      revoked_at: null,
      revoked_by: null,
    };
    await trx.insertInto('invitations').values(row).execute();
    return { ok: true, row, organisation, code } as const;
  });
}
