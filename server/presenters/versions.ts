import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { VersionSummary } from '../versions/versionLog.ts';
import type { PersonRef, PresentedVersion } from '../../shared/versions/versionTypes.ts';

export type { PersonRef, PresentedVersion };

/**
 * Versions as JSON, each with the people whose stored updates fall between
 * the previous version and it.
 */
export async function presentVersions(db: Kysely<Database>, room: string, versions: VersionSummary[]): Promise<PresentedVersion[]> {
  const contributorIds = new Map<number, string[]>();
  const seqOf = new Map<number, number>();
  if (versions[0]) {
    const all = await db.selectFrom('artefact_versions').select(['number', 'up_to_seq']).where('artefact_id', '=', versions[0].artefact_id).execute();
    for (const row of all) seqOf.set(row.number, row.up_to_seq);
  }
  for (const version of versions) {
    const from = seqOf.get(version.number - 1) ?? 0;
    const to = version.up_to_seq;
    const rows =
      to > from
        ? await db
            .selectFrom('document_updates')
            .select('user_id')
            .distinct()
            .where('document_name', '=', room)
            .where('seq', '>', from)
            .where('seq', '<=', to)
            .where('user_id', 'is not', null)
            .execute()
        : [];
    contributorIds.set(version.number, rows.map((r) => r.user_id!).sort());
  }
  const ids = new Set<string>([...contributorIds.values()].flat());
  for (const v of versions) if (v.author_id) ids.add(v.author_id);
  const names = await namesOf(db, [...ids]);
  const person = (id: string | null): PersonRef | null => (id ? { id, name: names.get(id) ?? null } : null);
  return versions.map((v) => ({
    number: v.number,
    label: v.label,
    kind: v.kind,
    author: person(v.author_id),
    createdAt: v.created_at,
    upToSeq: v.up_to_seq,
    basedOn: v.based_on,
    stateHash: v.state_hash,
    previousHash: v.previous_hash,
    hash: v.hash,
    contributors: (contributorIds.get(v.number) ?? []).map((id) => person(id)!),
  }));
}

export async function namesOf(db: Kysely<Database>, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('users').select(['id', 'display_name']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, r.display_name]));
}
