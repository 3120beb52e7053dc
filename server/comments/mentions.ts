import type { Kysely } from 'kysely';
import { accessFor, allows, type AccessOverrides } from '../../shared/access.ts';
import type { Database } from '../db/schema.ts';
import { canSeeThread, type ThreadAudience } from '../policies/commentPolicy.ts';
import { isRole } from '../policies/workspacePolicy.ts';

/**
 * The index of the first mention that is not a member who may read this
 * thread, or null when all are. Mentioning someone who cannot see a
 * confidential thread would tell them it exists, so they are refused too.
 */
export async function invalidMention(
  db: Kysely<Database>,
  workspaceId: string,
  overrides: AccessOverrides | undefined,
  audience: ThreadAudience,
  mentions: readonly string[],
): Promise<number | null> {
  if (mentions.length === 0) return null;
  const rows = await db
    .selectFrom('memberships')
    .select(['user_id', 'role', 'organisation_id'])
    .where('workspace_id', '=', workspaceId)
    .where('user_id', 'in', [...new Set(mentions)])
    .execute();
  const members = new Map(rows.map((r) => [r.user_id, r]));
  const index = mentions.findIndex((userId) => {
    const row = members.get(userId);
    if (!row || !isRole(row.role)) return true;
    if (!allows(accessFor('specification', row.role, overrides), 'view')) return true;
    return !canSeeThread({ workspaceId, userId, role: row.role, organisationId: row.organisation_id }, audience);
  });
  return index === -1 ? null : index;
}
