import type { ArtefactVersionTable } from '../db/schema.ts';
import { linkHash } from '../audit/hashChain.ts';

/** A version's link in its artefact's chain: every field but the state itself, which state_hash stands for. */
export function versionRowHash(row: Omit<ArtefactVersionTable, 'hash' | 'state'>): string {
  return linkHash([
    row.artefact_id,
    row.number,
    row.id,
    row.label,
    row.kind,
    row.author_id,
    row.created_at,
    row.up_to_seq,
    row.state_hash,
    row.based_on,
    row.previous_hash,
  ]);
}
