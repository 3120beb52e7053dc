import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

export interface Organisation {
  id: string;
  name: string;
}

/**
 * The organisations a workspace knows: those of its members, past members and
 * invitations (revoked ones too — they are kept). Organisations have no
 * workspace of their own; this is what keeps one programme's agencies out of
 * another's lists.
 */
export async function knownOrganisations(db: Kysely<Database>, workspaceId: string): Promise<Organisation[]> {
  const rows = await db
    .selectFrom('organisations')
    .select(['id', 'name'])
    .where((eb) =>
      eb.or([
        eb('id', 'in', eb.selectFrom('memberships').select('organisation_id').where('workspace_id', '=', workspaceId).where('organisation_id', 'is not', null)),
        eb('id', 'in', eb.selectFrom('past_memberships').select('organisation_id').where('workspace_id', '=', workspaceId).where('organisation_id', 'is not', null)),
        eb('id', 'in', eb.selectFrom('invitations').select('organisation_id').where('workspace_id', '=', workspaceId).where('organisation_id', 'is not', null)),
      ]),
    )
    .execute();
  // Sorted here, not in SQL: SQLite and PostgreSQL collate differently, and people expect "gofal" beside "Gofal".
  return rows.sort((a, b) => a.name.localeCompare(b.name, 'en-GB', { sensitivity: 'base' }) || a.id.localeCompare(b.id));
}

/** "  Gofal  Da CYF " and "gofal da cyf" are the same organisation. */
export function sameOrganisationName(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}
