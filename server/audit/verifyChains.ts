import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { auditRowHash } from './auditLog.ts';
import { GENESIS_HASH, sha256Hex } from './hashChain.ts';
import { versionRowHash } from '../versions/versionHash.ts';

export interface BrokenLink {
  table: 'audit_events' | 'artefact_versions';
  /** The row's id: the first row whose stored hash or link does not match. */
  id: string;
  /** Which chain: a workspace id ('' for events of no workspace) or an artefact id. */
  chain: string;
  position: number;
  problem: 'hash' | 'link' | 'state' | 'sequence';
}

export interface ChainReport {
  ok: boolean;
  checked: { auditEvents: number; versions: number };
  broken: BrokenLink | null;
}

/**
 * Recomputes every hash of the audit chain of `workspaceId` (or of every
 * chain when null) and the version chains of its artefacts, and reports the
 * first link that does not hold.
 */
export async function verifyChains(db: Kysely<Database>, workspaceId: string | null): Promise<ChainReport> {
  let events = db.selectFrom('audit_events').selectAll().orderBy('chain').orderBy('seq');
  if (workspaceId !== null) events = events.where('chain', '=', workspaceId);
  const auditRows = await events.execute();
  let expectedPrevious = GENESIS_HASH;
  let currentChain: string | null = null;
  let expectedSeq = 1;
  for (const row of auditRows) {
    if (row.chain !== currentChain) {
      currentChain = row.chain;
      expectedPrevious = GENESIS_HASH;
      expectedSeq = 1;
    }
    const at = { table: 'audit_events' as const, id: row.id, chain: row.chain, position: row.seq };
    if (row.seq !== expectedSeq) return report(auditRows.length, 0, { ...at, problem: 'sequence' });
    if (row.previous_hash !== expectedPrevious) return report(auditRows.length, 0, { ...at, problem: 'link' });
    const { hash, ...fields } = row;
    if (auditRowHash(fields) !== hash) return report(auditRows.length, 0, { ...at, problem: 'hash' });
    expectedPrevious = hash;
    expectedSeq += 1;
  }

  let versions = db
    .selectFrom('artefact_versions')
    .innerJoin('artefacts', 'artefacts.id', 'artefact_versions.artefact_id')
    .selectAll('artefact_versions')
    .orderBy('artefact_versions.artefact_id')
    .orderBy('artefact_versions.number');
  if (workspaceId !== null) versions = versions.where('artefacts.workspace_id', '=', workspaceId);
  const versionRows = await versions.execute();
  let artefact: string | null = null;
  let expectedNumber = 1;
  for (const row of versionRows) {
    if (row.artefact_id !== artefact) {
      artefact = row.artefact_id;
      expectedPrevious = GENESIS_HASH;
      expectedNumber = 1;
    }
    const at = { table: 'artefact_versions' as const, id: row.id, chain: row.artefact_id, position: row.number };
    if (row.number !== expectedNumber) return report(auditRows.length, versionRows.length, { ...at, problem: 'sequence' });
    if (row.previous_hash !== expectedPrevious) return report(auditRows.length, versionRows.length, { ...at, problem: 'link' });
    if (sha256Hex(row.state) !== row.state_hash) return report(auditRows.length, versionRows.length, { ...at, problem: 'state' });
    if (versionRowHash(row) !== row.hash) return report(auditRows.length, versionRows.length, { ...at, problem: 'hash' });
    expectedPrevious = row.hash;
    expectedNumber += 1;
  }
  return report(auditRows.length, versionRows.length, null);
}

function report(auditEvents: number, versions: number, broken: BrokenLink | null): ChainReport {
  return { ok: broken === null, checked: { auditEvents, versions }, broken };
}
